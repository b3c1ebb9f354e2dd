import type { FastifyReply, FastifyRequest } from 'fastify';
import { cookieSecure } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { insertSession } from './session-repository.ts';
import { hashToken, newToken } from './tokens.ts';

export const SESSION_COOKIE = 'affianco_session';
export const CSRF_COOKIE = 'affianco_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Sliding expiry is written at most this often, so reading a page is not a write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

export const sessionTtlMs = (ctx: AppContext) => ctx.config.SESSION_TTL_HOURS * 3600_000;

/** Creates the session row (in the caller's transaction) and returns the cookie token and CSRF token. */
export const startSession = async (
  ctx: AppContext,
  tx: DbOrTx,
  request: FastifyRequest,
  personId: string,
  authMethod: 'local' | 'oidc',
) => {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(tx, {
    id: hashToken(token),
    personId,
    csrfToken,
    authMethod,
    expiresAt: new Date(ctx.clock.now().getTime() + sessionTtlMs(ctx)),
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300),
  });
  return { token, csrfToken };
};

export const setSessionCookie = (ctx: AppContext, reply: FastifyReply, token: string) => {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(ctx.config),
  });
};

export const clearSessionCookie = (reply: FastifyReply) => {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
};

/** The anonymous double-submit token, readable by the page's script, used before a session exists. */
export const ensureCsrfCookie = (ctx: AppContext, request: FastifyRequest, reply: FastifyReply): string => {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && existing.length >= 32) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure: cookieSecure(ctx.config),
  });
  return token;
};
