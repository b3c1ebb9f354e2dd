import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { POLIBA } from '../../../profiles/poliba.ts';
import {
  applicationPositions,
  applicationScores,
  applications,
  auditLog,
  people,
} from '../../db/schema/index.ts';
import { romeCell } from '../../http/xlsx.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

const sheetOf = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
};

describe.each(testBackends())("the office's ranking as XLSX on %s", (backend) => {
  let t: TestApp;
  let office: TestClient;
  let rankingId = '';
  const rubric = POLIBA.profile.rubrics.map((r) => r.value).find((r) => r.candidateKinds.includes('master'));
  const candidates: Array<{ username: string; familyName: string; protocolNumber: string }> = [];

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    const call = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
    // 31,50 for Rossini, 18,25 for Verdi; a third with one committee criterion unscored (awaiting scores).
    const totals: Array<[string, number | null]> = [
      ['Rossini', 3150],
      ['Verdi', 1825],
      ['Bellini', null],
    ];
    for (const [n, [familyName, total]] of totals.entries()) {
      const username = `export.${familyName.toLowerCase()}`;
      const personId = await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' });
      await db.update(people).set({ familyName }).where(eq(people.id, personId));
      const protocolNumber = `2026/${String(700 + n).padStart(6, '0')}`;
      const [application] = await db
        .insert(applications)
        .values({
          callId: call.callId,
          studentId: personId,
          status: 'confirmed',
          declaredTitles: {},
          protocolNumber,
          confirmedAt: romeToUtc('2026-03-01', '10:00:00'),
        })
        .returning({ id: applications.id });
      if (!application) throw new Error('no application');
      await db
        .insert(applicationPositions)
        .values({ applicationId: application.id, positionId: call.positionIds[0] as string, preference: 1 });
      let left = total ?? 500;
      const criteria = rubric?.criteria ?? [];
      for (const criterion of total === null ? criteria.slice(0, 1) : criteria) {
        const points = Math.min(left, criterion.maxPoints * 100);
        left -= points;
        await db.insert(applicationScores).values({
          applicationId: application.id,
          criterionId: criterion.id,
          pointsHundredths: points,
          source: criterion.assessedBy,
          note: 'test',
          scoredAt: t.clock.now(),
        });
      }
      candidates.push({ username, familyName, protocolNumber });
    }
    t.clock.set(romeToUtc('2026-04-20', '10:00:00'));
    office = new TestClient(t.app, '10.9.0.1');
    expect((await office.login('ufficio')).statusCode).toBe(200);
    const computed = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    expect(computed.statusCode).toBe(200);
    rankingId = computed.json().items[0].id;
  });
  afterAll(async () => t?.close());

  it('gives the office every entry with names, the total as written and as a number, outcome and awaiting scores', async () => {
    const reply = await office.get(`/api/rankings/${rankingId}/export.xlsx`, { 'accept-language': 'it' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="graduatoria-${rankingId}.xlsx"`);
    const sheet = await sheetOf(reply.rawPayload);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('Posizione');
    expect(sheet.getRow(1).getCell(4).value).toBe('Cognome');
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(4).value])).toEqual([
      [1, candidates[0]?.protocolNumber, 'Rossini'],
      [2, candidates[1]?.protocolNumber, 'Verdi'],
      [null, candidates[2]?.protocolNumber, 'Bellini'],
    ]);
    expect(rows[0]?.getCell(6).value).toBe('31,50');
    expect(rows[0]?.getCell(7).value).toBe(31.5);
    expect(rows[0]?.getCell(8).value).toBe('Vincitore');
    // The candidate still awaiting a score is listed without a place and wins nothing yet.
    expect(rows[2]?.getCell(8).value).toBe('Idoneo');
    expect(rows[2]?.getCell(10).value).toBe('Sì');
    const view = (await office.get(`/api/rankings/${rankingId}`)).json();
    expect((rows[0]?.getCell(12).value as Date | undefined)?.toISOString()).toBe(
      romeCell(view.computedAt).toISOString(),
    );

    // The office's saved language is Italian, so the file is too (headers and outcomes follow the reader).
    await office.get(`/api/rankings/${rankingId}/export.xlsx`);
    const audits = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'data-export.downloaded'), eq(auditLog.entityId, rankingId)));
    expect(audits).toHaveLength(2);
  });

  it('is the office’s only: a candidate is refused, an unknown ranking is not found', async () => {
    const student = new TestClient(t.app, '10.9.0.2');
    expect((await student.login(candidates[0]?.username as string)).statusCode).toBe(200);
    expect((await student.get(`/api/rankings/${rankingId}/export.xlsx`)).statusCode).toBe(403);
    const anonymous = new TestClient(t.app, '10.9.0.3');
    expect((await anonymous.get(`/api/rankings/${rankingId}/export.xlsx`)).statusCode).toBe(401);
    const missing = await office.get('/api/rankings/00000000-0000-4000-8000-000000000000/export.xlsx');
    expect(missing.statusCode).toBe(404);
  });
});
