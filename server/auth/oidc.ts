import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { OIDC_CALLBACK_PATH, type OidcLoginError } from '../../api/oidc.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import { writeAudit } from '../audit/write-audit.ts';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { fiscalCodeOf, safeReturnTo, verifiedEmailOf } from './oidc-claims.ts';
import {
  deleteOidcLoginsBefore,
  findPersonByEmail,
  findPersonByFiscalCode,
  findPersonBySubject,
  insertExternalIdentity,
  insertOidcLogin,
  takeOidcLogin,
} from './oidc-repository.ts';
import { startSession } from './sessions.ts';
import { sameToken } from './tokens.ts';

/**
 * Binds a login to the browser that started it: the callback must carry the same state in this cookie as in
 * its query, so a callback link made by someone else (login CSRF) is refused.
 */
export const OIDC_STATE_COOKIE = 'affianco_oidc_state';

/** How long a person may take at the provider (SPID asks for a second factor) before starting again. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

export const loginErrorPath = (error: OidcLoginError) => `/login?error=${error}`;

export const isOidcConfigured = (config: Config): boolean =>
  Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID);

/** The redirect_uri registered at the provider: PUBLIC_URL (which may carry a path prefix) + the callback. */
export const oidcCallbackUrl = (config: Config): string =>
  `${config.PUBLIC_URL.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;

/**
 * Discovered provider metadata, one per configuration and process. It is derived from the configuration, not
 * from any login, so keeping it in memory does not make an instance stateful. A failed discovery is not kept:
 * the next login asks the provider again.
 */
const discovered = new Map<string, Promise<client.Configuration>>();

const discover = (config: Config): Promise<client.Configuration> => {
  const issuer = config.OIDC_ISSUER;
  const clientId = config.OIDC_CLIENT_ID;
  if (!issuer || !clientId) return Promise.reject(new Error('OpenID Connect is not configured'));
  const secret = config.OIDC_CLIENT_SECRET;
  const key = JSON.stringify([issuer, clientId, secret ?? null, config.OIDC_ALLOW_HTTP]);
  const cached = discovered.get(key);
  if (cached) return cached;
  const pending = client.discovery(
    new URL(issuer),
    clientId,
    secret ? { client_secret: secret } : undefined,
    // client_secret_basic is the OpenID Connect default; without a secret the client is public and PKCE
    // alone protects the code.
    secret ? client.ClientSecretBasic(secret) : client.None(),
    {
      timeout: 10,
      // Plain http only for a provider on loopback in tests: openid-client refuses it otherwise.
      execute: config.OIDC_ALLOW_HTTP ? [client.allowInsecureRequests] : [],
    },
  );
  discovered.set(key, pending);
  pending.catch(() => {
    if (discovered.get(key) === pending) discovered.delete(key);
  });
  return pending;
};

/**
 * Starts a login: stores state, PKCE verifier and nonce in the database (any instance may receive the
 * callback) and returns the provider's authorization URL.
 */
export const beginOidcLogin = async (
  ctx: AppContext,
  log: FastifyBaseLogger,
  returnTo: string | undefined,
): Promise<Result<{ authorizationUrl: string; state: string }, OidcLoginError>> => {
  let configuration: client.Configuration;
  try {
    configuration = await discover(ctx.config);
  } catch (error) {
    log.error({ err: error, issuer: ctx.config.OIDC_ISSUER }, 'OpenID Connect discovery failed');
    return fail('oidc-failed');
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await deleteOidcLoginsBefore(tx, new Date(now.getTime() - OIDC_LOGIN_TTL_MS));
    await insertOidcLogin(tx, {
      state,
      codeVerifier,
      nonce,
      returnTo: safeReturnTo(returnTo),
      createdAt: now,
    });
  });
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcCallbackUrl(ctx.config),
    scope: ctx.config.OIDC_SCOPES,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return ok({ authorizationUrl: authorizationUrl.href, state });
};

type MatchedBy = 'subject' | 'fiscal-code' | 'email';

/**
 * Finds the person the provider vouched for: by a subject already linked, else by fiscal code, else by
 * verified email. The first match by fiscal code or email links the subject, so later logins no longer depend
 * on those claims (an email can change; the subject does not).
 */
const matchPerson = async (
  tx: DbOrTx,
  now: Date,
  issuer: string,
  claims: Record<string, unknown>,
): Promise<{ personId: string; matchedBy: MatchedBy } | null> => {
  const subject = String(claims.sub);
  const linked = await findPersonBySubject(tx, issuer, subject);
  if (linked) return { personId: linked, matchedBy: 'subject' };
  const fiscalCode = fiscalCodeOf(claims);
  const email = verifiedEmailOf(claims);
  let match: { personId: string; matchedBy: MatchedBy } | null = null;
  const byFiscalCode = fiscalCode ? await findPersonByFiscalCode(tx, fiscalCode) : null;
  if (byFiscalCode) match = { personId: byFiscalCode, matchedBy: 'fiscal-code' };
  else {
    const byEmail = email ? await findPersonByEmail(tx, email) : null;
    if (byEmail) match = { personId: byEmail, matchedBy: 'email' };
  }
  if (match) await insertExternalIdentity(tx, { issuer, subject, personId: match.personId, createdAt: now });
  return match;
};

/** The code exchange and the claims, from the ID token and (when the provider has one) the userinfo endpoint. */
const exchangeCode = async (
  configuration: client.Configuration,
  callbackUrl: URL,
  login: { state: string; codeVerifier: string; nonce: string },
): Promise<Record<string, unknown>> => {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: login.codeVerifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('the provider returned no ID token');
  // Many providers (oidc-provider among them) put only `sub` in the ID token and the rest in userinfo.
  if (!configuration.serverMetadata().userinfo_endpoint) return { ...idToken };
  const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  return { ...userinfo, ...idToken };
};

/**
 * Completes a login at the callback: checks the state against the browser's cookie and the stored pending
 * login (used once, for ten minutes), exchanges the code, matches the person and starts a session, with its
 * audit entry, in one transaction. Every failure is an outcome for the login page, never an exception.
 */
export const completeOidcLogin = async (
  ctx: AppContext,
  request: FastifyRequest,
): Promise<Result<{ token: string; returnTo: string }, OidcLoginError>> => {
  const log = request.log;
  const search = new URL(request.url, 'http://callback.invalid').search;
  const state = new URLSearchParams(search).get('state');
  const stateCookie = request.cookies[OIDC_STATE_COOKIE];
  if (!state || !stateCookie || !sameToken(state, stateCookie)) return fail('oidc-expired');

  const login = await takeOidcLogin(ctx.database.db, state);
  const now = ctx.clock.now();
  if (!login || now.getTime() - login.createdAt.getTime() > OIDC_LOGIN_TTL_MS) return fail('oidc-expired');

  let issuer: string;
  let claims: Record<string, unknown>;
  try {
    const configuration = await discover(ctx.config);
    issuer = configuration.serverMetadata().issuer;
    claims = await exchangeCode(configuration, new URL(`${oidcCallbackUrl(ctx.config)}${search}`), login);
  } catch (error) {
    if (error instanceof client.AuthorizationResponseError && error.error === 'access_denied') {
      return fail('oidc-cancelled');
    }
    log.warn({ err: error, issuer: ctx.config.OIDC_ISSUER }, 'OpenID Connect login failed');
    return fail('oidc-failed');
  }

  const outcome = await ctx.database.db.transaction(async (tx) => {
    const match = await matchPerson(tx, now, issuer, claims);
    if (!match) return null;
    const started = await startSession(ctx, tx, request, match.personId, 'oidc');
    await writeAudit(tx, {
      at: now,
      event: 'session.login',
      actorId: match.personId,
      entityType: 'person',
      entityId: match.personId,
      data: { method: 'oidc', ip: request.ip, issuer, matchedBy: match.matchedBy },
    });
    return started;
  });
  if (!outcome) {
    // Not audited: there is no person to attach it to. The subject is a pseudonym, safe to log.
    log.info({ issuer, subject: claims.sub }, 'OpenID Connect login of an unknown person');
    return fail('unknown-person');
  }
  return ok({ token: outcome.token, returnTo: login.returnTo });
};
