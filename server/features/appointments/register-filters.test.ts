import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../../api/appointments.ts';
import { appointments, calls, people, students, units } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/**
 * The tutors' register with the filters an office of hundreds of tutors needs (issue 5): call, unit, academic year,
 * status and a search on name, student number or fiscal code that ignores case and accents; the XLSX export takes
 * the same filters and holds only the rows they select.
 */
describe.each(testBackends())("the tutors' register filters on %s", (backend) => {
  let t: TestApp;
  let office: TestClient;
  /** Nicolò Abbrescia: call A, unit 1, 2025/26, letter generated. */
  let nicolo: { id: string; callId: string; studentNumber: string };
  /** Giulia Rossi: call B, unit 2, 2025/26, letter signed. */
  let giulia: { id: string; callId: string };
  /** Carla Dell'Olio: call C, unit 1, 2024/25, letter generated. */
  let carla: { id: string; callId: string };
  let unit1 = '';
  let unit2 = '';

  const ids = (items: Appointment[]) => items.map((a) => a.id).sort();
  const mine = () => [nicolo.id, giulia.id, carla.id];
  const register = async (query: string) => {
    const reply = await office.get(`/api/appointments?${query}`);
    expect(reply.statusCode, reply.body).toBe(200);
    return reply.json().items as Appointment[];
  };
  /** The appointments of this test among those selected (the demo may hold others). */
  const selectedOfMine = async (query: string) =>
    ids((await register(query)).filter((a) => mine().includes(a.id)));
  const exportRows = async (query: string) => {
    const file = await office.get(`/api/appointments/export.xlsx?${query}`);
    expect(file.statusCode, file.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Dati tutor');
    if (!sheet) throw new Error('no Dati tutor sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows: Array<Record<string, unknown>> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [String(h), values[i]])));
    }
    return { rows, fileName: String(file.headers['content-disposition']) };
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    const unitRows = await db.select({ id: units.id }).from(units).limit(2);
    unit1 = unitRows[0]?.id ?? '';
    unit2 = unitRows[1]?.id ?? '';
    const supervisorId = (await demoSupervisor(db)).id;
    const login = new TestClient(t.app, '10.41.0.10');
    expect((await login.login('ufficio')).statusCode).toBe(200);
    office = login;
    const make = async (
      prefix: string,
      person: { givenName: string; familyName: string; fiscalCode: string },
      unitId: string,
      academicYear = 2025,
    ) => {
      const offer = await insertAcceptedOffer(db, { preset: 'poliba', prefix });
      await db.update(people).set(person).where(eq(people.id, offer.studentId));
      await db.update(calls).set({ academicYear }).where(eq(calls.id, offer.callId));
      const made = await office.post(`/api/offers/${offer.offerId}/appointment`, { supervisorId, unitId });
      expect(made.statusCode, made.body).toBe(201);
      const [student] = await db.select().from(students).where(eq(students.personId, offer.studentId));
      return {
        id: made.json().id as string,
        callId: offer.callId,
        studentNumber: student?.studentNumber ?? '',
      };
    };
    nicolo = await make(
      'nic',
      { givenName: 'Nicolò', familyName: 'Abbrescia', fiscalCode: 'BBRNCL01A01A662X' },
      unit1,
    );
    giulia = await make(
      'giu',
      { givenName: 'Giulia', familyName: 'Rossi', fiscalCode: 'RSSGLI01A41A662Y' },
      unit2,
    );
    carla = await make(
      'car',
      { givenName: 'Carla', familyName: "Dell'Olio", fiscalCode: 'DLLCRL00A41A662Z' },
      unit1,
      2024,
    );
    const signed = await office.post(`/api/appointments/${giulia.id}/sign`, {
      protocolNumber: '2026/00991',
      protocolDate: '2026-02-19',
    });
    expect(signed.statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('filters by call', async () => {
    expect(ids(await register(`callId=${nicolo.callId}`))).toEqual([nicolo.id]);
    expect(ids(await register(`callId=${giulia.callId}`))).toEqual([giulia.id]);
  });

  it('filters by unit', async () => {
    const inUnit1 = await register(`unitId=${unit1}`);
    expect(inUnit1.every((a) => a.unitId === unit1)).toBe(true);
    expect(await selectedOfMine(`unitId=${unit1}`)).toEqual([nicolo.id, carla.id].sort());
    expect(await selectedOfMine(`unitId=${unit2}`)).toEqual([giulia.id]);
  });

  it('filters by academic year, as the register writes it', async () => {
    const older = await register('academicYear=2024/25');
    expect(older.every((a) => a.academicYear === '2024/25')).toBe(true);
    expect(await selectedOfMine('academicYear=2024/25')).toEqual([carla.id]);
    expect(await selectedOfMine(`academicYear=${encodeURIComponent('2025/26')}`)).toEqual(
      [nicolo.id, giulia.id].sort(),
    );
    expect((await office.get('/api/appointments?academicYear=2025')).statusCode).toBe(400);
  });

  it('filters by status, and the filters add up', async () => {
    const signed = await register('status=signed');
    expect(signed.every((a) => a.status === 'signed')).toBe(true);
    expect(await selectedOfMine('status=signed')).toEqual([giulia.id]);
    expect(await selectedOfMine('status=generated')).toEqual([nicolo.id, carla.id].sort());
    expect(await register(`callId=${nicolo.callId}&status=signed`)).toEqual([]);
    expect(ids(await register(`unitId=${unit1}&academicYear=2024/25&status=generated`))).toEqual([carla.id]);
  });

  it('searches names without minding case or accents', async () => {
    for (const q of ['nicolo', 'NICOLÒ', 'Nicolò', 'abbresc', 'nicolo abbrescia', 'Abbrescia  Nicolo'])
      expect(ids(await register(`q=${encodeURIComponent(q)}`)), q).toEqual([nicolo.id]);
    expect(ids(await register(`q=${encodeURIComponent("dell'olio")}`))).toEqual([carla.id]);
    // Every word must match: a name of one tutor and a name of another select nobody.
    expect(await register('q=nicolo%20rossi')).toEqual([]);
  });

  it('searches the student number and the fiscal code', async () => {
    expect(ids(await register(`q=${encodeURIComponent(nicolo.studentNumber.toLowerCase())}`))).toEqual([
      nicolo.id,
    ]);
    expect(ids(await register('q=rssgli01a41'))).toEqual([giulia.id]);
    expect(ids(await register('q=DLLCRL00A41A662Z'))).toEqual([carla.id]);
  });

  it('reads the search as text: wildcards and quotes match themselves, nothing reaches the SQL', async () => {
    expect(await register('q=%25')).toEqual([]);
    expect(await register('q=_')).toEqual([]);
    const injected = await register(`q=${encodeURIComponent("x' or '1'='1")}`);
    expect(injected).toEqual([]);
    expect(await register(`q=${encodeURIComponent("'); delete from appointments; --")}`)).toEqual([]);
    const rows = await t.ctx.database.db.select({ id: appointments.id }).from(appointments);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('exports only the rows the filters select, and the file name says which filter', async () => {
    const searched = await exportRows(`q=nicolo`);
    expect(searched.rows.map((r) => r['Cognome e nome'])).toEqual(['Nicolò Abbrescia']);
    expect(searched.fileName).toContain('filename="dati-tutor-ricerca.xlsx"');

    const byCall = await exportRows(`callId=${giulia.callId}`);
    expect(byCall.rows.map((r) => r['Codice fiscale'])).toEqual(['RSSGLI01A41A662Y']);
    const code = (await register(`callId=${giulia.callId}`))[0]?.callCode ?? '';
    expect(byCall.fileName).toContain(`dati-tutor-${code.replace(/[^A-Za-z0-9]+/g, '-')}`);

    const combined = await exportRows(`unitId=${unit1}&academicYear=2024/25&status=generated`);
    expect(combined.rows.map((r) => r['Cognome e nome'])).toEqual(["Carla Dell'Olio"]);
    expect(combined.rows[0]?.['Anno accademico']).toBe('2024/25');
    expect(combined.fileName).toMatch(/2024-25-generated\.xlsx"$/);

    const none = await exportRows(`callId=${nicolo.callId}&status=ended`);
    expect(none.rows).toEqual([]);
    expect((await office.get('/api/appointments/export.xlsx?status=nonsense')).statusCode).toBe(400);
  });

  it('the register and its export are the office’s only', async () => {
    const tutor = new TestClient(t.app, '10.41.0.11');
    expect((await tutor.login('nic.tutor')).statusCode).toBe(200);
    expect((await tutor.get('/api/appointments?q=nicolo')).statusCode).toBe(403);
    expect((await tutor.get('/api/appointments/export.xlsx?q=nicolo')).statusCode).toBe(403);
  });
});
