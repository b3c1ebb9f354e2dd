import type { FastifyReply } from 'fastify';
import {
  OIDC_CALLBACK_PATH,
  OIDC_START_PATH,
  OidcCallbackQuerySchema,
  OidcStartQuerySchema,
} from '../../../api/oidc.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import {
  beginOidcLogin,
  completeOidcLogin,
  isOidcConfigured,
  loginErrorPath,
  OIDC_LOGIN_TTL_MS,
  OIDC_STATE_COOKIE,
} from '../../auth/oidc.ts';
import { setSessionCookie } from '../../auth/sessions.ts';
import { cookieSecure } from '../../config.ts';
import type { App } from '../../http/app-types.ts';

/** The state cookie is only ever needed by the callback, so it is scoped to these routes. */
const STATE_COOKIE_PATH = '/api/auth/oidc';

/**
 * OpenID Connect login. Both routes are browser navigations, not API calls: once OIDC is configured they
 * answer with redirects, to the provider, back to where the person was going, or to the login page with the
 * reason the login did not complete (`/login?error=<kind>`, see api/oidc.ts), never with an error page.
 */
export const oidcRoutes = async (app: App) => {
  const { ctx } = app;

  const requireConfigured = () => {
    if (!isOidcConfigured(ctx.config)) throw new DomainFailure({ kind: 'oidc-not-configured' });
  };

  const redirect = (reply: FastifyReply, location: string) =>
    reply.header('cache-control', 'no-store').redirect(location, 302);

  app.get(
    OIDC_START_PATH,
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: "Log in with the university's identity provider (SPID, CIE, IDEM through OpenID Connect)",
        description:
          'Redirects to the provider. Answers 404 (oidc-not-configured) when OIDC_ISSUER is not set.',
        querystring: OidcStartQuerySchema,
      },
    },
    async (request, reply) => {
      requireConfigured();
      const started = await beginOidcLogin(ctx, request.log, request.query.returnTo);
      if (!started.ok) return redirect(reply, loginErrorPath(started.error));
      reply.setCookie(OIDC_STATE_COOKIE, started.value.state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level navigation from another site.
        sameSite: 'lax',
        secure: cookieSecure(ctx.config),
        maxAge: OIDC_LOGIN_TTL_MS / 1000,
      });
      return redirect(reply, started.value.authorizationUrl);
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Where the identity provider sends the browser back; starts the session',
        description:
          'Redirects to the returnTo of the login, or to /login?error=oidc-cancelled|oidc-expired|' +
          'oidc-failed|unknown-person.',
        querystring: OidcCallbackQuerySchema,
      },
    },
    async (request, reply) => {
      requireConfigured();
      const outcome = await completeOidcLogin(ctx, request);
      // On failure the state cookie is left to expire: a forged callback must not spoil the real one.
      if (!outcome.ok) return redirect(reply, loginErrorPath(outcome.error));
      reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_COOKIE_PATH });
      setSessionCookie(ctx, reply, outcome.value.token);
      return redirect(reply, outcome.value.returnTo);
    },
  );
};
