import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../domain/access/permissions.ts';
import { DomainFailure } from '../../domain/errors.ts';
import type { Access } from '../http/types.ts';
import { principalOf } from './principal.ts';
import { findSession, touchSession } from './session-repository.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, sessionTtlMs, TOUCH_INTERVAL_MS } from './sessions.ts';
import { hashToken, sameToken } from './tokens.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes the plugins register for themselves (the OpenAPI document and its viewer) are public. */
const isDocsRoute = (url: string) => url === '/api/openapi.json' || url.startsWith('/api/docs');

/**
 * Loads the principal from the session cookie, enforces CSRF on every state-changing request and checks the
 * route's declared access. A route under /api without an access rule cannot be registered: deny by default.
 */
/** Every /api route and its access rule, as registered: the authorisation table test walks it. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeAccess: RouteAccess[];
  }
}

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('routeAccess', [] as RouteAccess[]);
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (isDocsRoute(route.url)) {
      route.config = { ...(route.config ?? {}), access: 'public' };
      return;
    }
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD') app.routeAccess.push({ method, url: route.url, access: route.config.access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const { db } = app.ctx.database;
    const session = await findSession(db, hashToken(token));
    const now = app.ctx.clock.now();
    if (!session) return;
    if (session.expiresAt <= now) {
      request.sessionExpired = true;
      return;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await touchSession(db, session.id, now, new Date(now.getTime() + sessionTtlMs(app.ctx)));
    }
    request.principal = await principalOf(db, session);
  });

  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access: Access | undefined = request.routeOptions.config?.access;
    // Unknown paths fall through to the 404 handler instead of looking forbidden.
    if (!request.url.startsWith('/api/') || request.is404) return;
    const mutates = !SAFE_METHODS.has(request.method);
    if (access === 'public') {
      if (mutates) checkCsrf(request);
      return;
    }
    if (!access) throw new DomainFailure({ kind: 'forbidden' });
    if (!request.principal) {
      throw new DomainFailure({ kind: request.sessionExpired ? 'session-expired' : 'not-authenticated' });
    }
    if (mutates) checkCsrf(request);
    if (access !== 'authenticated' && !can(request.principal, access))
      throw new DomainFailure({ kind: 'forbidden' });
  });
});

const checkCsrf = (request: FastifyRequest) => {
  const sent = request.headers[CSRF_HEADER];
  const expected = request.principal ? request.principal.csrfToken : request.cookies[CSRF_COOKIE];
  if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) {
    throw new DomainFailure({ kind: 'csrf-rejected' });
  }
};
