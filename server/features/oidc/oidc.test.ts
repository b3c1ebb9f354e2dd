import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, externalIdentities, oidcLogins, people, sessions } from '../../db/schema/index.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { type LoopbackProvider, startOidcProvider, TestBrowser } from '../../test/oidc-provider.ts';

const CLIENT = { clientId: 'affianco', clientSecret: 'a-secret-shared-with-the-gateway' };
const GIULIA_FISCAL_CODE = 'LRSGLI02A41A662X';

describe.each(testBackends())('OpenID Connect login on %s', (backend) => {
  let provider: LoopbackProvider;
  let t: TestApp;
  let appUrl: string;
  let callbackPrefix: string;

  const personIdOf = async (email: string) => {
    const [row] = await t.ctx.database.db.select().from(people).where(eq(people.email, email));
    if (!row) throw new Error(`no demo person ${email}`);
    return row.id;
  };

  const lastLoginAudit = async (personId: string) => {
    const [row] = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'session.login'), eq(auditLog.entityId, personId)))
      .orderBy(desc(auditLog.at))
      .limit(1);
    return row;
  };

  const startUrl = (returnTo = '/') =>
    `${appUrl}/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;

  /** The whole journey: the app's login link, the provider's pages, and back to the app. */
  const signIn = async (browser: TestBrowser, accountId: string, returnTo = '/') => {
    // Audit rows carry the application's clock, which stands still: a second apart keeps them ordered.
    t.clock.advance(1000);
    const callback = await browser.authorizeAtProvider(startUrl(returnTo), callbackPrefix, accountId);
    return browser.get(callback);
  };

  beforeAll(async () => {
    provider = await startOidcProvider();
    t = await startTestApp(backend, {
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
        OIDC_ALLOW_HTTP: 'true',
      },
    });
    appUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    // The app's own address is known only once it listens; the callback URL is derived from it per request.
    t.ctx.config.PUBLIC_URL = appUrl;
    callbackPrefix = `${appUrl}/api/auth/oidc/callback`;
    provider.registerClient({ ...CLIENT, redirectUri: callbackPrefix });
    await t.ctx.database.db
      .update(people)
      .set({ fiscalCode: GIULIA_FISCAL_CODE })
      .where(eq(people.email, 'studente@demo.poliba.it'));
    provider.accounts.set('spid-123', {
      fiscal_number: `TINIT-${GIULIA_FISCAL_CODE.toLowerCase()}`,
      email: 'giulia.lorusso@example.org',
      email_verified: true,
      given_name: 'Giulia',
      family_name: 'Lorusso',
    });
    provider.accounts.set('idem-789', { email: 'Referente@demo.poliba.it', email_verified: true });
    provider.accounts.set('spid-999', {
      fiscal_number: 'TINIT-VRDLCU90B12A662Z',
      // An address of an existing person, but not verified by the provider: it must not open that account.
      email: 'ufficio@demo.poliba.it',
      email_verified: false,
    });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  it('starts at the provider with PKCE, a nonce and a state stored in the database and bound to the browser', async () => {
    const browser = new TestBrowser();
    const start = await browser.get(startUrl('/calls'));
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(location.origin).toBe(provider.issuer);
    const params = location.searchParams;
    expect(params.get('client_id')).toBe(CLIENT.clientId);
    expect(params.get('redirect_uri')).toBe(callbackPrefix);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('nonce')).toBeTruthy();
    const state = params.get('state') ?? '';
    expect(browser.cookie('127.0.0.1', 'affianco_oidc_state')).toBe(state);
    const [pending] = await t.ctx.database.db.select().from(oidcLogins).where(eq(oidcLogins.state, state));
    expect(pending).toMatchObject({ returnTo: '/calls', nonce: params.get('nonce') });
    // The verifier stays on the server; only its hash travels.
    expect(location.href).not.toContain(pending?.codeVerifier);
  });

  it('logs in by fiscal code, links the subject, and lands where the person was going', async () => {
    const giulia = await personIdOf('studente@demo.poliba.it');
    const browser = new TestBrowser();
    const landing = await signIn(browser, 'spid-123', '/calls?tab=open');
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/calls?tab=open');
    const sessionCookie = landing.headers.getSetCookie().find((c) => c.startsWith('affianco_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);

    const session = await (await browser.get(`${appUrl}/api/session`)).json();
    expect(session).toMatchObject({
      authenticated: true,
      person: { id: giulia, displayName: 'Giulia Lorusso' },
    });
    expect(session.person.roles.map((r: { role: string }) => r.role)).toEqual(['student']);

    const links = await t.ctx.database.db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.subject, 'spid-123'));
    expect(links).toEqual([expect.objectContaining({ issuer: provider.issuer, personId: giulia })]);
    expect((await lastLoginAudit(giulia))?.data).toMatchObject({ method: 'oidc', matchedBy: 'fiscal-code' });
    const [stored] = await t.ctx.database.db.select().from(sessions).where(eq(sessions.personId, giulia));
    expect(stored?.authMethod).toBe('oidc');
    expect(browser.cookie('127.0.0.1', 'affianco_oidc_state')).toBeUndefined();
  });

  it('matches a later login by the linked subject, even when the provider stops sending fiscal code and email', async () => {
    const giulia = await personIdOf('studente@demo.poliba.it');
    const first = await signIn(new TestBrowser(), 'spid-123');
    expect(first.headers.get('location')).toBe('/');
    provider.accounts.set('spid-123', { given_name: 'Giulia', family_name: 'Lorusso' });
    try {
      const browser = new TestBrowser();
      const again = await signIn(browser, 'spid-123');
      expect(again.headers.get('location')).toBe('/');
      expect((await (await browser.get(`${appUrl}/api/session`)).json()).person.id).toBe(giulia);
      expect((await lastLoginAudit(giulia))?.data).toMatchObject({ method: 'oidc', matchedBy: 'subject' });
    } finally {
      provider.accounts.set('spid-123', {
        fiscal_number: `TINIT-${GIULIA_FISCAL_CODE}`,
        email_verified: true,
        email: 'giulia.lorusso@example.org',
      });
    }
  });

  it('matches by verified email, whatever its case, when no fiscal code is sent', async () => {
    const referente = await personIdOf('referente@demo.poliba.it');
    const browser = new TestBrowser();
    const landing = await signIn(browser, 'idem-789');
    expect(landing.headers.get('location')).toBe('/');
    expect((await (await browser.get(`${appUrl}/api/session`)).json()).person.id).toBe(referente);
    expect((await lastLoginAudit(referente))?.data).toMatchObject({ matchedBy: 'email' });
  });

  it('refuses a person the university does not know, with the reason for the login page', async () => {
    const ufficio = await personIdOf('ufficio@demo.poliba.it');
    const sessionsBefore = await t.ctx.database.db.$count(sessions);
    const browser = new TestBrowser();
    const landing = await signIn(browser, 'spid-999', '/calls');
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/login?error=unknown-person');
    expect(browser.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
    expect(await t.ctx.database.db.$count(sessions)).toBe(sessionsBefore);
    expect(
      await t.ctx.database.db.$count(externalIdentities, eq(externalIdentities.subject, 'spid-999')),
    ).toBe(0);
    expect(await lastLoginAudit(ufficio)).toBeUndefined();
    const session = await (await browser.get(`${appUrl}/api/session`)).json();
    expect(session.authenticated).toBe(false);
  });

  it('refuses a tampered state, and a callback replayed after it was used', async () => {
    const browser = new TestBrowser();
    const callback = await browser.authorizeAtProvider(startUrl(), callbackPrefix, 'idem-789');
    const stateCookie = browser.cookie('127.0.0.1', 'affianco_oidc_state') ?? '';

    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    const refused = await browser.get(tampered);
    expect(refused.headers.get('location')).toBe('/login?error=oidc-expired');
    expect(browser.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();

    // The forged attempt did not spoil the genuine one.
    expect((await browser.get(callback)).headers.get('location')).toBe('/');
    const sessionsAfterLogin = await t.ctx.database.db.$count(sessions);

    // Even with the state cookie copied along, the pending login is gone and the code cannot be used again.
    const replayer = new TestBrowser();
    replayer.setCookie('127.0.0.1', 'affianco_oidc_state', stateCookie);
    const replayed = await replayer.get(callback);
    expect(replayed.status).toBe(302);
    expect(replayed.headers.get('location')).toBe('/login?error=oidc-expired');
    expect(replayer.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
    expect(await t.ctx.database.db.$count(sessions)).toBe(sessionsAfterLogin);
  });

  it("refuses a callback from a login started in another browser (someone else's code)", async () => {
    const attacker = new TestBrowser();
    const callback = await attacker.authorizeAtProvider(startUrl(), callbackPrefix, 'spid-999');
    const victim = new TestBrowser();
    const landing = await victim.get(callback);
    expect(landing.headers.get('location')).toBe('/login?error=oidc-expired');
    expect(victim.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
  });

  it('refuses a login completed more than ten minutes after it started', async () => {
    const browser = new TestBrowser();
    const callback = await browser.authorizeAtProvider(startUrl(), callbackPrefix, 'idem-789');
    t.clock.advance(10 * 60_000 + 1000);
    const landing = await browser.get(callback);
    expect(landing.headers.get('location')).toBe('/login?error=oidc-expired');
    expect(browser.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
  });

  it('says the person cancelled when they cancel at the provider', async () => {
    const browser = new TestBrowser();
    const callback = await browser.authorizeAtProvider(startUrl(), callbackPrefix, 'spid-123', {
      cancel: true,
    });
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    const landing = await browser.get(callback);
    expect(landing.headers.get('location')).toBe('/login?error=oidc-cancelled');
    expect(browser.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
  });

  it('reports a code the provider does not accept as a failed login, not a server error', async () => {
    const browser = new TestBrowser();
    const callback = new URL(await browser.authorizeAtProvider(startUrl(), callbackPrefix, 'spid-123'));
    callback.searchParams.set('code', 'forged-code');
    const landing = await browser.get(callback);
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/login?error=oidc-failed');
    expect(browser.cookie('127.0.0.1', 'affianco_session')).toBeUndefined();
  });

  it('never sends the browser off the site after login', async () => {
    for (const hostile of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const start = await new TestBrowser().get(startUrl(hostile));
      const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
      const [pending] = await t.ctx.database.db.select().from(oidcLogins).where(eq(oidcLogins.state, state));
      expect(pending?.returnTo).toBe('/');
    }
  });
});

describe.each(testBackends())('OpenID Connect login when it cannot work, on %s', (backend) => {
  let notConfigured: TestApp;
  let unreachable: TestApp;
  beforeAll(async () => {
    notConfigured = await startTestApp(backend, { seed: false });
    // A port nothing listens on: the gateway is down.
    unreachable = await startTestApp(backend, {
      seed: false,
      env: { OIDC_ISSUER: 'http://127.0.0.1:9/', OIDC_CLIENT_ID: 'affianco', OIDC_ALLOW_HTTP: 'true' },
    });
  });
  afterAll(async () => {
    await notConfigured?.close();
    await unreachable?.close();
  });

  it('answers 404 oidc-not-configured on both routes when no issuer is set', async () => {
    for (const url of ['/api/auth/oidc/start?returnTo=/', '/api/auth/oidc/callback?code=x&state=y']) {
      const reply = await notConfigured.app.inject({ url, headers: { 'accept-language': 'en' } });
      expect(reply.statusCode).toBe(404);
      expect(reply.json()).toMatchObject({
        kind: 'oidc-not-configured',
        title: 'Login with SPID/CIE is not configured on this server.',
      });
    }
  });

  it('sends the browser back to the login page when the provider cannot be reached', async () => {
    const reply = await unreachable.app.inject({ url: '/api/auth/oidc/start' });
    expect(reply.statusCode).toBe(302);
    expect(reply.headers.location).toBe('/login?error=oidc-failed');
    expect(await unreachable.ctx.database.db.$count(oidcLogins)).toBe(0);
  });
});
