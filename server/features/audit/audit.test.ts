import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('the audit log on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  beforeAll(async () => {
    t = await startTestApp(backend);
    t.clock.set('2026-03-28T22:30:00Z'); // 23:30 in Rome, the evening before summer time
    await new TestClient(t.app).login('studente');
    t.clock.set('2026-03-29T22:30:00Z'); // 00:30 of 30/03 in Rome (summer time)
    await new TestClient(t.app).login('tutor');
    t.clock.set('2026-03-29T22:45:00Z');
    office = new TestClient(t.app);
    await office.login('ufficio');
  });
  afterAll(async () => t?.close());

  it('filters by event and by Rome calendar day', async () => {
    const day28 = await office.get('/api/audit?event=session.login&from=2026-03-28&to=2026-03-28');
    expect(day28.json().items.map((e: { actorName: string }) => e.actorName)).toEqual(['Giulia Lorusso']);
    const day30 = await office.get('/api/audit?event=session.login&from=2026-03-30&to=2026-03-30');
    // Newest first.
    expect(day30.json().items.map((e: { actorName: string }) => e.actorName)).toEqual([
      'Angela Dellino',
      'Marco Santoro',
    ]);
  });

  it('records failed logins and lockouts without a password', async () => {
    const client = new TestClient(t.app, '10.1.1.1');
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    await client.post('/api/session/login', { username: 'tutor', password: 'secret-guess' });
    const reply = await office.get('/api/audit?event=session.login-failed');
    expect(reply.json().total).toBe(1);
    expect(JSON.stringify(reply.json())).not.toContain('secret-guess');
  });

  it('writes the change and its audit entry together or not at all', async () => {
    const { db } = t.ctx.database;
    const { writeAudit } = await import('../../audit/write-audit.ts');
    const { units } = await import('../../db/schema/index.ts');
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(units).values({ code: 'ROLLBACK', name: 'Unità di prova', kind: 'office' });
        await writeAudit(tx, {
          event: 'unit.created',
          actorId: null,
          entityType: 'unit',
          entityId: 'ROLLBACK',
        });
        throw new Error('the change fails after its audit entry');
      }),
    ).rejects.toThrow();
    expect((await office.get('/api/audit?entityId=ROLLBACK')).json().total).toBe(0);
    expect((await office.get('/api/units')).json().some((u: { code: string }) => u.code === 'ROLLBACK')).toBe(
      false,
    );
  });

  it('exports the filtered log and refuses it to other roles', async () => {
    const reply = await office.get('/api/audit.xlsx?event=session.login');
    expect(reply.statusCode).toBe(200);
    expect(reply.rawPayload.subarray(0, 2).toString()).toBe('PK');
    for (const username of ['studente', 'referente', 'nucleo', 'commissione']) {
      const client = new TestClient(t.app);
      await client.login(username);
      expect((await client.get('/api/audit')).statusCode, username).toBe(403);
    }
  });

  it('rejects malformed filters with the field at fault', async () => {
    const reply = await office.get('/api/audit?from=yesterday&pageSize=5000');
    expect(reply.statusCode).toBe(400);
    const fields = reply.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.from', 'querystring.pageSize']));
  });
});
