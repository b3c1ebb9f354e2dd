import type { FastifyRequest } from 'fastify';
import {
  LoginBodySchema,
  LogoutEverywhereResultSchema,
  type Session,
  SessionSchema,
} from '../../../api/session.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { verifyLocalLogin } from '../../auth/local-login.ts';
import { principalOf } from '../../auth/principal.ts';
import { deleteSession, deleteSessionsOf, findSession } from '../../auth/session-repository.ts';
import { clearSessionCookie, ensureCsrfCookie, setSessionCookie, startSession } from '../../auth/sessions.ts';
import { hashToken } from '../../auth/tokens.ts';
import type { App } from '../../http/app-types.ts';
import { isLocale } from '../../i18n/locale.ts';
import { describeRoles } from './repository.ts';

export const sessionRoutes = async (app: App) => {
  const { ctx } = app;

  const sessionView = async (request: FastifyRequest, csrfToken: string): Promise<Session> => {
    const principal = request.principal;
    const oidc = {
      enabled: Boolean(ctx.config.OIDC_ISSUER && ctx.config.OIDC_CLIENT_ID),
      label: ctx.config.OIDC_LABEL,
    };
    const base = { csrfToken, universityName: ctx.config.UNIVERSITY_NAME, oidc };
    if (!principal) return { ...base, authenticated: false, person: null };
    return {
      ...base,
      authenticated: true,
      person: {
        id: principal.personId,
        displayName: principal.displayName,
        locale: isLocale(principal.locale) ? principal.locale : 'it',
        roles: await describeRoles(ctx.database.db, principal.roles),
      },
    };
  };

  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Who is signed in, and the CSRF token to send',
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) =>
      sessionView(request, request.principal?.csrfToken ?? ensureCsrfCookie(ctx, request, reply)),
  );

  app.post(
    '/api/session/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Log in with a local account',
        body: LoginBodySchema,
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      const result = await verifyLocalLogin(ctx, { ...request.body, ip: request.ip });
      if (!result.ok) throw new DomainFailure(result.error);
      const { personId } = result.value;
      const { token, csrfToken } = await ctx.database.db.transaction(async (tx) => {
        const started = await startSession(ctx, tx, request, personId, 'local');
        await writeAudit(tx, {
          at: ctx.clock.now(),
          event: 'session.login',
          actorId: personId,
          entityType: 'person',
          entityId: personId,
          data: { method: 'local', ip: request.ip },
        });
        return started;
      });
      setSessionCookie(ctx, reply, token);
      const stored = await findSession(ctx.database.db, hashToken(token));
      request.principal = stored && (await principalOf(ctx.database.db, stored));
      return sessionView(request, csrfToken);
    },
  );

  app.post(
    '/api/session/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['session'], summary: 'End this session' } },
    async (request, reply) => {
      const principal = request.principal;
      if (principal) {
        await ctx.database.db.transaction(async (tx) => {
          await deleteSession(tx, principal.sessionId);
          await writeAudit(tx, {
            at: ctx.clock.now(),
            event: 'session.logout',
            actorId: principal.personId,
            entityType: 'person',
            entityId: principal.personId,
          });
        });
      }
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/session/logout-everywhere',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['session'],
        summary: 'End every session of the signed-in person, on every device',
        response: { 200: LogoutEverywhereResultSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const endedSessions = await ctx.database.db.transaction(async (tx) => {
        const ended = await deleteSessionsOf(tx, principal.personId);
        await writeAudit(tx, {
          at: ctx.clock.now(),
          event: 'session.logout-everywhere',
          actorId: principal.personId,
          entityType: 'person',
          entityId: principal.personId,
          data: { endedSessions: ended },
        });
        return ended;
      });
      clearSessionCookie(reply);
      return { endedSessions };
    },
  );
};
