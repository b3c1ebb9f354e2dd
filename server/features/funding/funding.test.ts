import { count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllocationPreview, Funding, Project, ProjectBody } from '../../../api/funding.ts';
import {
  calls,
  fundingAllocations,
  fundingCommitments,
  people,
  rankings,
  tutoringProjects,
  units,
} from '../../db/schema/index.ts';
import {
  DEMO_PAST_CALL_CODE,
  DEMO_PAST_DECREE,
  DEMO_PAST_FUNDING_TITLE,
  demoPastRankingId,
} from '../../demo/call-past.ts';
import { DEMO_CALL_CODE, DEMO_FUNDING_TITLE } from '../../demo/call-poliba.ts';
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
  /** A ranking row of the Bari call, only for a commitment to point at (one commitment per ranking). */
  const otherRankingId = async () => {
    const db = t.ctx.database.db;
    const [bari] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_CALL_CODE));
    const [row] = await db
      .insert(rankings)
      .values({ callId: bari?.id ?? '', groupKey: 'funding-test', title: 'Prova', status: 'draft' })
      .returning({ id: rankings.id });
    return row?.id ?? '';
  };

  it('lists the demo FFO 2025 funding: the open Bari call reserves its grants, nothing is committed yet', async () => {
    const reply = await office.get('/api/funding');
    expect(reply.statusCode).toBe(200);
    const demo = (reply.json().items as Funding[]).find((f) => f.title === DEMO_FUNDING_TITLE);
    expect(demo?.amountCents).toBe(5_932_800);
    expect(demo?.reservedCents).toBe(3_075_000);
    expect(demo?.committedCents).toBe(0);
    expect(demo?.remainingCents).toBe(2_857_800);
    expect(demo?.commitments).toEqual([]);
    expect(demo?.allocations.find((a) => a.unitCode === 'CAMPUS')?.amountCents).toBe(900_000);
  });

  it('counts as committed what approved rankings committed (funding_commitments), with their decrees', async () => {
    const items = (await office.get('/api/funding')).json().items as Funding[];
    const past = items.find((f) => f.title === DEMO_PAST_FUNDING_TITLE);
    const rankingId = await demoPastRankingId(t.ctx.database.db);
    expect(past?.reservedCents).toBe(300_000);
    expect(past?.committedCents).toBe(300_000);
    expect(past?.remainingCents).toBe(0);
    expect(past?.commitments).toEqual([
      expect.objectContaining({
        rankingId,
        callCode: DEMO_PAST_CALL_CODE,
        amountCents: 300_000,
        decreeNumber: DEMO_PAST_DECREE,
      }),
    ]);
    // The office's view of that ranking says the same: how much, against which funding.
    const ranking = (await office.get(`/api/rankings/${rankingId}`)).json();
    expect(ranking.commitment).toMatchObject({
      assignmentId: past?.id,
      fundingTitle: DEMO_PAST_FUNDING_TITLE,
      amountCents: 300_000,
      decreeNumber: DEMO_PAST_DECREE,
    });
    // A further commitment on the same funding is added to it, whoever recorded it.
    await t.ctx.database.db.insert(fundingCommitments).values({
      assignmentId: past?.id ?? '',
      rankingId: await otherRankingId(),
      amountCents: 12_345,
      decreeNumber: '600/2026',
      committedAt: new Date('2026-02-19T09:00:00Z'),
    });
    const again = ((await office.get('/api/funding')).json().items as Funding[]).find(
      (f) => f.id === past?.id,
    );
    expect(again?.committedCents).toBe(312_345);
    expect(again?.remainingCents).toBe(-12_345);
    expect(again?.commitments?.map((c) => c.decreeNumber)).toEqual([DEMO_PAST_DECREE, '600/2026']);
    await t.ctx.database.db.delete(fundingCommitments).where(eq(fundingCommitments.decreeNumber, '600/2026'));
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

  const projectBody = (overrides: Partial<ProjectBody> = {}): ProjectBody => ({
    unitId: unit('DEI'),
    title: 'Tutorato di laboratorio',
    objectives: 'Più esami superati',
    activities: 'Laboratori guidati',
    tutorsRequested: 1,
    hoursRequested: 60,
    periodStart: '2026-03-01',
    periodEnd: '2026-06-30',
    expectedStudents: 40,
    indicators: [{ name: 'Studenti seguiti', target: 40, unit: 'studenti' }],
    allocationId: null,
    ...overrides,
  });

  const newFunding = async (amountCents: number, title = 'Fondo test') =>
    (
      (
        await office.post('/api/funding', { source: 'university', title, year: 2026, amountCents })
      ).json() as Funding
    ).id;

  const split = (id: string, shares: Array<[string, number]>) =>
    office.request({
      method: 'PUT',
      url: `/api/funding/${id}/allocations`,
      payload: {
        method: 'manual',
        shares: shares.map(([code, amountCents]) => ({ unitId: unit(code), amountCents })),
      },
    });

  it('previews a proportional split with the same shares it then saves, writing nothing before', async () => {
    const id = await newFunding(777_777, 'Anteprima');
    const body = { method: 'proportional', unitIds: ['DEI', 'DMMM', 'ARCOD'].map(unit), academicYear: 2025 };
    const preview = await office.post(`/api/funding/${id}/allocations/preview`, body);
    expect(preview.statusCode, preview.body).toBe(200);
    const shares = (preview.json() as AllocationPreview).shares;
    expect(shares.map((s) => s.unitCode)).toEqual(['DEI', 'DMMM', 'ARCOD']);
    expect(shares.reduce((total, s) => total + s.amountCents, 0)).toBe(777_777);
    const [row] = await t.ctx.database.db
      .select({ n: count() })
      .from(fundingAllocations)
      .where(eq(fundingAllocations.assignmentId, id));
    expect(Number(row?.n)).toBe(0);
    const saved = await office.request({
      method: 'PUT',
      url: `/api/funding/${id}/allocations`,
      payload: body,
    });
    const byUnit = new Map((saved.json() as Funding).allocations.map((a) => [a.unitCode, a.amountCents]));
    for (const share of shares) expect(byUnit.get(share.unitCode)).toBe(share.amountCents);
    // A manual preview that does not add up is refused like the split itself, naming the field.
    const wrong = await office.post(`/api/funding/${id}/allocations/preview`, {
      method: 'manual',
      shares: [{ unitId: unit('DEI'), amountCents: 1 }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].field).toBe('shares');
    const supervisor = new TestClient(t.app);
    await supervisor.login('referente');
    expect((await supervisor.post(`/api/funding/${id}/allocations/preview`, body)).statusCode).toBe(403);
  });

  it('shows a supervisor only the shares of their unit and the units within it', async () => {
    const id = await newFunding(100_000, 'Quote DEI e DMMM');
    expect(
      (
        await split(id, [
          ['DEI', 60_000],
          ['DMMM', 40_000],
        ])
      ).statusCode,
    ).toBe(200);
    const elsewhere = await newFunding(50_000, 'Solo DMMM');
    expect((await split(elsewhere, [['DMMM', 50_000]])).statusCode).toBe(200);
    const supervisor = new TestClient(t.app);
    await supervisor.login('referente');
    const items = (await supervisor.get('/api/funding')).json().items as Funding[];
    const mine = items.find((f) => f.id === id);
    expect(mine?.allocations.map((a) => a.unitCode)).toEqual(['DEI']);
    expect(items.find((f) => f.id === elsewhere)).toBeUndefined();
    // The office still sees every share.
    const all = (await office.get('/api/funding')).json().items as Funding[];
    expect(all.find((f) => f.id === id)?.allocations).toHaveLength(2);
    expect(all.find((f) => f.id === elsewhere)).toBeDefined();
  });

  it('lets a supervisor propose for a unit within theirs, funded from their share, and no other', async () => {
    const db = t.ctx.database.db;
    const [lab] = await db
      .insert(units)
      .values({ code: 'DEI-LAB', name: 'Laboratorio DEI', kind: 'office', parentId: unit('DEI') })
      .returning({ id: units.id });
    const labId = lab?.id ?? '';
    const id = await newFunding(90_000, 'Fondo progetti');
    const allocations = (
      (
        await split(id, [
          ['DEI', 50_000],
          ['DMMM', 40_000],
        ])
      ).json() as Funding
    ).allocations;
    const dei = allocations.find((a) => a.unitCode === 'DEI')?.id ?? '';
    const dmmm = allocations.find((a) => a.unitCode === 'DMMM')?.id ?? '';
    const supervisor = new TestClient(t.app);
    await supervisor.login('referente');

    const foreignShare = await supervisor.post('/api/projects', projectBody({ allocationId: dmmm }));
    expect(foreignShare.statusCode).toBe(400);
    expect(foreignShare.json().issues.map((i: { field: string }) => i.field)).toEqual(['allocationId']);
    const parent = await supervisor.post('/api/projects', projectBody({ unitId: unit('POLIBA') }));
    expect(parent.statusCode).toBe(400);
    expect(parent.json().issues[0]).toMatchObject({ field: 'unitId', code: 'not-own-unit' });

    const created = await supervisor.post(
      '/api/projects',
      projectBody({ unitId: labId, title: 'Progetto del laboratorio', allocationId: dei }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const project = created.json() as Project;
    expect(project).toMatchObject({
      unitCode: 'DEI-LAB',
      allocationId: dei,
      responsibleName: 'Paola Amoruso',
    });
    expect((await supervisor.post(`/api/projects/${project.id}/submit`, {})).statusCode).toBe(200);
    expect((await supervisor.get(`/api/projects/${project.id}`)).json().status).toBe('submitted');

    // The share funding a project keeps its id through a new split and cannot be left out of one.
    const resplit = await split(id, [
      ['DEI', 45_000],
      ['DMMM', 45_000],
    ]);
    expect(resplit.statusCode, resplit.body).toBe(200);
    expect((resplit.json() as Funding).allocations.find((a) => a.unitCode === 'DEI')?.id).toBe(dei);
    const dropped = await split(id, [['DMMM', 90_000]]);
    expect(dropped.statusCode).toBe(409);
    const [kept] = await db.select().from(fundingAllocations).where(eq(fundingAllocations.id, dei));
    expect(kept?.amountCents).toBe(45_000);
  });

  it('filters projects by status, hides other units’ projects from a supervisor and exports the list', async () => {
    const db = t.ctx.database.db;
    const [someone] = await db.select({ id: people.id }).from(people).limit(1);
    const [foreign] = await db
      .insert(tutoringProjects)
      .values({
        ...projectBody({ unitId: unit('DMMM'), title: 'Progetto DMMM' }),
        responsibleId: someone?.id ?? '',
      })
      .returning({ id: tutoringProjects.id });
    const supervisor = new TestClient(t.app);
    await supervisor.login('referente');
    const draft = (
      await supervisor.post('/api/projects', projectBody({ title: 'Bozza da filtrare' }))
    ).json();

    const drafts = (await supervisor.get('/api/projects?status=draft')).json().items as Project[];
    expect(drafts.map((p) => p.title)).toContain('Bozza da filtrare');
    expect(drafts.every((p) => p.status === 'draft')).toBe(true);
    const submitted = (await supervisor.get('/api/projects?status=submitted')).json().items as Project[];
    expect(submitted.length).toBeGreaterThan(0);
    expect(submitted.map((p) => p.id)).not.toContain(draft.id);
    expect((await supervisor.get('/api/projects?status=nonsense')).statusCode).toBe(400);
    expect((await supervisor.get(`/api/projects/${foreign?.id}`)).statusCode).toBe(404);
    const all = (await supervisor.get('/api/projects')).json().items as Project[];
    expect(all.map((p) => p.id)).not.toContain(foreign?.id);

    const commission = new TestClient(t.app);
    await commission.login('commissione-ateneo');
    expect((await commission.get(`/api/projects/${foreign?.id}`)).json().title).toBe('Progetto DMMM');
    const sheet = await commission.get('/api/projects/export.xlsx?status=draft');
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]?.getSheetValues().slice(2) as unknown[][];
    const titles = rows.map((r) => r[1]);
    expect(titles).toEqual(expect.arrayContaining(['Progetto DMMM', 'Bozza da filtrare']));
    expect(rows.every((r) => r[4] === 'Bozza')).toBe(true);
    expect((await supervisor.get('/api/projects/export.xlsx')).statusCode).toBe(200);
    const student = new TestClient(t.app);
    await student.login('studente');
    expect((await student.get('/api/projects/export.xlsx')).statusCode).toBe(403);
  });
});
