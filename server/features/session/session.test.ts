import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('sessions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_IP_LIMIT_PER_MINUTE: '8' } });
  });
  afterAll(async () => t?.close());

  it('logs in with a demo account and shows who is signed in', async () => {
    const client = new TestClient(t.app, '10.0.0.1');
    const login = await client.login('ufficio');
    expect(login.statusCode).toBe(200);
    expect(login.json().person.displayName).toBe('Angela Dellino');
    expect(client.hasCookie('affianco_session')).toBe(true);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = await client.get('/api/session');
    expect(session.json().person.roles.map((r: { role: string }) => r.role)).toEqual(['tutoring-office']);
  });

  it('refuses a wrong password in the language of the browser, and changes nothing', async () => {
    const client = new TestClient(t.app, '10.0.0.2');
    await client.get('/api/session').then((r) => {
      client.csrfToken = r.json().csrfToken;
    });
    const reply = await client.post(
      '/api/session/login',
      { username: 'studente', password: 'wrong' },
      { 'accept-language': 'en' },
    );
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ kind: 'invalid-credentials', title: 'Wrong username or password.' });
    expect(client.hasCookie('affianco_session')).toBe(false);
  });

  it('names the field at fault when the body is malformed', async () => {
    const client = new TestClient(t.app, '10.0.0.3');
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    const reply = await client.post('/api/session/login', { username: '' });
    expect(reply.statusCode).toBe(400);
    const fields = reply.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password']));
    expect(reply.json().title).toMatch(/non sono validi/);
  });

  it('locks an account after repeated failures, even with the right password', async () => {
    const client = new TestClient(t.app, '10.0.0.4');
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    for (let i = 0; i < 3; i++) {
      const reply = await client.post('/api/session/login', { username: 'nucleo', password: `wrong-${i}` });
      expect(reply.statusCode).toBe(401);
    }
    const locked = await client.login('nucleo');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().kind).toBe('account-locked');
    t.clock.advance(16 * 60_000);
    expect((await client.login('nucleo')).statusCode).toBe(200);
  });

  it('rate-limits one address that tries many usernames', async () => {
    const client = new TestClient(t.app, '10.0.0.5');
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const reply = await client.post('/api/session/login', { username: `nobody${i}`, password: 'x' });
      statuses.push(reply.statusCode);
    }
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    // Another address is not slowed down.
    const other = new TestClient(t.app, '10.0.0.6');
    expect((await other.login('studente')).statusCode).toBe(200);
  });

  it('rejects a state-changing request without or with a forged CSRF token', async () => {
    const client = new TestClient(t.app, '10.0.0.7');
    await client.login('studente');
    const missing = await client.request({ method: 'POST', url: '/api/session/logout', csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().kind).toBe('csrf-rejected');
    const forged = await client.request({
      method: 'POST',
      url: '/api/session/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await client.get('/api/session')).json().authenticated).toBe(true);
  });

  it('expires an idle session and says so', async () => {
    const client = new TestClient(t.app, '10.0.0.8');
    await client.login('studente');
    t.clock.advance(9 * 3600_000);
    const reply = await client.post('/api/session/logout');
    expect(reply.statusCode).toBe(401);
    expect(reply.json().kind).toBe('session-expired');
  });

  it('logs out everywhere: every device of the person loses its session', async () => {
    const laptop = new TestClient(t.app, '10.0.0.9');
    const phone = new TestClient(t.app, '10.0.0.10');
    await laptop.login('commissione');
    await phone.login('commissione');
    const reply = await laptop.post('/api/session/logout-everywhere');
    expect(reply.statusCode).toBe(200);
    expect(reply.json().endedSessions).toBeGreaterThanOrEqual(2);
    expect((await phone.get('/api/session')).json().authenticated).toBe(false);
  });
});
