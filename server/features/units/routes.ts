import { CreateUnitBodySchema, UnitListSchema, UnitSchema } from '../../../api/units.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { invalidField } from '../../i18n/field-messages.ts';
import { findUnitByCode, insertUnit, listUnits, unitExists } from './repository.ts';

export const unitRoutes = async (app: App) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/units',
    {
      config: { access: 'units.read' },
      schema: {
        tags: ['units'],
        summary: 'Every unit of the university, with its parent',
        response: { 200: UnitListSchema },
      },
    },
    async () => listUnits(db),
  );

  app.post(
    '/api/units',
    {
      config: { access: 'units.manage' },
      schema: {
        tags: ['units'],
        summary: 'Add a unit',
        body: CreateUnitBodySchema,
        response: { 201: UnitSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const actorId = request.principal?.personId ?? null;
      if (body.parentId && !(await unitExists(db, body.parentId))) {
        throw invalidField(request, 'parentId', 'unit.parent-unknown');
      }
      if (await findUnitByCode(db, body.code)) {
        throw invalidField(request, 'code', 'unit.code-taken', { code: body.code });
      }
      const id = await db.transaction(async (tx) => {
        const created = await insertUnit(tx, body);
        await writeAudit(tx, {
          at: app.ctx.clock.now(),
          event: 'unit.created',
          actorId,
          entityType: 'unit',
          entityId: created,
          data: body,
        });
        return created;
      });
      return reply.code(201).send({ id, ...body, peopleCount: 0 });
    },
  );
};
