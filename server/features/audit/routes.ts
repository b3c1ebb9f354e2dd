import { z } from 'zod';
import { type AuditEntryView, AuditPageSchema, AuditQuerySchema } from '../../../api/audit.ts';
import { AUDIT_EVENTS } from '../../../domain/audit/events.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, romeCell, sendXlsx } from '../../http/xlsx.ts';
import { countAudit, listAudit } from './repository.ts';

const EXPORT_LIMIT = 100_000;

export const auditRoutes = async (app: App) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first, with filters',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const [total, items] = await Promise.all([
        countAudit(db, filters),
        listAudit(db, filters, pageSize, (page - 1) * pageSize),
      ]);
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/audit/events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The closed list of audit events, for the filter',
        response: { 200: z.array(z.string()) },
      },
    },
    async () => [...AUDIT_EVENTS],
  );

  app.get(
    '/api/audit.xlsx',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit log as XLSX',
        querystring: AuditQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const items = await listAudit(db, request.query, EXPORT_LIMIT, 0);
      const body = await buildXlsx<AuditEntryView>(
        'Registro',
        [
          { header: 'Quando (ora di Roma)', width: 24, value: (e) => romeCell(e.at) },
          { header: 'Evento', width: 26, value: (e) => e.event },
          { header: 'Chi', width: 24, value: (e) => e.actorName },
          { header: 'Oggetto', value: (e) => e.entityType },
          { header: 'Id oggetto', width: 38, value: (e) => e.entityId },
          { header: 'Motivo', width: 30, value: (e) => e.reason },
          { header: 'Dati', width: 60, value: (e) => (e.data ? JSON.stringify(e.data) : null) },
        ],
        items,
      );
      return sendXlsx(reply, 'registro-audit.xlsx', body);
    },
  );
};
