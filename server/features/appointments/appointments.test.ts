import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { appointments, auditLog, calls, localAccounts, people, units } from '../../db/schema/index.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/** An appointment's life at Bari (seed 004 arts. 8-10: pauses of at most 30 days in all), from the accepted offer. */
describe.each(testBackends())('appointments on %s', (backend) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let other: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let supervisor: Awaited<ReturnType<typeof demoSupervisor>>;
  let unitName = '';
  let id = '';
  let logins = 0;

  const as = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.30.${Math.floor(logins / 200)}.${(logins % 200) + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const row = async () => {
    const [r] = await t.ctx.database.db.select().from(appointments).where(eq(appointments.id, id));
    if (!r) throw new Error('no appointment');
    return r;
  };
  const events = async (event: string) =>
    (
      await t.ctx.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.event, event as never))
    ).filter((e) => e.entityId === id);
  const terms = {
    startDate: '2026-03-02',
    endDate: '2026-06-30',
    items: [
      { kind: 'tutoring', hours: 40, costCents: 60_000 },
      { kind: 'supplementary-teaching', hours: 10, costCents: 15_000 },
    ],
    trainingHours: 4,
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    f = await insertAcceptedOffer(db, { preset: 'poliba', prefix: 'life', hours: 50, amountCents: 75_000 });
    other = await insertAcceptedOffer(db, { preset: 'poliba', prefix: 'else' });
    supervisor = await demoSupervisor(db);
    const [unit] = await db.select({ name: units.name }).from(units).limit(1);
    unitName = unit?.name ?? '';
  });
  afterAll(async () => t?.close());

  it('the office reads the defaults from the position and makes the appointment; the letter is generated', async () => {
    const office = await as('ufficio');
    const awaiting = await office.get('/api/appointments/awaiting');
    expect(awaiting.statusCode).toBe(200);
    expect(
      awaiting
        .json()
        .items.map((o: { offerId: string }) => o.offerId)
        .sort(),
    ).toEqual([f.offerId, other.offerId].sort());
    const defaults = await office.get(`/api/offers/${f.offerId}/appointment`);
    expect(defaults.statusCode).toBe(200);
    expect(defaults.json()).toMatchObject({
      appointmentId: null,
      terms: {
        endDate: '2026-12-31',
        items: [{ kind: 'tutoring', hours: 50, costCents: 75_000 }],
        trainingHours: 0,
      },
    });
    const noSupervisor = await office.post(`/api/offers/${f.offerId}/appointment`, { terms });
    // The call names no supervisor: the office must choose one, told at the field in Italian.
    expect(noSupervisor.statusCode).toBe(400);
    expect(noSupervisor.json().issues).toEqual([
      expect.objectContaining({
        field: 'supervisorId',
        message: "Scegli il docente referente dell'incarico.",
      }),
    ]);
    // A person without the supervisor role cannot be the docente referente: refused at the field, it and en.
    const [clerk] = await t.ctx.database.db
      .select({ id: people.id })
      .from(localAccounts)
      .innerJoin(people, eq(people.id, localAccounts.personId))
      .where(eq(localAccounts.username, 'ufficio'));
    const notSupervisor = await office.post(`/api/offers/${f.offerId}/appointment`, {
      supervisorId: clerk?.id,
      terms,
    });
    expect(notSupervisor.statusCode).toBe(400);
    expect(notSupervisor.json().issues).toEqual([
      expect.objectContaining({
        field: 'supervisorId',
        message: 'La persona scelta non ha il ruolo di docente referente: scegli un docente referente.',
      }),
    ]);
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'en' })
      .where(eq(people.id, clerk?.id ?? ''));
    const inEnglish = await office.post(`/api/offers/${f.offerId}/appointment`, {
      supervisorId: clerk?.id,
      terms,
    });
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'it' })
      .where(eq(people.id, clerk?.id ?? ''));
    expect(inEnglish.json().issues[0].message).toBe(
      'The person chosen does not hold the supervisor role: choose a supervisor.',
    );
    expect(await events('appointment.created')).toHaveLength(0);
    // The form proposes the call's responsible person only when they are a supervisor.
    await t.ctx.database.db
      .update(calls)
      .set({ responsibleId: clerk?.id ?? null })
      .where(eq(calls.id, other.callId));
    expect((await office.get(`/api/offers/${other.offerId}/appointment`)).json().supervisorId).toBeNull();
    await t.ctx.database.db
      .update(calls)
      .set({ responsibleId: supervisor.id })
      .where(eq(calls.id, other.callId));
    expect((await office.get(`/api/offers/${other.offerId}/appointment`)).json().supervisorId).toBe(
      supervisor.id,
    );
    const made = await office.post(`/api/offers/${f.offerId}/appointment`, {
      supervisorId: supervisor.id,
      terms,
    });
    expect(made.statusCode).toBe(201);
    const body = made.json();
    id = body.id;
    expect(body).toMatchObject({
      status: 'generated',
      hours: 50,
      grossCents: 75_000,
      academicYear: '2025/26',
      supervisorName: `${supervisor.givenName} ${supervisor.familyName}`,
      tutorName: 'Giulia Rossi-life',
    });
    expect(body.checklist.map((c: { item: string }) => c.item)).toEqual([
      'inps-registration',
      'code-of-ethics',
      'safety-training',
    ]);
    expect(await events('appointment.created')).toHaveLength(1);
    expect((await office.get('/api/appointments/awaiting')).json().items).toMatchObject([
      { offerId: other.offerId },
    ]);
    const again = await office.post(`/api/offers/${f.offerId}/appointment`, { supervisorId: supervisor.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().kind).toBe('appointment-exists');
  });

  it('the letter PDF carries every essential element', async () => {
    const office = await as('ufficio');
    const reply = await office.get(`/api/appointments/${id}/letter.pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    const text = pdfText(reply.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      "Lettera di nomina vincitore/vincitrice — conferimento dell'incarico di tutorato",
      'Giulia Rossi-life',
      'Bando di prova',
      'Tutorato 1',
      `${supervisor.givenName} ${supervisor.familyName}`,
      unitName,
      'dal 02/03/2026 al 30/06/2026',
      'Attività di tutorato 40 600,00 €',
      'Attività didattico-integrative 10 150,00 €',
      'Totale 50 750,00 €',
      'Ore di formazione 4',
      'Importo lordo 750,00 € (lordo percipiente)',
      'attività di tutorato (orientamento e sostegno alle scelte didattiche',
      "Il Tutor ha l'onere di effettuare l'iscrizione alla Gestione Separata INPS",
      'in attesa di firma del Direttore',
    ])
      expect(text).toContain(expected);
  });

  it('the letter in English, for a tutor who reads English or on request, carries the same essential elements', async () => {
    const office = await as('ufficio');
    const expectEnglish = (payload: Buffer) => {
      const text = pdfText(payload).replace(/\s+/g, ' ');
      for (const expected of [
        'Letter of appointment of the winner — tutoring appointment',
        'Courtesy translation',
        'Giulia Rossi-life',
        `${supervisor.givenName} ${supervisor.familyName}`,
        unitName,
        'Duration from 02/03/2026 to 30/06/2026',
        'Tutoring 40 €600.00',
        'Supplementary teaching 10 €150.00',
        'Total 50 €750.00',
        'Hours of training 4',
        'Gross amount €750.00 (gross to the tutor)',
        'The tutor must register with the INPS Gestione Separata',
        "awaiting the Director's signature",
      ])
        expect(text).toContain(expected);
      expect(text).not.toContain('Elementi essenziali');
    };
    const asked = await office.get(`/api/appointments/${id}/letter.pdf?lang=en`);
    expect(asked.statusCode).toBe(200);
    expectEnglish(asked.rawPayload);
    // The tutor's saved language decides when nobody asks.
    await t.ctx.database.db.update(people).set({ locale: 'en' }).where(eq(people.id, f.studentId));
    expectEnglish((await office.get(`/api/appointments/${id}/letter.pdf`)).rawPayload);
    expect(
      pdfText((await office.get(`/api/appointments/${id}/letter.pdf?lang=it`)).rawPayload).replace(
        /\s+/g,
        ' ',
      ),
    ).toContain('Elementi essenziali');
    await t.ctx.database.db.update(people).set({ locale: 'it' }).where(eq(people.id, f.studentId));
    expect((await office.get(`/api/appointments/${id}/letter.pdf?lang=de`)).statusCode).toBe(400);
  });

  it('the tutor cannot acknowledge before the director signs; the protocol date cannot be in the future', async () => {
    const tutor = await as(f.username);
    const early = await tutor.post(`/api/me/appointments/${id}/acknowledge`);
    expect(early.statusCode).toBe(409);
    expect(early.json().kind).toBe('appointment-transition-refused');
    const office = await as('ufficio');
    const future = await office.post(`/api/appointments/${id}/sign`, {
      protocolNumber: '2026/00123',
      protocolDate: '2026-02-21',
    });
    expect(future.statusCode).toBe(409);
    expect((await row()).status).toBe('generated');
    const signed = await office.post(`/api/appointments/${id}/sign`, {
      protocolNumber: '2026/00123',
      protocolDate: '2026-02-19',
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      status: 'signed',
      protocol: { number: '2026/00123', date: '2026-02-19' },
    });
    expect(await events('appointment.signed')).toHaveLength(1);
  });

  it('someone else cannot read or acknowledge the letter (404), the office cannot use the tutor’s route (403): nothing changes', async () => {
    const intruder = await as(other.username);
    expect((await intruder.get('/api/me/appointments')).json().items).toEqual([]);
    const stolen = await intruder.post(`/api/me/appointments/${id}/acknowledge`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().kind).toBe('not-found');
    expect((await intruder.get(`/api/me/appointments/${id}/letter.pdf`)).statusCode).toBe(404);
    expect((await intruder.get('/api/appointments')).statusCode).toBe(403);
    expect((await (await as('ufficio')).post(`/api/me/appointments/${id}/acknowledge`)).statusCode).toBe(403);
    const r = await row();
    expect(r.status).toBe('signed');
    expect(r.acknowledgedAt).toBeNull();
    expect(await events('appointment.acknowledged')).toHaveLength(0);
  });

  it('the tutor reads their appointment and acknowledges the signed letter', async () => {
    const tutor = await as(f.username);
    const mine = await tutor.get('/api/me/appointments');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toMatchObject([{ id, status: 'signed' }]);
    const ack = await tutor.post(`/api/me/appointments/${id}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(ack.json().status).toBe('acknowledged');
    expect(ack.json().acknowledgedAt).toBe('2026-02-20T10:00:00.000Z');
    const letter = await tutor.get(`/api/me/appointments/${id}/letter.pdf`);
    expect(letter.statusCode).toBe(200);
    const text = pdfText(letter.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('n. 2026/00123 del 19/02/2026');
    expect(text).toContain('Presa visione del tutor registrata il 20/02/2026');
    const [audit] = await events('appointment.acknowledged');
    expect(audit?.actorId).toBe(f.studentId);
  });

  it('the tutor declares the INPS registration, the office records the safety training; each sees the other, each record audited', async () => {
    const tutor = await as(f.username);
    const office = await as('ufficio');
    const future = await tutor.post(`/api/me/appointments/${id}/checklist`, {
      item: 'inps-registration',
      on: '2026-02-21',
    });
    expect(future.statusCode).toBe(409);
    // Safety training is not the tutor's to record: the route does not take it.
    const wrongItem = await tutor.post(`/api/me/appointments/${id}/checklist`, {
      item: 'safety-training',
      on: '2026-02-19',
    });
    expect(wrongItem.statusCode).toBe(400);
    expect(wrongItem.json().issues[0].field).toBe('item');
    const intruder = await as(other.username);
    expect(
      (
        await intruder.post(`/api/me/appointments/${id}/checklist`, {
          item: 'inps-registration',
          on: '2026-02-19',
        })
      ).statusCode,
    ).toBe(404);
    expect(await events('appointment.checklist-completed')).toHaveLength(0);
    const inps = await tutor.post(`/api/me/appointments/${id}/checklist`, {
      item: 'inps-registration',
      on: '2026-02-19',
    });
    expect(inps.statusCode).toBe(200);
    const safety = await office.post(`/api/appointments/${id}/checklist`, {
      item: 'safety-training',
      on: '2026-02-20',
    });
    expect(safety.statusCode).toBe(200);
    const seen = (await office.get(`/api/appointments/${id}`)).json();
    expect(
      seen.checklist.map(
        (e: { item: string; owner: string; dueDate: string; status: string; completedOn: string }) => [
          e.item,
          e.owner,
          e.dueDate,
          e.status,
          e.completedOn,
        ],
      ),
    ).toEqual([
      // Bari: INPS within 30 days of the start (seed 004 art. 10).
      ['inps-registration', 'tutor', '2026-04-01', 'done', '2026-02-19'],
      ['code-of-ethics', 'tutor', '2026-03-02', 'pending', null],
      ['safety-training', 'office', '2026-03-02', 'done', '2026-02-20'],
    ]);
    const mine = (await tutor.get('/api/me/appointments')).json().items[0];
    expect(mine.checklist[2]).toMatchObject({ item: 'safety-training', status: 'done' });
    const audit = await events('appointment.checklist-completed');
    expect(audit.map((a) => [a.actorId, a.data?.item, a.data?.on, a.data?.by])).toEqual([
      [f.studentId, 'inps-registration', '2026-02-19', 'tutor'],
      [expect.any(String), 'safety-training', '2026-02-20', 'office'],
    ]);
  });

  it('an amendment of a signed letter without a reason is refused with nothing changed; with one, before and after are kept', async () => {
    const office = await as('ufficio');
    const longer = { ...terms, endDate: '2026-07-31' };
    const bare = await office.post(`/api/appointments/${id}/amend`, { terms: longer, reason: '  ' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().kind).toBe('amendment-reason-required');
    expect(bare.json().title).toContain('indica la motivazione');
    // At the dialog's reason field.
    expect(bare.json().issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    let r = await row();
    expect(r.terms.endDate).toBe('2026-06-30');
    expect(r.amendments).toEqual([]);
    expect(await events('appointment.amended')).toHaveLength(0);
    const amended = await office.post(`/api/appointments/${id}/amend`, {
      terms: longer,
      reason: 'Sessione di esami straordinaria',
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json().amendments).toEqual([
      {
        date: '2026-02-20',
        reason: 'Sessione di esami straordinaria',
        changed: ['duration'],
        before: terms,
        after: longer,
      },
    ]);
    r = await row();
    expect(r.terms.endDate).toBe('2026-07-31');
    const [audit] = await events('appointment.amended');
    expect(audit?.reason).toBe('Sessione di esami straordinaria');
    expect(audit?.data).toMatchObject({
      before: { endDate: '2026-06-30' },
      after: { endDate: '2026-07-31' },
    });
  });

  it('the activity starts on its start date once the code of ethics is read', async () => {
    t.clock.set(romeToUtc('2026-03-02', '09:00:00'));
    const office = await as('ufficio');
    const blocked = await office.post(`/api/appointments/${id}/activate`, {});
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().title).toContain('Codice etico');
    // The code of ethics is the tutor's to declare, not the office's.
    const notOffice = await office.post(`/api/appointments/${id}/checklist`, {
      item: 'code-of-ethics',
      on: '2026-03-01',
    });
    expect(notOffice.statusCode).toBe(409);
    expect(notOffice.json().title).toContain("dall'ufficio");
    const tutor = await as(f.username);
    const done = await tutor.post(`/api/me/appointments/${id}/checklist`, {
      item: 'code-of-ethics',
      on: '2026-03-01',
    });
    expect(done.statusCode).toBe(200);
    const started = await office.post(`/api/appointments/${id}/activate`, {});
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'active', startedOn: '2026-03-02' });
  });

  it('a pause longer than the 30 days allowed is refused with nothing changed; a shorter one pauses and resumes', async () => {
    const office = await as('ufficio');
    const long = await office.post(`/api/appointments/${id}/pause`, {
      from: '2026-03-10',
      until: '2026-04-20',
      reason: 'Tirocinio',
    });
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({ kind: 'pause-too-long' });
    expect(long.json().title).toContain('non più di 30 giorni');
    let r = await row();
    expect(r.status).toBe('active');
    expect(r.pauses).toEqual([]);
    expect(await events('appointment.paused')).toHaveLength(0);
    const paused = await office.post(`/api/appointments/${id}/pause`, {
      from: '2026-03-10',
      until: '2026-03-20',
      reason: 'Tirocinio',
    });
    expect(paused.statusCode).toBe(200);
    expect(paused.json().status).toBe('paused');
    t.clock.set(romeToUtc('2026-03-20', '09:00:00'));
    const resumed = await (await as('ufficio')).post(`/api/appointments/${id}/resume`, { on: '2026-03-20' });
    expect(resumed.statusCode).toBe(200);
    r = await row();
    expect(r.status).toBe('active');
    expect(r.pauses).toEqual([{ from: '2026-03-10', resumedOn: '2026-03-20', reason: 'Tirocinio' }]);
  });

  it('the view tells the pause limit and the days already paused; a resume past the limit is refused and leaves it paused', async () => {
    let office = await as('ufficio');
    const view = async () => (await office.get(`/api/appointments/${id}`)).json();
    expect((await view()).rules).toEqual({
      maxPauseDays: 30,
      pauseDaysUsed: 10,
      payoutMinimumHours: 30,
      // Bari: 50 hours left, at most 50 to let a graduate finish (seed 004 art. 9).
      graduation: { kind: 'may-continue', remainingHours: 50, maxRemainingHours: 50 },
    });
    const paused = await office.post(`/api/appointments/${id}/pause`, {
      from: '2026-03-20',
      reason: 'Malattia',
    });
    expect(paused.statusCode).toBe(200);
    t.clock.set(romeToUtc('2026-03-25', '09:00:00'));
    office = await as('ufficio');
    // The open pause counts up to today: 10 + 5 days.
    expect((await view()).rules.pauseDaysUsed).toBe(15);
    const tooLate = await office.post(`/api/appointments/${id}/resume`, { on: '2026-04-25' });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json()).toMatchObject({ kind: 'pause-too-long' });
    expect(tooLate.json().title).toContain('sarebbero 46');
    let r = await row();
    expect(r.status).toBe('paused');
    expect(r.pauses.at(-1)).toEqual({ from: '2026-03-20', resumedOn: null, reason: 'Malattia' });
    expect(await events('appointment.resumed')).toHaveLength(1);
    const resumed = await office.post(`/api/appointments/${id}/resume`, { on: '2026-03-25' });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().rules.pauseDaysUsed).toBe(15);
    r = await row();
    expect(r.status).toBe('active');
  });

  it('a withdrawal ends the appointment and gives the hours not done back to the position', async () => {
    t.clock.set(romeToUtc('2026-04-01', '09:00:00'));
    const office = await as('ufficio');
    // More hours done than contracted: refused at the hours field, nothing changed.
    const tooMany = await office.post(`/api/appointments/${id}/end`, {
      kind: 'withdrawal',
      date: '2026-04-01',
      hoursDone: 60,
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().issues).toEqual([expect.objectContaining({ field: 'hoursDone' })]);
    expect((await row()).status).toBe('active');
    const ended = await office.post(`/api/appointments/${id}/end`, {
      kind: 'withdrawal',
      date: '2026-04-01',
      hoursDone: 12,
      note: 'Rinuncia scritta del tutor',
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().ending).toEqual({
      kind: 'withdrawal',
      date: '2026-04-01',
      hoursDone: 12,
      hoursReturned: 38,
      note: 'Rinuncia scritta del tutor',
    });
    const [audit] = await events('appointment.ended');
    expect(audit?.data).toMatchObject({ hoursReturned: 38, positionId: f.positionId, before: 'active' });
    const again = await office.post(`/api/appointments/${id}/end`, {
      kind: 'completed',
      date: '2026-04-02',
      hoursDone: 50,
    });
    expect(again.statusCode).toBe(409);
  });

  it("the tutors' register filters by call, unit and status, and exports to XLSX", async () => {
    const office = await as('ufficio');
    const all = await office.get(`/api/appointments?callId=${f.callId}`);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((a: { id: string }) => a.id)).toEqual([id]);
    const [person] = await t.ctx.database.db.select().from(people).where(eq(people.id, f.studentId));
    expect(all.json().items[0]).toMatchObject({ fiscalCode: person?.fiscalCode, status: 'ended' });
    expect((await office.get(`/api/appointments?callId=${f.callId}&status=generated`)).json().items).toEqual(
      [],
    );
    const [unitId] = [all.json().items[0].unitId];
    expect((await office.get(`/api/appointments?unitId=${unitId}`)).json().items.length).toBeGreaterThan(0);
    expect((await office.get('/api/appointments?status=nonsense')).statusCode).toBe(400);
    const file = await office.get(`/api/appointments/export.xlsx?callId=${f.callId}`);
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Dati tutor');
    if (!sheet) throw new Error('no Dati tutor sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => values[header.indexOf(name)];
    expect(sheet.rowCount).toBe(2);
    expect(cell('Cognome e nome')).toBe('Giulia Rossi-life');
    expect(cell('Ore tutorato')).toBe(40);
    expect(cell('Ore didattica integrativa')).toBe(10);
    expect(cell('Importo lordo (€)')).toBe(750);
    expect(cell('Protocollo lettera')).toBe('2026/00123');
    expect(cell('Stato')).toBe('Conclusa');
    expect(cell('Ore restituite')).toBe(38);
    // The checklist columns: the day each item was done, "non svolto" for what the ended appointment left undone
    // (no longer "scaduto": nobody can do it now), or nothing where the profile does not ask for it.
    const checklist = new Map(
      (
        all.json().items[0].checklist as Array<{ item: string; completedOn: string | null; status: string }>
      ).map((c) => [c.item, c]),
    );
    expect(checklist.size).toBeGreaterThan(0);
    for (const [item, title] of [
      ['inps-registration', 'Iscrizione Gestione Separata INPS'],
      ['safety-training', 'Formazione sicurezza'],
      ['code-of-ethics', 'Presa visione Codice etico'],
      ['regional-communication', 'Comunicazione obbligatoria Regione'],
    ] as const) {
      expect(header).toContain(title);
      const shown = String(cell(title) ?? '');
      const entry = checklist.get(item);
      if (!entry) expect(shown).toBe('');
      else if (entry.completedOn) expect(shown).toBe(entry.completedOn);
      else {
        expect(entry.status).toBe('not-done');
        expect(shown).toBe('non svolto');
      }
    }
  });
});
