import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { appointments, auditLog, payouts } from '../../db/schema/index.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from '../appointments/test-fixture.ts';
import { renderPayoutOrderPdf } from './order-pdf.ts';

/**
 * The payout order of an ended appointment at Bari: 40 of 50 hours of EUR 750 done before a withdrawal, so EUR 600
 * gross (pro rata, above Bari's 30 hours); INPS 2026 at 35.03% = 210.18, the student's third 70.06 withheld, the
 * university's 140.12 on top: net 529.94, cost 740.12 (domain/payouts).
 */
describe.each(testBackends())('payouts on %s', (backend) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let id = '';
  let logins = 0;

  const as = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.31.${Math.floor(logins / 200)}.${(logins % 200) + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const row = async () => {
    const [r] = await t.ctx.database.db.select().from(appointments).where(eq(appointments.id, id));
    if (!r) throw new Error('no appointment');
    return r;
  };
  const payoutRows = () => t.ctx.database.db.select().from(payouts).where(eq(payouts.appointmentId, id));
  const audits = async () =>
    (await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.event, 'payout.recorded'))).filter(
      (e) => e.entityId === id,
    );

  /** An accepted offer at Bari (50 hours, EUR 750) made into an appointment, signed, acknowledged and started today. */
  const startedAppointment = async (prefix: string, today: string) => {
    const db = t.ctx.database.db;
    const offer = await insertAcceptedOffer(db, { preset: 'poliba', prefix, hours: 50, amountCents: 75_000 });
    const supervisor = await demoSupervisor(db);
    const office = await as('ufficio');
    const created = await office.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId: supervisor.id,
    });
    expect(created.statusCode).toBe(201);
    const appointmentId: string = created.json().id;
    const signed = await office.post(`/api/appointments/${appointmentId}/sign`, {
      protocolNumber: `2026/${prefix}`,
      protocolDate: today,
    });
    expect(signed.statusCode).toBe(200);
    const tutor = await as(offer.username);
    expect((await tutor.post(`/api/me/appointments/${appointmentId}/acknowledge`)).statusCode).toBe(200);
    const ethics = await tutor.post(`/api/me/appointments/${appointmentId}/checklist`, {
      item: 'code-of-ethics',
      on: today,
    });
    expect(ethics.statusCode).toBe(200);
    expect((await office.post(`/api/appointments/${appointmentId}/activate`, {})).statusCode).toBe(200);
    return { offer, id: appointmentId };
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    ({ offer: f, id } = await startedAppointment('777', '2026-02-20'));
  });
  afterAll(async () => t?.close());

  it('an appointment not ended has no payout: the preview and the order are refused (409), nothing written', async () => {
    const office = await as('ufficio');
    expect((await office.get(`/api/appointments/${id}`)).json().payout).toBeNull();
    const preview = await office.get(`/api/appointments/${id}/payout`);
    expect(preview.statusCode).toBe(409);
    expect(preview.json()).toMatchObject({ kind: 'payout-refused' });
    const order = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 1/2026',
      orderDate: '2026-02-20',
    });
    expect(order.statusCode).toBe(409);
    expect(order.json().title).toContain('non è ancora concluso');
    expect(await payoutRows()).toEqual([]);
    expect((await row()).paidOn).toBeNull();
  });

  it('once ended, the preview shows what an order dated today pays, and the register says it is due', async () => {
    t.clock.set(romeToUtc('2026-05-04', '09:00:00'));
    const office = await as('ufficio');
    const ended = await office.post(`/api/appointments/${id}/end`, {
      kind: 'withdrawal',
      date: '2026-04-30',
      hoursDone: 40,
      note: 'Rinuncia scritta',
    });
    expect(ended.statusCode).toBe(200);
    const preview = await office.get(`/api/appointments/${id}/payout`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      appointmentId: id,
      tutorName: `Giulia Rossi-777`,
      status: 'due',
      hoursPaid: 40,
      grossCents: 60_000,
      studentInpsCents: 7_006,
      universityInpsCents: 14_012,
      netCents: 52_994,
      universityCostCents: 74_012,
      inpsRateBasisPoints: 3503,
      inpsRateYear: 2026,
      year: 2026,
      orderNumber: null,
      orderDate: null,
      endedOn: '2026-04-30',
      today: '2026-05-04',
      recordedAt: null,
      cancelledOrders: [],
    });
    const register = await office.get(`/api/appointments?callId=${f.callId}`);
    expect(register.json().items[0].payout).toMatchObject({ status: 'due', grossCents: 60_000 });
  });

  it('a bad order date or number is refused at its field (400), nothing written', async () => {
    const office = await as('ufficio');
    const future = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 1/2026',
      orderDate: '2026-05-05',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ kind: 'payout-date-invalid' });
    expect(future.json().issues).toEqual([
      {
        field: 'orderDate',
        code: 'in-future',
        message: 'La data del dispositivo non può essere nel futuro.',
      },
    ]);
    const early = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 1/2026',
      orderDate: '2026-04-29',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().issues).toEqual([
      expect.objectContaining({ field: 'orderDate', code: 'before-ending' }),
    ]);
    expect(early.json().issues[0].message).toContain("conclusione dell'incarico (giovedì 30 aprile 2026)");
    const noNumber = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: '  ',
      orderDate: '2026-05-04',
    });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().issues).toEqual([expect.objectContaining({ field: 'orderNumber' })]);
    const notADate = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 1/2026',
      orderDate: '4 maggio',
    });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().issues).toEqual([expect.objectContaining({ field: 'orderDate' })]);
    expect(await payoutRows()).toEqual([]);
    expect(await audits()).toEqual([]);
    expect((await row()).paidOn).toBeNull();
  });

  it('the office records the order: payout row, paid_on and audit row together; the figures are the preview’s', async () => {
    const office = await as('ufficio');
    const order = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 123/2026',
      orderDate: '2026-05-04',
    });
    expect(order.statusCode).toBe(201);
    expect(order.json()).toMatchObject({
      status: 'paid',
      orderNumber: 'DL 123/2026',
      orderDate: '2026-05-04',
      hoursPaid: 40,
      grossCents: 60_000,
      studentInpsCents: 7_006,
      universityInpsCents: 14_012,
      netCents: 52_994,
      universityCostCents: 74_012,
    });
    expect(order.json().recordedAt).toBe(romeToUtc('2026-05-04', '09:00:00').toISOString());
    expect((await row()).paidOn).toBe('2026-05-04');
    const [stored, ...more] = await payoutRows();
    expect(more).toEqual([]);
    expect(stored).toMatchObject({
      orderNumber: 'DL 123/2026',
      grossCents: 60_000,
      netCents: 52_994,
      inpsRateBasisPoints: 3503,
      inpsRateYear: 2026,
      studentShare: '1/3',
    });
    const [audit, ...others] = await audits();
    expect(others).toEqual([]);
    expect(audit?.data).toMatchObject({ orderNumber: 'DL 123/2026', grossCents: 60_000, netCents: 52_994 });
    // The tutor reads it on their page.
    const tutor = await as(f.username);
    const mine = (await tutor.get('/api/me/appointments')).json().items;
    expect(mine[0].payout).toMatchObject({ status: 'paid', orderDate: '2026-05-04', netCents: 52_994 });
  });

  it('a second order is refused (409) and changes nothing', async () => {
    t.clock.set(romeToUtc('2026-05-10', '09:00:00'));
    const office = await as('ufficio');
    const again = await office.post(`/api/appointments/${id}/payout`, {
      orderNumber: 'DL 200/2026',
      orderDate: '2026-05-08',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ kind: 'payout-refused' });
    expect(again.json().title).toContain('già stato liquidato');
    expect((await row()).paidOn).toBe('2026-05-04');
    expect((await payoutRows()).map((p) => p.orderNumber)).toEqual(['DL 123/2026']);
    expect(await audits()).toHaveLength(1);
    expect((await office.get(`/api/appointments/${id}/payout`)).json()).toMatchObject({
      status: 'paid',
      orderNumber: 'DL 123/2026',
    });
  });

  it('the XLSX register fills "Assegno emesso" with the order date, and the order number, gross and net paid', async () => {
    const office = await as('ufficio');
    const file = await office.get(`/api/appointments/export.xlsx?callId=${f.callId}`);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1).value;
    expect(cell('Assegno emesso')).toBe('2026-05-04');
    expect(cell('N. dispositivo di liquidazione')).toBe('DL 123/2026');
    expect(cell('Lordo liquidato (€)')).toBe(600);
    expect(cell('Netto al percipiente (€)')).toBe(529.94);
  });

  it('the payout order as a PDF carries its number and date, the tutor, the appointment and the figures paid', async () => {
    const office = await as('ufficio');
    const file = await office.get(`/api/appointments/${id}/payout.pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('dispositivo-liquidazione-');
    const text = pdfText(file.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'Dispositivo di liquidazione',
      'Numero DL 123/2026',
      'Data 04/05/2026',
      'Giulia Rossi-777',
      'prot. n. 2026/777 del 20/02/2026',
      '30/04/2026, rinuncia del tutor; ore svolte 40',
      'Ore liquidate (svolte, non oltre quelle dell’incarico) 40',
      'Importo lordo percipiente 600,00 €',
      'a carico del percipiente (1/3 di 35,03%) 70,06 €',
      'Netto da corrispondere al percipiente 529,94 €',
      "a carico dell'Ateneo (2/3 di 35,03%) 140,12 €",
      "Costo complessivo per l'Ateneo 740,12 €",
      'legge 13 agosto 1984 n. 476',
    ])
      expect(text).toContain(expected);
  });

  it('the payout order in English (?lang=en) is the courtesy translation, amounts and rate written the English way', async () => {
    const office = await as('ufficio');
    const file = await office.get(`/api/appointments/${id}/payout.pdf?lang=en`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = pdfText(file.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'Payout order — tutoring grant',
      'Courtesy translation: the order signed in Italian is the act (dispositivo di liquidazione).',
      'Number DL 123/2026',
      'Date 04/05/2026',
      'Beneficiary',
      'Giulia Rossi-777',
      'protocol no. 2026/777 of 20/02/2026',
      'Period from ',
      '30/04/2026, withdrawal by the tutor; hours done 40',
      'Hours paid (done, no more than those of the appointment) 40',
      'Gross amount to the tutor €600.00',
      'paid by the tutor (1/3 of 35.03%) €70.06',
      'Net amount paid to the tutor €529.94',
      'paid by the university (2/3 of 35.03%) €140.12',
      'Total cost to the university €740.12',
      'INPS Gestione Separata rate 2026 35.03%',
      'Law 476 of 13 August 1984',
      'The Director',
    ])
      expect(text).toContain(expected);
    for (const italian of [
      'Dispositivo di liquidazione —',
      'Importo lordo',
      '600,00 €',
      'rinuncia del tutor',
    ])
      expect(text).not.toContain(italian);
    // Without ?lang the order is the Italian act, whatever the office's language; another language is refused.
    const plain = pdfText((await office.get(`/api/appointments/${id}/payout.pdf`)).rawPayload);
    expect(plain).toContain('Dispositivo di liquidazione');
    expect((await office.get(`/api/appointments/${id}/payout.pdf?lang=fr`)).statusCode).toBe(400);
  });

  it('amounts of thousands are grouped the way of each language: 1.234,56 € and €1,234.56', async () => {
    const office = await as('ufficio');
    const appointment = (await office.get(`/api/appointments/${id}`)).json();
    const payout = (await office.get(`/api/appointments/${id}/payout`)).json();
    const large = { ...payout, grossCents: 123_456, universityCostCents: 1_234_567 };
    const read = async (language: 'it' | 'en') =>
      pdfText(
        await renderPayoutOrderPdf(
          appointment,
          large,
          { universityName: 'Politecnico di Bari' },
          new Date(),
          language,
        ),
      ).replace(/\s+/g, ' ');
    const italian = await read('it');
    expect(italian).toContain('Importo lordo percipiente 1.234,56 €');
    expect(italian).toContain("Costo complessivo per l'Ateneo 12.345,67 €");
    const english = await read('en');
    expect(english).toContain('Gross amount to the tutor €1,234.56');
    expect(english).toContain('Total cost to the university €12,345.67');
  });

  it('an appointment not ended has no payout, nor its order as a PDF (409)', async () => {
    const office = await as('ufficio');
    const other = await insertAcceptedOffer(t.ctx.database.db, { preset: 'poliba', prefix: 'unpaid' });
    const supervisor = await demoSupervisor(t.ctx.database.db);
    const created = await office.post(`/api/offers/${other.offerId}/appointment`, {
      supervisorId: supervisor.id,
    });
    expect(created.statusCode).toBe(201);
    expect((await office.get(`/api/appointments/${created.json().id}/payout.pdf`)).statusCode).toBe(409);
  });

  it('two offices recording the same payout at once: one order is recorded, the other refused (409)', async () => {
    const race = await startedAppointment('race', '2026-05-10');
    const office = await as('ufficio');
    const ended = await office.post(`/api/appointments/${race.id}/end`, {
      kind: 'completed',
      date: '2026-05-10',
      hoursDone: 50,
    });
    expect(ended.statusCode).toBe(200);
    const demo = ended.json();
    expect(demo.payout.status).toBe('due');
    const other = await as('ufficio');
    const replies = await Promise.all([
      office.post(`/api/appointments/${demo.id}/payout`, {
        orderNumber: 'DL 301/2026',
        orderDate: '2026-05-10',
      }),
      other.post(`/api/appointments/${demo.id}/payout`, {
        orderNumber: 'DL 302/2026',
        orderDate: '2026-05-10',
      }),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await t.ctx.database.db.select().from(payouts).where(eq(payouts.appointmentId, demo.id));
    expect(rows).toHaveLength(1);
  });

  it("in January, before the profile has the new year's INPS rate, the order is paid at the last known one, marked provisional", async () => {
    t.clock.set(romeToUtc('2027-01-04', '09:00:00'));
    const started = await startedAppointment('779', '2027-01-04');
    const office = await as('ufficio');
    const ended = await office.post(`/api/appointments/${started.id}/end`, {
      kind: 'withdrawal',
      date: '2027-01-08',
      hoursDone: 40,
      note: '',
    });
    expect(ended.statusCode).toBe(200);
    t.clock.set(romeToUtc('2027-01-12', '09:00:00'));
    const later = await as('ufficio');
    expect((await later.get(`/api/appointments/${started.id}/payout`)).json()).toMatchObject({
      status: 'due',
      year: 2027,
      inpsRateYear: 2026,
      inpsRateBasisPoints: 3503,
      netCents: 52_994,
    });
    const order = await later.post(`/api/appointments/${started.id}/payout`, {
      orderNumber: 'DL 5/2027',
      orderDate: '2027-01-12',
    });
    expect(order.statusCode).toBe(201);
    expect(order.json()).toMatchObject({ status: 'paid', year: 2027, inpsRateYear: 2026 });
    const [stored] = await t.ctx.database.db
      .select()
      .from(payouts)
      .where(eq(payouts.appointmentId, started.id));
    expect(stored).toMatchObject({ inpsRateYear: 2026, inpsRateBasisPoints: 3503 });
    const file = await later.get(`/api/appointments/${started.id}/payout.pdf`);
    expect(pdfText(file.rawPayload).replace(/\s+/g, ' ')).toContain(
      'Aliquota INPS Gestione Separata 2027 35,03%, aliquota provvisoria del 2026, da conguagliare',
    );
  });
  it('an order recorded by mistake is cancelled with a reason: kept on record, the appointment due again, a new order recorded', async () => {
    t.clock.set(romeToUtc('2027-02-01', '09:00:00'));
    const started = await startedAppointment('cxl', '2027-02-01');
    const office = await as('ufficio');
    const cid = started.id;
    const ended = await office.post(`/api/appointments/${cid}/end`, {
      kind: 'completed',
      date: '2027-02-01',
      hoursDone: 50,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    // Nothing to cancel yet.
    const early = await office.post(`/api/appointments/${cid}/payout/cancel`, { reason: 'Errore' });
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toContain('non ha un dispositivo di liquidazione in vigore');
    const wrong = await office.post(`/api/appointments/${cid}/payout`, {
      orderNumber: 'DL 9/2027',
      orderDate: '2027-02-01',
    });
    expect(wrong.statusCode).toBe(201);

    const noReason = await office.post(`/api/appointments/${cid}/payout/cancel`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    const cancelled = await office.post(`/api/appointments/${cid}/payout/cancel`, {
      reason: 'Numero errato: il dispositivo è il DL 19/2027',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'due',
      orderNumber: null,
      cancelledOrders: [
        {
          orderNumber: 'DL 9/2027',
          orderDate: '2027-02-01',
          reason: 'Numero errato: il dispositivo è il DL 19/2027',
        },
      ],
    });
    const [r] = await t.ctx.database.db.select().from(appointments).where(eq(appointments.id, cid));
    expect(r?.paidOn).toBeNull();
    const [audit] = (
      await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.event, 'payout.cancelled'))
    ).filter((e) => e.entityId === cid);
    expect(audit).toMatchObject({ reason: 'Numero errato: il dispositivo è il DL 19/2027' });
    expect(audit?.data).toMatchObject({ orderNumber: 'DL 9/2027' });
    // The cancelled order has no PDF in force; a second cancel finds nothing.
    expect((await office.get(`/api/appointments/${cid}/payout.pdf`)).statusCode).toBe(404);
    expect(
      (await office.post(`/api/appointments/${cid}/payout/cancel`, { reason: 'Di nuovo' })).statusCode,
    ).toBe(409);

    const right = await office.post(`/api/appointments/${cid}/payout`, {
      orderNumber: 'DL 19/2027',
      orderDate: '2027-02-01',
    });
    expect(right.statusCode, right.body).toBe(201);
    expect(right.json()).toMatchObject({ status: 'paid', orderNumber: 'DL 19/2027' });
    const stored = await t.ctx.database.db.select().from(payouts).where(eq(payouts.appointmentId, cid));
    expect(stored.map((p) => [p.orderNumber, p.cancelledAt === null])).toEqual(
      expect.arrayContaining([
        ['DL 9/2027', false],
        ['DL 19/2027', true],
      ]),
    );
    // The register lists the appointment once, with the order in force.
    const register = (await office.get(`/api/appointments?callId=${started.offer.callId}`)).json().items;
    expect(register).toHaveLength(1);
    expect(register[0].payout).toMatchObject({ status: 'paid', orderNumber: 'DL 19/2027' });
    const file = await office.get(`/api/appointments/${cid}/payout.pdf`);
    expect(pdfText(file.rawPayload).replace(/\s+/g, ' ')).toContain('DL 19/2027');
  });
});
