import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Funding, Project, ProjectBody } from '../../../api/funding.ts';
import { fundingAllocations, tutoringProjects, units } from '../../db/schema/index.ts';
import { DEMO_FUNDING_TITLE } from '../../demo/call-poliba.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('funding and projects on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let unitIds: Map<string, string>;
  beforeAll(async () => {
    t = await startTestApp(backend);
    office = new TestClient(t.app);
    await office.login('ufficio');
    const rows = await t.ctx.database.db.select({ id: units.id, code: units.code }).from(units);
    unitIds = new Map(rows.map((row) => [row.code, row.id]));
  });
  afterAll(async () => t?.close());
  const unit = (code: string) => unitIds.get(code) ?? '';

  it('lists the demo FFO 2025 funding with what the published Bari call commits', async () => {
    const reply = await office.get('/api/funding');
    expect(reply.statusCode).toBe(200);
    const demo = (reply.json().items as Funding[]).find((f) => f.title === DEMO_FUNDING_TITLE);
    expect(demo?.amountCents).toBe(5_932_800);
    expect(demo?.committedCents).toBe(3_075_000);
    expect(demo?.remainingCents).toBe(2_857_800);
    expect(demo?.allocations.find((a) => a.unitCode === 'CAMPUS')?.amountCents).toBe(900_000);
  });

  it('creates an assignment and splits it by enrolled students to the cent, with audit', async () => {
    const created = await office.post('/api/funding', {
      source: 'university',
      title: 'Fondi di Ateneo 2026',
      year: 2026,
      amountCents: 1_000_001,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as Funding).id;
    const departments = ['DMMM', 'DEI', 'DICATECH', 'ARCOD'].map(unit);
    const split = await office.request({
      method: 'PUT',
      url: `/api/funding/${id}/allocations`,
      payload: { method: 'proportional', unitIds: departments, academicYear: 2025 },
    });
    expect(split.statusCode, split.body).toBe(200);
    const shares = (split.json() as Funding).allocations;
    expect(shares).toHaveLength(4);
    expect(shares.reduce((total, s) => total + s.amountCents, 0)).toBe(1_000_001);
    expect(shares.reduce((total, s) => total + (s.basis ?? 0), 0)).toBeGreaterThan(0);
    const audit = (await office.get(`/api/audit?event=funding.allocated&entityId=${id}`)).json().items;
    expect(audit).toHaveLength(1);
  });

  it('refuses a manual split that does not add up, naming the field, changing nothing', async () => {
    const id = (
      (
        await office.post('/api/funding', { source: 'other', title: 'X', year: 2026, amountCents: 1000 })
      ).json() as Funding
    ).id;
    const reply = await office.request({
      method: 'PUT',
      url: `/api/funding/${id}/allocations`,
      payload: { method: 'manual', shares: [{ unitId: unit('DEI'), amountCents: 999 }] },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues).toEqual([
      expect.objectContaining({ field: 'shares', code: 'allocation-total' }),
    ]);
    const [row] = await t.ctx.database.db
      .select({ n: count() })
      .from(fundingAllocations)
      .where(eq(fundingAllocations.assignmentId, id));
    expect(Number(row?.n)).toBe(0);
  });

  it('lets a supervisor propose and submit a project for their unit and the commission decide it', async () => {
    const supervisor = new TestClient(t.app);
    await supervisor.login('referente');
    const body: ProjectBody = {
      unitId: unit('DEI'),
      title: 'Tutorato per Analisi I',
      objectives: 'Ridurre gli abbandoni al primo anno',
      activities: 'Esercitazioni settimanali',
      tutorsRequested: 2,
      hoursRequested: 400,
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
      expectedStudents: 120,
      indicators: [{ name: 'Esami superati al primo appello', target: 60, unit: '%' }],
      allocationId: null,
    };
    const other = await supervisor.post('/api/projects', { ...body, unitId: unit('DMMM') });
    expect(other.statusCode).toBe(400);
    expect(other.json().issues[0].field).toBe('unitId');

    const created = await supervisor.post('/api/projects', body);
    expect(created.statusCode, created.body).toBe(201);
    const project = created.json() as Project;
    expect(project.status).toBe('draft');
    expect((await supervisor.post(`/api/projects/${project.id}/submit`, {})).json().status).toBe('submitted');

    // The supervisor cannot decide; the university commission can.
    expect(
      (await supervisor.post(`/api/projects/${project.id}/decision`, { decision: 'approved' })).statusCode,
    ).toBe(403);
    const commission = new TestClient(t.app);
    await commission.login('commissione-ateneo');
    const noNote = await commission.post(`/api/projects/${project.id}/decision`, { decision: 'rejected' });
    expect(noNote.statusCode).toBe(400);
    const approved = await commission.post(`/api/projects/${project.id}/decision`, {
      decision: 'approved',
      note: 'Coerente con il piano',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decisionNote: 'Coerente con il piano' });
    const again = await commission.post(`/api/projects/${project.id}/decision`, {
      decision: 'rejected',
      note: 'No',
    });
    expect(again.statusCode).toBe(409);
    const audit = (await office.get(`/api/audit?event=project.approved&entityId=${project.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(((await supervisor.get('/api/projects')).json().items as Project[]).map((p) => p.id)).toContain(
      project.id,
    );
  });

  it('refuses a student creating funding or proposing a project (403), writing nothing', async () => {
    const student = new TestClient(t.app);
    await student.login('studente');
    expect(
      (await student.post('/api/funding', { source: 'other', title: 'X', year: 2026, amountCents: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await student.post('/api/projects', {})).statusCode).toBe(403);
    const [row] = await t.ctx.database.db
      .select({ n: count() })
      .from(tutoringProjects)
      .where(inArray(tutoringProjects.status, ['draft', 'submitted', 'approved', 'rejected']));
    expect(Number(row?.n)).toBe(1);
  });
});
