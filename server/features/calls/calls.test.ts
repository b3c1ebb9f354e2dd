import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallDetail, CallDraftBody } from '../../../api/calls.ts';
import { applications, calls, units } from '../../db/schema/index.ts';
import { DEMO_CALL_CODE } from '../../demo/call-poliba.ts';
import { demoPersonByUsername } from '../../demo/seed.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())('calls on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let unitIds: Map<string, string>;
  beforeAll(async () => {
    // The test clock stands at 2026-02-20 10:00 UTC; the demo call opened a week before and closes on 13 March.
    t = await startTestApp(backend);
    office = new TestClient(t.app);
    await office.login('ufficio');
    const rows = await t.ctx.database.db.select({ id: units.id, code: units.code }).from(units);
    unitIds = new Map(rows.map((row) => [row.code, row.id]));
  });
  afterAll(async () => t?.close());

  const unit = (code: string) => unitIds.get(code) ?? '';
  const position = (overrides: Partial<CallDraftBody['positions'][number]> = {}) => ({
    activityType: 'Tutorato informativo',
    activityKind: 'tutoring' as const,
    unitId: unit('DEI'),
    grants: 2,
    hoursPerGrant: 200,
    amountPerGrantCents: 300_000,
    admittedProgrammeTypes: ['LM' as const],
    ...overrides,
  });
  const draftBody = (overrides: Partial<CallDraftBody> = {}): CallDraftBody => ({
    code: `TEST-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Bando di prova',
    academicYear: 2025,
    legalReferences: 'L. 170/2003',
    fundingAssignmentId: null,
    opensAt: { date: '2026-03-02', time: '09:00' },
    // After the change to summer time on 29 March: 12:00 in Rome is 10:00 UTC.
    closesAt: { date: '2026-03-31', time: '12:00' },
    requiredAttachments: [],
    articles: [{ title: 'Art. 1', body: 'Attività di tutorato.' }],
    positions: [position()],
    ...overrides,
  });
  const callCount = async () => {
    const [row] = await t.ctx.database.db.select({ n: count() }).from(calls);
    return Number(row?.n ?? 0);
  };

  it('lists the demo Bari call publicly, without login: 10 grants in 7 positions, open now', async () => {
    const anonymous = new TestClient(t.app);
    const reply = await anonymous.get('/api/public/calls');
    expect(reply.statusCode).toBe(200);
    const [call] = reply.json().items as CallDetail[];
    expect(call?.code).toBe(DEMO_CALL_CODE);
    expect(call?.open).toBe(true);
    expect(call?.grants).toBe(10);
    expect(call?.positions).toHaveLength(7);
    expect(call?.totalCents).toBe(3_075_000);
    expect(call?.closesAt).toBe('2026-03-13T11:00:00.000Z');
    expect(call?.rules.maxPositionsPerCandidate).toBe(2);
    expect(call?.rules.rubrics.map((r) => r.totalPoints)).toEqual([50, 50, 50]);
    expect(call && 'fundingAssignmentId' in call).toBe(false);
  });

  it('serves the call as a PDF without login, with positions, amounts in EUR and the 12:00 closing', async () => {
    const anonymous = new TestClient(t.app);
    const [call] = (await anonymous.get('/api/public/calls')).json().items as CallDetail[];
    const reply = await anonymous.get(`/api/public/calls/${call?.id}/pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('application/pdf');
    const text = pdfText(reply.rawPayload);
    expect(text).toContain('Politecnico di Bari');
    expect(text).toContain('Tutorato trasversale');
    expect(text).toContain('Ufficio Campus Life');
    expect(text).toContain('3.750,00');
    expect(text).toContain('13/03/2026 ore 12:00');
    expect(text).toContain('Voto di laurea triennale');
    expect(text).toContain('Dottorato di Ricerca');
  });

  it('drafts, edits and publishes a call, copying the profile rules, storing the window in UTC, with audit', async () => {
    const created = await office.post('/api/calls', draftBody({ code: 'TEST-PUB' }));
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as CallDetail;
    expect(draft.status).toBe('draft');
    expect(draft.closesAt).toBe('2026-03-31T10:00:00.000Z');
    expect(draft.opensAt).toBe('2026-03-02T08:00:00.000Z');
    expect(draft.activitiesEndDate).toBe('2026-12-31');
    expect(draft.rules.eligibility.maxYearsBeyond).toBe(1);
    expect(draft.profileCode).toBe('poliba');
    // A draft is not public.
    expect((await new TestClient(t.app).get(`/api/public/calls/${draft.id}`)).statusCode).toBe(404);

    const edited = await office.request({
      method: 'PUT',
      url: `/api/calls/${draft.id}`,
      payload: { ...draftBody({ code: 'TEST-PUB', title: 'Bando di prova, rivisto' }) },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().title).toBe('Bando di prova, rivisto');

    const published = await office.post(`/api/calls/${draft.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    const audit = (await office.get(`/api/audit?event=call.published&entityId=${draft.id}`)).json().items;
    expect(audit).toHaveLength(1);
    // Published, it no longer changes by edit.
    const again = await office.request({
      method: 'PUT',
      url: `/api/calls/${draft.id}`,
      payload: draftBody({ code: 'TEST-PUB' }),
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses an amount above the profile cap and inconsistent hours, naming the fields, saving nothing', async () => {
    const before = await callCount();
    const reply = await office.post(
      '/api/calls',
      draftBody({
        positions: [
          position(),
          position({ hoursPerGrant: 180 }),
          position({ hoursPerGrant: 300, amountPerGrantCents: 450_000 }),
        ],
      }),
    );
    expect(reply.statusCode).toBe(400);
    const issues = reply.json().issues as Array<{ field: string; code: string; message: string }>;
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining([
        'positions.1.amountPerGrantCents:hourly-rate-inconsistent',
        'positions.2.amountPerGrantCents:amount-above-cap',
      ]),
    );
    expect(issues.find((i) => i.code === 'amount-above-cap')?.message).toContain('4.000,00');
    expect(await callCount()).toBe(before);
  });

  it('refuses positions that exceed what the funding has left (the demo call already commits EUR 30,750)', async () => {
    const funding = (await office.get('/api/funding')).json().items as Array<{
      id: string;
      remainingCents: number;
    }>;
    const demo = funding.find((f) => f.remainingCents === 2_857_800);
    const reply = await office.post(
      '/api/calls',
      draftBody({ fundingAssignmentId: demo?.id ?? null, positions: [position({ grants: 10 })] }),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues).toEqual([
      expect.objectContaining({ field: 'positions', code: 'above-funding' }),
    ]);
    expect(reply.json().issues[0].message).toContain('28.578,00');
  });

  it('refuses to publish a call whose window has closed, in English for an English request', async () => {
    const created = await office.post(
      '/api/calls',
      draftBody({
        opensAt: { date: '2026-02-01', time: '09:00' },
        closesAt: { date: '2026-02-10', time: '12:00' },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const reply = await office.request({
      method: 'POST',
      url: `/api/calls/${id}/publish`,
      payload: {},
      headers: { 'accept-language': 'en' },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues).toEqual([
      expect.objectContaining({ field: 'closesAt', code: 'closes-in-past' }),
    ]);
    const [row] = await t.ctx.database.db
      .select({ status: calls.status })
      .from(calls)
      .where(eq(calls.id, id));
    expect(row?.status).toBe('draft');
  });

  it('amends a published call with a record; refuses a harmful amendment once an application is confirmed', async () => {
    const created = (await office.post('/api/calls', draftBody({ code: 'TEST-AMEND' }))).json() as CallDetail;
    await office.post(`/api/calls/${created.id}/publish`, {});

    const longer = await office.post(`/api/calls/${created.id}/amendments`, {
      reason: 'Proroga dei termini',
      changes: { closesAt: { date: '2026-04-07', time: '12:00' } },
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json().version).toBe(2);
    expect(longer.json().amendments).toEqual([
      expect.objectContaining({
        version: 2,
        fields: ['closesAt'],
        harmful: false,
        reason: 'Proroga dei termini',
      }),
    ]);

    const student = await demoPersonByUsername(t.ctx.database.db, 'studente');
    await t.ctx.database.db
      .insert(applications)
      .values({ callId: created.id, studentId: student ?? '', status: 'confirmed', declaredTitles: {} });

    const shorter = await office.post(`/api/calls/${created.id}/amendments`, {
      reason: 'Anticipo della scadenza',
      changes: { closesAt: { date: '2026-03-20', time: '12:00' } },
    });
    expect(shorter.statusCode).toBe(409);
    expect(shorter.json().title).toContain('domande confermate');
    const after = (await office.get(`/api/calls/${created.id}`)).json() as CallDetail;
    expect(after.closesAt).toBe('2026-04-07T10:00:00.000Z');
    expect(after.version).toBe(2);

    const audit = (await office.get(`/api/audit?event=call.amended&entityId=${created.id}`)).json().items;
    expect(audit).toHaveLength(1);
  });

  it('exports the calls as XLSX for the office', async () => {
    const reply = await office.get('/api/calls/export.xlsx');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
  });

  it('refuses a student drafting a call (403) and asks for login on the office list (401)', async () => {
    const student = new TestClient(t.app);
    await student.login('studente');
    const before = await callCount();
    expect((await student.post('/api/calls', draftBody())).statusCode).toBe(403);
    expect(await callCount()).toBe(before);
    expect((await new TestClient(t.app).get('/api/calls')).statusCode).toBe(401);
  });
});
