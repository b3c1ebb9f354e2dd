import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('people and roles on %s', (backend) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(backend);
    admin = new TestClient(t.app);
    await admin.login('admin');
  });
  afterAll(async () => t?.close());

  const personId = async (q: string) => {
    const reply = await admin.get(`/api/people?q=${encodeURIComponent(q)}`);
    return reply.json().items[0].id as string;
  };
  const unitIdOf = async (code: string) =>
    (await admin.get('/api/units')).json().find((u: { code: string }) => u.code === code).id as string;

  it('lists people with filters and pages', async () => {
    const all = await admin.get('/api/people?pageSize=10');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(10);
    expect(all.json().total).toBeGreaterThanOrEqual(48);
    const byName = await admin.get('/api/people?q=amoruso paola');
    expect(byName.json().total).toBe(0);
    const byFullName = await admin.get('/api/people?q=Paola Amoruso');
    expect(byFullName.json().items[0].roles[0]).toMatchObject({
      role: 'supervisor',
      unitName: expect.stringContaining('Elettrica'),
    });
    const supervisors = await admin.get('/api/people?role=supervisor&pageSize=200');
    expect(
      supervisors
        .json()
        .items.every((p: { roles: { role: string }[] }) => p.roles.some((r) => r.role === 'supervisor')),
    ).toBe(true);
  });

  it('exports the list as a spreadsheet', async () => {
    const reply = await admin.get('/api/people.xlsx?role=administrator');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    expect(reply.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('grants a scoped role with an audit entry, and the grant takes effect at once', async () => {
    const target = await personId('Vito Capriati');
    const dei = await unitIdOf('DEI');
    const member = new TestClient(t.app);
    await member.login('commissione');
    const homeKeys = async () =>
      (await member.get('/api/home')).json().actions.map((a: { key: string }) => a.key);
    expect(await homeKeys()).not.toContain('supervisor.students');

    const grant = await admin.post(`/api/people/${target}/roles`, { role: 'supervisor', unitId: dei });
    expect(grant.statusCode).toBe(201);
    const audit = await admin.get(`/api/audit?event=role.granted&entityId=${target}`);
    expect(audit.json().items[0]).toMatchObject({
      actorName: 'Franco Loiacono',
      data: { role: 'supervisor', unitId: dei },
    });
    expect(await homeKeys()).toContain('supervisor.students');

    const again = await admin.post(`/api/people/${target}/roles`, { role: 'supervisor', unitId: dei });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0].field).toBe('role');

    await admin
      .request({ method: 'DELETE', url: `/api/people/${target}/roles/${grant.json().id}` })
      .then((r) => {
        expect(r.statusCode).toBe(204);
      });
  });

  it('refuses a supervisor without a unit, an unknown unit and an unknown person', async () => {
    const target = await personId('Vito Capriati');
    const noUnit = await admin.post(`/api/people/${target}/roles`, { role: 'supervisor' });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().issues[0]).toMatchObject({
      field: 'unitId',
      message: "Il ruolo di referente richiede un'unità.",
    });
    const unknownUnit = await admin.post(`/api/people/${target}/roles`, {
      role: 'evaluator',
      unitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownUnit.statusCode).toBe(400);
    const unknownPerson = await admin.post('/api/people/00000000-0000-4000-8000-000000000000/roles', {
      role: 'evaluator',
    });
    expect(unknownPerson.statusCode).toBe(404);
    const badRole = await admin.post(`/api/people/${target}/roles`, { role: 'rector' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().issues[0].field).toBe('role');
  });

  it('never revokes the last administrator', async () => {
    const me = (await admin.get('/api/me')).json().id;
    const people = await admin.get('/api/people?role=administrator');
    const assignment = people.json().items[0].roles.find((r: { role: string }) => r.role === 'administrator');
    const reply = await admin.request({ method: 'DELETE', url: `/api/people/${me}/roles/${assignment.id}` });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues[0].field).toBe('role');
  });

  it('lets only the administrator manage roles and only office and administrator read people', async () => {
    const target = await personId('Vito Capriati');
    for (const username of ['ufficio', 'studente', 'referente', 'nucleo']) {
      const client = new TestClient(t.app);
      await client.login(username);
      const reply = await client.post(`/api/people/${target}/roles`, { role: 'administrator' });
      expect(reply.statusCode, username).toBe(403);
    }
    const office = new TestClient(t.app);
    await office.login('ufficio');
    expect((await office.get('/api/people')).statusCode).toBe(200);
    const student = new TestClient(t.app);
    await student.login('studente');
    expect((await student.get('/api/people')).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/people')).statusCode).toBe(401);
  });
});
