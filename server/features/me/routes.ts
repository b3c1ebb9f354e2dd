import { HomeSchema, MeSchema, UpdatePreferencesBodySchema } from '../../../api/me.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import type { SessionPrincipal } from '../../http/types.ts';
import { isLocale } from '../../i18n/locale.ts';
import { auditAbout } from '../audit/repository.ts';
import { describeRoles } from '../session/repository.ts';
import { nextActions } from './home.ts';
import { collectPersonalData, findMe, updateLocale } from './repository.ts';

const signedIn = (principal: SessionPrincipal | null): SessionPrincipal => {
  if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return principal;
};

export const meRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;

  app.get(
    '/api/me',
    {
      config: { access: 'self.read' },
      schema: { tags: ['me'], summary: 'My profile and roles', response: { 200: MeSchema } },
    },
    async (request) => {
      const principal = signedIn(request.principal);
      const me = await findMe(db, principal.personId);
      if (!me) throw new DomainFailure({ kind: 'not-found', entity: 'person' });
      return {
        ...me,
        locale: isLocale(me.locale) ? me.locale : 'it',
        roles: await describeRoles(db, principal.roles),
      };
    },
  );

  app.patch(
    '/api/me/preferences',
    {
      config: { access: 'self.update' },
      schema: { tags: ['me'], summary: 'Save my language', body: UpdatePreferencesBodySchema },
    },
    async (request, reply) => {
      const principal = signedIn(request.principal);
      await db.transaction(async (tx) => {
        await updateLocale(tx, principal.personId, request.body.locale);
        await writeAudit(tx, {
          at: ctx.clock.now(),
          event: 'person.locale-changed',
          actorId: principal.personId,
          entityType: 'person',
          entityId: principal.personId,
          data: { locale: request.body.locale },
        });
      });
      reply.setCookie('affianco_lang', request.body.locale, { path: '/', sameSite: 'lax' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/me/export',
    {
      config: { access: 'self.read' },
      schema: { tags: ['me'], summary: 'Download all my data (GDPR art. 15 and 20) as JSON' },
    },
    async (request, reply) => {
      const principal = signedIn(request.principal);
      const data = await db.transaction(async (tx) => {
        const collected = await collectPersonalData(tx, principal.personId);
        const auditTrail = await auditAbout(tx, principal.personId);
        await writeAudit(tx, {
          at: ctx.clock.now(),
          event: 'data-export.downloaded',
          actorId: principal.personId,
          entityType: 'person',
          entityId: principal.personId,
        });
        return { ...collected, auditTrail };
      });
      const body = JSON.stringify({ exportedAt: ctx.clock.now().toISOString(), ...data }, null, 2);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="affianco-i-miei-dati.json"')
        .send(body);
    },
  );

  app.get(
    '/api/home',
    {
      config: { access: 'self.read' },
      schema: { tags: ['me'], summary: 'What I should do next', response: { 200: HomeSchema } },
    },
    async (request) => ({ actions: await nextActions(ctx, signedIn(request.principal)) }),
  );
};
