import type { FastifyRequest } from 'fastify';
import {
  CallApplicationAttachmentParamsSchema,
  CallApplicationParamsSchema,
  type CallApplicationRow,
  CallApplicationsFilterSchema,
  CallApplicationsPageSchema,
  CallApplicationsQuerySchema,
  CallApplicationsSummarySchema,
  OfficeApplicationSchema,
} from '../../../api/applications-office.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { type DeclaredTitles, titleCriteria } from '../../../domain/applications/declared-titles.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { App } from '../../http/app-types.ts';
import { safeFileName } from '../../http/file-reply.ts';
import { buildXlsx, romeCell, sendXlsx, type XlsxColumn } from '../../http/xlsx.ts';
import { type Locale, requestLocale } from '../../i18n/locale.ts';
import {
  exportCallApplications,
  findOfficeCall,
  findSubmittedApplication,
  findSubmittedAttachment,
  listCallApplications,
  summarizeApplications,
} from './office-repository.ts';
import { attachmentsOf } from './repository.ts';

/*
 * The tutoring office reads a call's applications live (issue 3) and changes none of them: every route here is a
 * GET under 'applications.read-all', and the student's write routes ask for 'applications.own', which the office
 * does not hold.
 */

const callOr404 = async (db: DbOrTx, callId: string) => {
  const call = await findOfficeCall(db, callId);
  if (!call) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
  return call;
};

const actorOf = (request: FastifyRequest) => {
  if (!request.principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return request.principal.personId;
};

const positionsText = (row: CallApplicationRow) =>
  row.positions.map((p) => `${p.preference}. ${p.activityType} - ${p.unitName} (${p.ordinal})`).join('; ');

const exportColumns = (locale: Locale): XlsxColumn<CallApplicationRow>[] => {
  const it = locale === 'it';
  const status = (row: CallApplicationRow) =>
    row.status === 'confirmed' ? (it ? 'Confermata' : 'Confirmed') : it ? 'Ritirata' : 'Withdrawn';
  return [
    { header: it ? 'Protocollo' : 'Protocol number', width: 14, value: (r) => r.protocolNumber },
    {
      header: it ? 'Confermata il (ora di Roma)' : 'Confirmed (Rome time)',
      width: 20,
      value: (r) => romeCell(r.confirmedAt),
    },
    { header: it ? 'Stato' : 'Status', width: 12, value: status },
    { header: it ? 'Cognome' : 'Family name', value: (r) => r.familyName },
    { header: it ? 'Nome' : 'Given name', value: (r) => r.givenName },
    { header: it ? 'Matricola' : 'Student number', width: 12, value: (r) => r.studentNumber },
    { header: it ? 'Tipo di corso' : 'Programme type', width: 10, value: (r) => r.programmeType },
    { header: it ? 'Corso di studio' : 'Degree programme', width: 40, value: (r) => r.programmeName },
    { header: it ? 'Anno di corso' : 'Year of course', width: 10, value: (r) => r.yearOfCourse },
    {
      header: it ? 'Posizioni (in ordine di preferenza)' : 'Positions (in order of preference)',
      width: 70,
      value: positionsText,
    },
    { header: it ? 'Allegati' : 'Attachments', width: 10, value: (r) => r.attachmentCount },
    {
      header: it ? 'Ritirata il (ora di Roma)' : 'Withdrawn (Rome time)',
      width: 20,
      value: (r) => (r.withdrawnAt ? romeCell(r.withdrawnAt) : null),
    },
  ];
};

export const officeApplicationRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;
  const tags = ['applications'];
  const config = { access: 'applications.read-all' as const };

  app.get(
    '/api/calls/:id/applications/summary',
    {
      config,
      schema: {
        tags,
        summary: "The call's applications now: drafts, confirmed and withdrawn; per position, unit and day",
        params: IdParamsSchema,
        response: { 200: CallApplicationsSummarySchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      return summarizeApplications(db, call.id, ctx.clock.now());
    },
  );

  app.get(
    '/api/calls/:id/applications',
    {
      config,
      schema: {
        tags,
        summary: 'Confirmed (and withdrawn) applications of the call, filtered; drafts are only counted',
        params: IdParamsSchema,
        querystring: CallApplicationsQuerySchema,
        response: { 200: CallApplicationsPageSchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = await listCallApplications(db, call, filter, { page, pageSize });
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/calls/:id/applications/export.xlsx',
    {
      config,
      schema: {
        tags,
        summary: "The call's applications as an XLSX file, with the same filters (times in Rome)",
        params: IdParamsSchema,
        querystring: CallApplicationsFilterSchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const actorId = actorOf(request);
      const call = await callOr404(db, request.params.id);
      const locale = requestLocale(request);
      const rows = await exportCallApplications(db, call, request.query);
      const body = await buildXlsx(locale === 'it' ? 'Domande' : 'Applications', exportColumns(locale), rows);
      await writeAudit(db, {
        event: 'data-export.downloaded',
        actorId,
        entityType: 'call',
        entityId: call.id,
        data: { what: 'applications', rows: rows.length, filters: request.query },
        at: ctx.clock.now(),
      });
      const day = ctx.clock.now().toISOString().slice(0, 10);
      const name = `${locale === 'it' ? 'domande' : 'applications'}-${safeFileName(call.code)}-${day}.xlsx`;
      return sendXlsx(reply, name, body);
    },
  );

  app.get(
    '/api/calls/:id/applications/:applicationId',
    {
      config,
      schema: {
        tags,
        summary: 'One confirmed application, read-only: positions, declared titles, attachments',
        params: CallApplicationParamsSchema,
        response: { 200: OfficeApplicationSchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      const application = await findSubmittedApplication(db, call, request.params.applicationId);
      if (!application) throw new DomainFailure({ kind: 'not-found', entity: 'application' });
      const rules = call.rules as unknown as CallRules;
      return {
        ...application,
        declaredTitles: application.declaredTitles as DeclaredTitles,
        callId: call.id,
        callCode: call.code,
        callTitle: call.title,
        titleCriteria: titleCriteria(rules.rubrics).map(({ id, label }) => ({ id, label })),
        attachments: await attachmentsOf(db, application.id),
      };
    },
  );

  app.get(
    '/api/calls/:id/applications/:applicationId/attachments/:attachmentId',
    {
      config,
      schema: {
        tags,
        summary:
          'Download an attachment of a confirmed application (audited), as the type read from its bytes',
        params: CallApplicationAttachmentParamsSchema,
      },
    },
    async (request, reply) => {
      const actorId = actorOf(request);
      const { id, applicationId, attachmentId } = request.params;
      const attachment = await findSubmittedAttachment(db, id, applicationId, attachmentId);
      if (!attachment) throw new DomainFailure({ kind: 'not-found', entity: 'attachment' });
      // Identity documents are personal data: who opened which one is recorded, as for special-category data.
      await writeAudit(db, {
        event: 'attachment.viewed',
        actorId,
        entityType: 'application',
        entityId: applicationId,
        data: { attachmentId, code: attachment.code, sha256: attachment.sha256 },
        at: ctx.clock.now(),
      });
      return reply
        .header('content-type', attachment.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${safeFileName(attachment.fileName)}"`)
        .send(Buffer.from(attachment.content));
    },
  );
};
