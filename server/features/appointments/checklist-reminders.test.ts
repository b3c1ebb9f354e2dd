import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { auditLog, jobs, outboundEmails } from '../../db/schema/index.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { CHECKLIST_REMINDER_JOB_KIND } from './reminders.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/**
 * The reminders of the checklist, as durable jobs on the test clock: at Ca' Foscari the office is reminded of the
 * regional communication (seed 003: by the 20th of the month after the protocol date) three working days before
 * and the day after; at Bari the tutor of the INPS registration (within 30 days of the start, seed 004 art. 10).
 * Each reminder goes out once, however often its job runs.
 */
describe.each(testBackends())('checklist reminders on %s', (backend) => {
  let t: TestApp;
  let venice: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let bari: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let supervisorId = '';
  let veniceId = '';
  let bariId = '';
  let logins = 0;

  const as = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.40.0.${logins + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const reminded = async (id: string) =>
    (
      await t.ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.event, 'appointment.checklist-reminded'), eq(auditLog.entityId, id)))
    ).map(
      (a) => a.data as { item: string; stage: string; dueDate: string; recipient: string; emails: number },
    );
  const emails = async (subjectPart: string) =>
    (await t.ctx.database.db.select().from(outboundEmails)).filter((e) => e.subject.includes(subjectPart));
  const at = async (date: string, time: string) => {
    t.clock.set(romeToUtc(date, time));
    await runDueJobs(t.ctx, jobHandlers);
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    venice = await insertAcceptedOffer(db, {
      preset: 'unive',
      prefix: 'ven',
      hours: 40,
      amountCents: 60_000,
    });
    bari = await insertAcceptedOffer(db, { preset: 'poliba', prefix: 'bar', hours: 40, amountCents: 60_000 });
    supervisorId = (await demoSupervisor(db)).id;
    const office = await as('ufficio');
    const made = await office.post(`/api/offers/${venice.offerId}/appointment`, {
      supervisorId,
      terms: { startDate: '2026-04-01', endDate: '2026-06-30' },
    });
    expect(made.statusCode).toBe(201);
    veniceId = made.json().id;
    const other = await office.post(`/api/offers/${bari.offerId}/appointment`, {
      supervisorId,
      terms: { startDate: '2026-03-02', endDate: '2026-06-30' },
    });
    expect(other.statusCode).toBe(201);
    bariId = other.json().id;
  });
  afterAll(async () => t?.close());

  it("Ca' Foscari: signing plans the office's reminders of the regional communication, due by the 20th of the next month", async () => {
    const office = await as('ufficio');
    const signed = await office.post(`/api/appointments/${veniceId}/sign`, {
      protocolNumber: 'VE-2026/123',
      protocolDate: '2026-02-19',
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().checklist.at(-1)).toMatchObject({
      item: 'regional-communication',
      owner: 'office',
      dueDate: '2026-03-20',
      status: 'pending',
    });
    const planned = (await t.ctx.database.db.select().from(jobs))
      .filter((j) => j.kind === CHECKLIST_REMINDER_JOB_KIND && j.payload.appointmentId === veniceId)
      .filter((j) => j.payload.item === 'regional-communication')
      .map((j) => [j.payload.stage, j.runAt.toISOString()]);
    // 3 working days before Friday 20 March: Tuesday 17, at 09:00 Rome (08:00 UTC); overdue on Saturday 21.
    expect(planned.sort()).toEqual([
      ['overdue', '2026-03-21T08:00:00.000Z'],
      ['upcoming', '2026-03-17T08:00:00.000Z'],
    ]);
  });

  it('the office is reminded on its day, once, even when the job runs again or twice', async () => {
    await at('2026-03-17', '08:59:59');
    expect((await reminded(veniceId)).filter((r) => r.item === 'regional-communication')).toEqual([]);
    await at('2026-03-17', '09:00:00');
    const sent = (await reminded(veniceId)).filter((r) => r.item === 'regional-communication');
    expect(sent).toEqual([
      {
        item: 'regional-communication',
        stage: 'upcoming',
        dueDate: '2026-03-20',
        recipient: 'office',
        emails: expect.any(Number),
      },
    ]);
    expect(sent[0]?.emails).toBeGreaterThan(0);
    const mails = await emails('comunicazione obbligatoria di avvio alla Regione');
    expect(mails).toHaveLength(sent[0]?.emails ?? -1);
    expect(mails[0]?.textBody).toContain('Giulia Rossi-ven');
    expect(mails[0]?.textBody).toContain('venerdì 20 marzo 2026');
    // The same job once more (a second instance, a retry): nothing new.
    await enqueueJob(
      t.ctx.database.db,
      CHECKLIST_REMINDER_JOB_KIND,
      { appointmentId: veniceId, item: 'regional-communication', stage: 'upcoming' },
      t.clock.now(),
    );
    await runDueJobs(t.ctx, jobHandlers);
    expect((await reminded(veniceId)).filter((r) => r.item === 'regional-communication')).toHaveLength(1);
    expect(await emails('comunicazione obbligatoria di avvio alla Regione')).toHaveLength(mails.length);
  });

  it('overdue the day after the 20th: reminded again, and the list marks it; recorded with its protocol, it is done', async () => {
    await at('2026-03-21', '09:00:00');
    expect(
      (await reminded(veniceId)).filter((r) => r.item === 'regional-communication').map((r) => r.stage),
    ).toEqual(['upcoming', 'overdue']);
    expect(await emails('Scaduto')).not.toHaveLength(0);
    const office = await as('ufficio');
    const view = (await office.get(`/api/appointments/${veniceId}`)).json();
    expect(view.checklist.at(-1)).toMatchObject({ item: 'regional-communication', status: 'overdue' });
    const bare = await office.post(`/api/appointments/${veniceId}/checklist`, {
      item: 'regional-communication',
      on: '2026-03-21',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues).toEqual([
      expect.objectContaining({
        field: 'protocolNumber',
        message: 'Indica il numero di protocollo della comunicazione alla Regione.',
      }),
    ]);
    const done = await office.post(`/api/appointments/${veniceId}/checklist`, {
      item: 'regional-communication',
      on: '2026-03-21',
      protocolNumber: 'CO-VENETO 88123',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().checklist.at(-1)).toMatchObject({
      status: 'done',
      completedOn: '2026-03-21',
      protocolNumber: 'CO-VENETO 88123',
    });
    const [audit] = (
      await t.ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.event, 'appointment.checklist-completed'), eq(auditLog.entityId, veniceId)))
    ).map((a) => a.data);
    expect(audit).toMatchObject({
      item: 'regional-communication',
      on: '2026-03-21',
      protocolNumber: 'CO-VENETO 88123',
      by: 'office',
    });
  });

  it('Bari: the tutor is reminded of the INPS registration 3 working days before the 30th day after the start, in their language', async () => {
    // Start 2 March: due 1 April; reminded Friday 27 March. The job was planned when the appointment was made.
    const inps = async () => (await reminded(bariId)).filter((r) => r.item === 'inps-registration');
    expect(await inps()).toEqual([]);
    await at('2026-03-26', '12:00:00');
    expect(await inps()).toEqual([]);
    await at('2026-03-27', '09:00:00');
    expect(await inps()).toEqual([
      { item: 'inps-registration', stage: 'upcoming', dueDate: '2026-04-01', recipient: 'tutor', emails: 1 },
    ]);
    const [mail] = (await t.ctx.database.db.select().from(outboundEmails)).filter(
      (e) => e.recipientId === bari.studentId,
    );
    expect(mail?.subject).toContain(
      "Promemoria: l'iscrizione alla Gestione Separata INPS entro mercoledì 1 aprile 2026",
    );
    expect(mail?.textBody).toContain('/incarichi');
    await runDueJobs(t.ctx, jobHandlers);
    expect(await inps()).toHaveLength(1);
  });

  it("graduation follows the profile: refused as a forfeiture at Ca' Foscari, where the tutor may finish; at Bari the office records it and the hours go back", async () => {
    const office = await as('ufficio');
    const venetian = await office.post(`/api/appointments/${veniceId}/end`, {
      kind: 'graduation',
      date: '2026-03-27',
      hoursDone: 0,
      note: 'Laurea',
    });
    expect(venetian.statusCode).toBe(409);
    expect(venetian.json().title).toContain('il regolamento consente al tutor che si laurea di completare');
    expect((await office.get(`/api/appointments/${veniceId}`)).json().status).toBe('signed');
    // Bari lets the university keep a graduate with at most 50 hours left (seed 004 art. 9): here 40, the office
    // decides, and it records the forfeiture.
    const barese = await office.post(`/api/appointments/${bariId}/end`, {
      kind: 'graduation',
      date: '2026-03-27',
      hoursDone: 0,
      note: 'Laurea il 26 marzo',
    });
    expect(barese.statusCode).toBe(200);
    expect(barese.json().ending).toMatchObject({ kind: 'graduation', hoursReturned: 40 });
    // Ended, what was left undone is "not done", no longer overdue (the safety training was due at the start, 2
    // March): nobody can do it now. Every view agrees: the appointment, the register and its XLSX.
    const statuses = (list: Array<{ item: string; status: string }>) =>
      Object.fromEntries(list.map((e) => [e.item, e.status]));
    const notDone = {
      'inps-registration': 'not-done',
      'code-of-ethics': 'not-done',
      'safety-training': 'not-done',
    };
    expect(statuses(barese.json().checklist)).toEqual(notDone);
    const [listed] = (await office.get(`/api/appointments?callId=${bari.callId}`)).json().items;
    expect(statuses(listed.checklist)).toEqual(notDone);
    const file = await office.get(`/api/appointments/export.xlsx?callId=${bari.callId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Dati tutor');
    if (!sheet) throw new Error('no Dati tutor sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[header.indexOf('Formazione sicurezza')]).toBe('non svolto');
    expect(row[header.indexOf('Iscrizione Gestione Separata INPS')]).toBe('non svolto');
  });

  it('a start moved by the office moves the INPS reminder: the old job waits for the new day (2 June, a holiday, skipped) and it goes out once', async () => {
    const db = t.ctx.database.db;
    const moved = await insertAcceptedOffer(db, {
      preset: 'poliba',
      prefix: 'mov',
      hours: 40,
      amountCents: 60_000,
    });
    const office = await as('ufficio');
    const made = await office.post(`/api/offers/${moved.offerId}/appointment`, {
      supervisorId,
      terms: { startDate: '2026-04-01', endDate: '2026-06-30' },
    });
    expect(made.statusCode).toBe(201);
    const id = made.json().id;
    // Start 1 April: due 1 May, reminded Tuesday 28 April. The office corrects the start to 4 May before signing:
    // due Wednesday 3 June; back from it 2 June (Festa della Repubblica) does not count: 1 June, 29 and 28 May.
    const amended = await office.post(`/api/appointments/${id}/amend`, {
      terms: { ...made.json().terms, startDate: '2026-05-04' },
      reason: '',
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json().checklist[0]).toMatchObject({ item: 'inps-registration', dueDate: '2026-06-03' });
    await at('2026-04-28', '09:00:00');
    expect(await reminded(id)).toEqual([]);
    await at('2026-05-27', '12:00:00');
    expect(await reminded(id)).toEqual([]);
    await at('2026-05-28', '09:00:00');
    expect(await reminded(id)).toEqual([
      { item: 'inps-registration', stage: 'upcoming', dueDate: '2026-06-03', recipient: 'tutor', emails: 1 },
    ]);
    const pending = (await db.select().from(jobs)).filter(
      (j) =>
        j.kind === CHECKLIST_REMINDER_JOB_KIND && j.payload.appointmentId === id && j.status === 'pending',
    );
    expect(pending).toEqual([]);
  });
});
