import { IdParamsSchema } from '../../../api/common.ts';
import {
  CreateSpecialCategoryGrantBodySchema,
  SpecialCategoryGrantListSchema,
  SpecialCategoryGrantSchema,
} from '../../../api/students.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  findActiveGrantOf,
  findGrant,
  insertGrant,
  listGrants,
  personExists,
  revokeGrant,
} from './special-category-repository.ts';

/**
 * Special-category data (disability, DSA: GDPR art. 9) is read by the office; the office may let a named person
 * read it too (a supervisor arranging support), for a stated reason, until it revokes the grant.
 */
export const specialCategoryRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;

  app.get(
    '/api/special-category/grants',
    {
      config: { access: 'special-category.grant' },
      schema: {
        tags: ['students'],
        summary: 'Who may read special-category data besides the office, and why',
        response: { 200: SpecialCategoryGrantListSchema },
      },
    },
    async () => listGrants(db),
  );

  app.post(
    '/api/special-category/grants',
    {
      config: { access: 'special-category.grant' },
      schema: {
        tags: ['students'],
        summary: 'Let a person read special-category data, for a reason',
        body: CreateSpecialCategoryGrantBodySchema,
        response: { 201: SpecialCategoryGrantSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const { granteeId, reason } = request.body;
      if (!(await personExists(db, granteeId)))
        throw new DomainFailure({ kind: 'not-found', entity: 'person' });
      const id = await db.transaction(async (tx) => {
        if (await findActiveGrantOf(tx, granteeId)) {
          const it = requestLocale(request) === 'it';
          throw new DomainFailure({
            kind: 'conflict',
            detail: it
              ? 'questa persona ha già un’autorizzazione attiva.'
              : 'this person already holds an active grant.',
          });
        }
        const created = await insertGrant(tx, {
          granteeId,
          grantedBy: principal.personId,
          reason,
          createdAt: ctx.clock.now(),
        });
        await writeAudit(tx, {
          event: 'special-category.granted',
          actorId: principal.personId,
          entityType: 'person',
          entityId: granteeId,
          reason,
          data: { grantId: created },
        });
        return created;
      });
      const [grant] = await listGrants(db, id);
      if (!grant) throw new Error('grant just created is missing');
      return reply.code(201).send(grant);
    },
  );

  app.delete(
    '/api/special-category/grants/:id',
    {
      config: { access: 'special-category.grant' },
      schema: {
        tags: ['students'],
        summary: 'Revoke a grant: the person no longer reads special-category data',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const grant = await findGrant(db, request.params.id);
      if (!grant) throw new DomainFailure({ kind: 'not-found', entity: 'grant' });
      if (grant.revokedAt === null) {
        await db.transaction(async (tx) => {
          await revokeGrant(tx, grant.id, ctx.clock.now());
          await writeAudit(tx, {
            event: 'special-category.revoked',
            actorId: principal.personId,
            entityType: 'person',
            entityId: grant.granteeId,
            data: { grantId: grant.id },
          });
        });
      }
      return reply.code(204).send();
    },
  );
};
