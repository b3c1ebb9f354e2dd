import { z } from 'zod';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  GrantRoleBodySchema,
  PeoplePageSchema,
  PeopleQuerySchema,
  type PersonSummary,
  RevokeRoleParamsSchema,
} from '../../../api/people.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, sendXlsx } from '../../http/xlsx.ts';
import { invalidField } from '../../i18n/field-messages.ts';
import { unitExists } from '../units/repository.ts';
import {
  countAdministrators,
  countPeople,
  deleteAssignment,
  findAssignment,
  hasSameAssignment,
  insertAssignment,
  listPeople,
  personExists,
} from './repository.ts';

const EXPORT_LIMIT = 100_000;

export const peopleRoutes = async (app: App) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/people',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['people'],
        summary: 'People, with their roles',
        querystring: PeopleQuerySchema,
        response: { 200: PeoplePageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const [total, items] = await Promise.all([
        countPeople(db, filters),
        listPeople(db, filters, pageSize, (page - 1) * pageSize),
      ]);
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/people.xlsx',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['people'],
        summary: 'The same list as XLSX',
        querystring: PeopleQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const items = await listPeople(db, request.query, EXPORT_LIMIT, 0);
      const body = await buildXlsx<PersonSummary>(
        'Persone',
        [
          { header: 'Cognome', value: (p) => p.familyName },
          { header: 'Nome', value: (p) => p.givenName },
          { header: 'Email', width: 32, value: (p) => p.email },
          { header: 'Unità', width: 40, value: (p) => p.unitName },
          { header: 'Personale', value: (p) => (p.isStaff ? 'sì' : 'no') },
          {
            header: 'Ruoli',
            width: 40,
            value: (p) => p.roles.map((r) => (r.unitName ? `${r.role} (${r.unitName})` : r.role)).join(', '),
          },
        ],
        items,
      );
      return sendXlsx(reply, 'persone.xlsx', body);
    },
  );

  app.post(
    '/api/people/:id/roles',
    {
      config: { access: 'roles.manage' },
      schema: {
        tags: ['people'],
        summary: 'Grant a role, optionally scoped to a unit or a call',
        params: IdParamsSchema,
        body: GrantRoleBodySchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const personId = request.params.id;
      const grant = request.body;
      if (!(await personExists(db, personId)))
        throw new DomainFailure({ kind: 'not-found', entity: 'person' });
      if (grant.role === 'supervisor' && !grant.unitId)
        throw invalidField(request, 'unitId', 'role.supervisor-needs-unit');
      if (grant.unitId && !(await unitExists(db, grant.unitId)))
        throw invalidField(request, 'unitId', 'role.unit-unknown');
      if (await hasSameAssignment(db, personId, grant))
        throw invalidField(request, 'role', 'role.already-held');
      const actorId = request.principal?.personId ?? null;
      const id = await db.transaction(async (tx) => {
        const created = await insertAssignment(tx, { personId, ...grant, grantedBy: actorId });
        await writeAudit(tx, {
          at: app.ctx.clock.now(),
          event: 'role.granted',
          actorId,
          entityType: 'person',
          entityId: personId,
          data: { ...grant, assignmentId: created },
        });
        return created;
      });
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/api/people/:id/roles/:assignmentId',
    {
      config: { access: 'roles.manage' },
      schema: { tags: ['people'], summary: 'Revoke a role', params: RevokeRoleParamsSchema },
    },
    async (request, reply) => {
      const { id: personId, assignmentId } = request.params;
      const assignment = await findAssignment(db, personId, assignmentId);
      if (!assignment) throw new DomainFailure({ kind: 'not-found', entity: 'role' });
      if (assignment.role === 'administrator' && (await countAdministrators(db)) <= 1) {
        throw invalidField(request, 'role', 'role.last-administrator');
      }
      const actorId = request.principal?.personId ?? null;
      await db.transaction(async (tx) => {
        await deleteAssignment(tx, assignmentId);
        await writeAudit(tx, {
          at: app.ctx.clock.now(),
          event: 'role.revoked',
          actorId,
          entityType: 'person',
          entityId: personId,
          data: { role: assignment.role, unitId: assignment.unitId, callId: assignment.callId, assignmentId },
        });
      });
      return reply.code(204).send();
    },
  );
};
