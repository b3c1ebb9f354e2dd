import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('my profile on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t?.close());

  it('shows my profile and roles', async () => {
    const client = new TestClient(t.app);
    await client.login('referente');
    const me = (await client.get('/api/me')).json();
    expect(me).toMatchObject({ givenName: 'Paola', familyName: 'Amoruso', locale: 'it' });
    expect(me.roles).toEqual([
      expect.objectContaining({ role: 'supervisor', unitName: expect.stringContaining('Informazione') }),
    ]);
  });

  it('keeps my language across sessions and answers in it', async () => {
    const client = new TestClient(t.app);
    await client.login('commissione-ateneo');
    expect((await client.patch('/api/me/preferences', { locale: 'en' })).statusCode).toBe(204);
    await client.post('/api/session/logout');
    const again = new TestClient(t.app);
    const login = await again.login('commissione-ateneo');
    expect(login.json().person.locale).toBe('en');
    const refused = await again.get('/api/people');
    expect(refused.json().title).toBe('You are not allowed to do this.');
    const bad = await again.patch('/api/me/preferences', { locale: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('locale');
  });

  it('says what each role should do next', async () => {
    const expectations: Record<string, string[]> = {
      studente: ['student.review-career', 'student.download-data'],
      ufficio: ['office.audit'],
      admin: ['admin.audit'],
      nucleo: ['evaluator.units'],
      commissione: ['committee.calls'],
    };
    for (const [username, keys] of Object.entries(expectations)) {
      const client = new TestClient(t.app);
      await client.login(username);
      const home = await client.get('/api/home');
      expect(home.statusCode).toBe(200);
      const got = home.json().actions.map((a: { key: string }) => a.key);
      expect(got, username).toEqual(expect.arrayContaining(keys));
      if (username === 'commissione')
        expect(home.json().actions.find((a: { key: string }) => a.key === 'committee.calls').href).toBe(
          '/committee',
        );
    }
  });

  it('lets a person download their own data, without secrets, and records it', async () => {
    const client = new TestClient(t.app);
    await client.login('studente');
    const reply = await client.get('/api/me/export');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-disposition']).toContain('attachment');
    const data = reply.json();
    expect(data.person.familyName).toBe('Lorusso');
    expect(data.account.username).toBe('studente');
    expect(reply.body).not.toContain('argon2');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.auditTrail.some((e: { event: string }) => e.event === 'session.login')).toBe(true);
    const office = new TestClient(t.app);
    await office.login('ufficio');
    const audit = await office.get(`/api/audit?event=data-export.downloaded&entityId=${data.person.id}`);
    expect(audit.json().total).toBe(1);
  });

  it('refuses my pages to someone not signed in', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/me')).statusCode).toBe(401);
    expect((await anonymous.get('/api/me/export')).statusCode).toBe(401);
  });
});
