import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import {
  applications,
  auditLog,
  callPositions,
  calls,
  specialCategoryData,
  units,
} from '../../db/schema/index.ts';
import { demoIdentityPdf } from '../../demo/applications.ts';
import { DEMO_CALL_CODE } from '../../demo/call-poliba.ts';
import { demoPersonByUsername } from '../../demo/seed.ts';
import { romeCell } from '../../http/xlsx.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';

describe.each(testBackends())("the office's view of a call's applications on %s", (backend) => {
  let t: TestApp;
  let office: TestClient;
  let call: { callId: string; positionIds: string[] };
  let otherUnitId: string;
  const people: Record<string, { client: TestClient; personId: string; username: string }> = {};
  const base = () => `/api/calls/${call.callId}/applications`;
  const p = (index: number) => call.positionIds[index] as string;

  const student = async (name: string, ip: string) => {
    const username = `${name}.office-test`;
    const personId = await insertStudent(t.ctx.database.db, {
      username,
      academicYear: 2025,
      programmeType: 'LM',
    });
    const client = new TestClient(t.app, ip);
    expect((await client.login(username)).statusCode).toBe(200);
    people[name] = { client, personId, username };
    return client;
  };
  const draft = async (client: TestClient, positionIds: string[]) => {
    const created = await client.post('/api/applications', { callId: call.callId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const saved = await client.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: {
        positionIds,
        declaredTitles: { collaborations: ['Tutor informativo 2024'] },
        contactEmail: null,
      },
    });
    expect(saved.statusCode).toBe(200);
    return id;
  };
  const confirm = async (client: TestClient, id: string) => {
    const response = await client.post(`/api/applications/${id}/confirm`, undefined, {
      'idempotency-key': `key-${id}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { protocolNumber: string; confirmedAt: string };
  };
  const summary = async () => {
    const response = await office.get(`${base()}/summary`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const list = async (query = '') => {
    const response = await office.get(`${base()}${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const at = async (date: string, time: string) => {
    t.clock.set(romeToUtc(date, time));
    // Sessions idle out when the clock jumps ahead: everyone signs in again.
    for (const { client, username } of Object.values(people)) await client.login(username);
    await office.login('ufficio');
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    t.clock.set(romeToUtc('2026-02-20', '10:00:00'));
    call = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM'], ['LM'], ['LM']],
    });
    const [position] = await db
      .select()
      .from(callPositions)
      .where(eq(callPositions.id, p(0)));
    const [other] = await db
      .select({ id: units.id })
      .from(units)
      .where(ne(units.id, position?.unitId as string))
      .limit(1);
    otherUnitId = other?.id as string;
    await db
      .update(callPositions)
      .set({ unitId: otherUnitId })
      .where(eq(callPositions.id, p(2)));
    office = new TestClient(t.app, '10.8.0.1');
    await student('anna', '10.8.0.2');
    await student('bruno', '10.8.0.3');
    await student('carla', '10.8.0.4');
    await at('2026-02-20', '10:00:00');
  });
  afterAll(async () => t?.close());

  it('counts live: a draft only as a number, then confirmations per position, unit and Rome day, then a withdrawal', async () => {
    const empty = await summary();
    expect(empty.counts).toEqual({ draft: 0, confirmed: 0, withdrawn: 0 });
    expect(empty.positions.map((row: { grants: number }) => row.grants)).toEqual([2, 2, 2]);
    expect(empty.asOf).toBe(romeToUtc('2026-02-20', '10:00:00').toISOString());

    const anna = people.anna?.client as TestClient;
    const annaId = await draft(anna, [p(1), p(0)]);
    expect((await summary()).counts).toEqual({ draft: 1, confirmed: 0, withdrawn: 0 });
    expect((await list()).total).toBe(0); // a draft is the student's own
    expect((await office.get(`${base()}/${annaId}`)).statusCode).toBe(404);

    await confirm(anna, annaId);
    await at('2026-02-21', '23:30:00'); // 21 February in Rome, 22:30 UTC
    const bruno = people.bruno?.client as TestClient;
    await confirm(bruno, await draft(bruno, [p(2)]));

    const live = await summary();
    expect(live.counts).toEqual({ draft: 0, confirmed: 2, withdrawn: 0 });
    expect(
      live.positions.map((row: { confirmed: number; firstChoice: number }) => [
        row.confirmed,
        row.firstChoice,
      ]),
    ).toEqual([
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
    const byUnit = Object.fromEntries(
      live.units.map((u: { unitId: string; confirmed: number; grants: number }) => [
        u.unitId,
        [u.confirmed, u.grants],
      ]),
    );
    expect(byUnit[otherUnitId]).toEqual([1, 2]);
    expect(Object.values(byUnit)).toContainEqual([1, 4]);
    expect(live.perDay).toEqual([
      { date: '2026-02-20', confirmed: 1 },
      { date: '2026-02-21', confirmed: 1 },
    ]);

    await at('2026-02-22', '09:00:00');
    const withdrawn = await anna.post(`/api/applications/${annaId}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    const after = await summary();
    expect(after.counts).toEqual({ draft: 0, confirmed: 1, withdrawn: 1 });
    expect(after.positions.map((row: { confirmed: number }) => row.confirmed)).toEqual([0, 0, 1]);
    expect(after.perDay).toEqual([{ date: '2026-02-21', confirmed: 1 }]);
  });

  it('lists with filters: status, position, unit, name, student number and protocol; no special-category data', async () => {
    const db = t.ctx.database.db;
    // Even a student with disability data on record shows none of it in the office's list.
    await db
      .insert(specialCategoryData)
      .values({ personId: people.bruno?.personId as string, disability: true, dsa: true });
    const all = await list('?order=asc');
    expect(all.total).toBe(2);
    const [anna, bruno] = all.items;
    expect(anna).toMatchObject({
      status: 'withdrawn',
      familyName: 'anna.office-test',
      programmeType: 'LM',
      yearOfCourse: 1,
      attachmentCount: 0,
    });
    expect(anna.withdrawnAt).not.toBeNull();
    expect(
      anna.positions.map((x: { positionId: string; preference: number }) => [x.positionId, x.preference]),
    ).toEqual([
      [p(1), 1],
      [p(0), 2],
    ]);
    expect(bruno).toMatchObject({ status: 'confirmed', withdrawnAt: null });
    expect(bruno.protocolNumber).toMatch(/^2026\/\d{6}$/);
    expect(JSON.stringify(all)).not.toMatch(/disabilit|dsa/i);
    expect((await list()).items.map((row: { id: string }) => row.id)).toEqual([bruno.id, anna.id]);

    const ids = async (query: string) => (await list(query)).items.map((row: { id: string }) => row.id);
    expect(await ids('?status=confirmed')).toEqual([bruno.id]);
    expect(await ids('?status=withdrawn')).toEqual([anna.id]);
    expect(await ids(`?positionId=${p(0)}`)).toEqual([anna.id]);
    expect(await ids(`?unitId=${otherUnitId}`)).toEqual([bruno.id]);
    expect(await ids('?q=ANNA.office')).toEqual([anna.id]);
    expect(await ids(`?q=${encodeURIComponent(bruno.studentNumber)}`)).toEqual([bruno.id]);
    expect(await ids(`?q=${encodeURIComponent(bruno.protocolNumber)}`)).toEqual([bruno.id]);
    expect(await ids('?q=nobody')).toEqual([]);
    const paged = await list('?pageSize=1&page=2');
    expect([paged.total, paged.items.length]).toEqual([2, 1]);
    expect((await office.get(`${base()}?status=draft`)).statusCode).toBe(400);
  });

  it('exports the rows with the same filters as an XLSX file, times in Rome', async () => {
    const rows = (await list('?status=confirmed')).items;
    const response = await office.get(`${base()}/export.xlsx?status=confirmed`, { 'accept-language': 'it' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/filename="domande-.*\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(1 + rows.length);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Protocollo');
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe(rows[0].protocolNumber);
    expect((first?.getCell(2).value as Date | undefined)?.toISOString()).toBe(
      romeCell(rows[0].confirmedAt).toISOString(),
    );
    expect(first?.getCell(3).value).toBe('Confermata');
    expect(String(first?.getCell(10).value)).toContain('1. Tutorato 3');
    const everything = await office.get(`${base()}/export.xlsx`);
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(everything.rawPayload as unknown as ArrayBuffer);
    expect(all.worksheets[0]?.rowCount).toBe(3);
    const audits = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'data-export.downloaded'), eq(auditLog.entityId, call.callId)));
    expect(audits).toHaveLength(2);
  });

  it('opens one confirmed application read-only and downloads its attachment, audited', async () => {
    const carla = people.carla?.client as TestClient;
    const id = await draft(carla, [p(0)]);
    const pdf = demoIdentityPdf('Carla Prova');
    const body = multipartBody({ code: 'identity-document' }, [
      { name: 'scansione.png', content: pdf, type: 'image/png' },
    ]);
    const uploaded = await carla.request({
      method: 'POST',
      url: `/api/applications/${id}/attachments`,
      ...body,
    });
    expect(uploaded.statusCode).toBe(201);
    const { protocolNumber } = await confirm(carla, id);

    const view = await office.get(`${base()}/${id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      id,
      protocolNumber,
      status: 'confirmed',
      declaredTitles: { collaborations: ['Tutor informativo 2024'] },
      attachmentCount: 1,
      attachments: [{ code: 'identity-document', contentType: 'application/pdf', fileName: 'scansione.png' }],
    });
    expect(view.json().titleCriteria.map((c: { id: string }) => c.id)).toContain('collaborations');
    const attachmentId = view.json().attachments[0].id as string;

    const file = await office.get(`${base()}/${id}/attachments/${attachmentId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('attachment;');
    expect(Buffer.compare(file.rawPayload, pdf)).toBe(0);
    const viewed = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'attachment.viewed'), eq(auditLog.entityId, id)));
    expect(viewed).toHaveLength(1);
    expect(viewed[0]?.data).toMatchObject({ attachmentId });

    expect((await office.get(`${base()}/${id}/attachments/${randomUUID()}`)).statusCode).toBe(404);
    const [elsewhere] = await t.ctx.database.db
      .select({ id: calls.id })
      .from(calls)
      .where(eq(calls.code, DEMO_CALL_CODE));
    expect((await office.get(`/api/calls/${elsewhere?.id}/applications/${id}`)).statusCode).toBe(404);
  });

  it('refuses students and supervisors (403), the office on every student write (403), an unknown call (404)', async () => {
    const carla = people.carla?.client as TestClient;
    const supervisor = new TestClient(t.app, '10.8.0.9');
    expect((await supervisor.login('referente')).statusCode).toBe(200);
    for (const path of ['/summary', '', '/export.xlsx']) {
      expect((await carla.get(`${base()}${path}`)).statusCode).toBe(403);
      expect((await supervisor.get(`${base()}${path}`)).statusCode).toBe(403);
      expect((await office.get(`/api/calls/${randomUUID()}/applications${path}`)).statusCode).toBe(404);
    }
    const [row] = await t.ctx.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.studentId, people.carla?.personId as string));
    const id = row?.id as string;
    expect((await carla.get(`${base()}/${id}`)).statusCode).toBe(403);
    const writes = [
      office.request({
        method: 'PUT',
        url: `/api/applications/${id}`,
        payload: { positionIds: [], declaredTitles: {}, contactEmail: null },
      }),
      office.post(`/api/applications/${id}/confirm`, undefined, { 'idempotency-key': 'office-key-1' }),
      office.post(`/api/applications/${id}/withdraw`),
      office.request({
        method: 'POST',
        url: `/api/applications/${id}/attachments`,
        ...multipartBody({ code: 'x' }),
      }),
      office.request({ method: 'DELETE', url: `/api/applications/${id}/attachments/${randomUUID()}` }),
      office.get(`/api/applications/${id}`),
    ];
    for (const response of await Promise.all(writes)) expect(response.statusCode).toBe(403);
    const [still] = await t.ctx.database.db.select().from(applications).where(eq(applications.id, id));
    expect(still?.status).toBe('confirmed');
  });

  it('the demo Bari call carries confirmed applications with protocol numbers, none from a demo account', async () => {
    const db = t.ctx.database.db;
    const [demo] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_CALL_CODE));
    const stats = (await office.get(`/api/calls/${demo?.id}/applications/summary`)).json();
    expect(stats.counts.confirmed).toBeGreaterThan(5);
    expect(stats.counts.withdrawn).toBe(2);
    const page = (await office.get(`/api/calls/${demo?.id}/applications?pageSize=200`)).json();
    expect(page.total).toBe(stats.counts.confirmed + stats.counts.withdrawn);
    for (const row of page.items) {
      expect(row.protocolNumber).toMatch(/^2026\/\d{6}$/);
      expect(row.attachmentCount).toBe(1);
      expect(row.positions.length).toBeGreaterThanOrEqual(1);
      expect(row.positions.length).toBeLessThanOrEqual(2);
    }
    const demoStudent = await demoPersonByUsername(db, 'studente');
    expect(page.items.some((row: { studentId: string }) => row.studentId === demoStudent)).toBe(false);
    const perDay = stats.perDay.reduce((sum: number, d: { confirmed: number }) => sum + d.confirmed, 0);
    expect(perDay).toBe(stats.counts.confirmed);
  });
});
