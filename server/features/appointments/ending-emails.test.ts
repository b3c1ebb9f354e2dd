import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { appointments, auditLog, outboundEmails, people } from '../../db/schema/index.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import { testSmtpServer } from '../../mail/test-smtp-server.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/**
 * The tutor and the docente referente are told, each in their own language, when the office pauses, resumes or ends
 * an appointment: how and when it ended, the hours done and those returned. The emails go through the outbox in the
 * change's transaction, so an SMTP server that is down delays them and never undoes the ending.
 */
describe.each(testBackends())('appointment notices by email on %s', (backend) => {
  const smtp = testSmtpServer();
  let t: TestApp;
  let logins = 0;
  let supervisor: { id: string; email: string; name: string };

  const as = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.42.0.${logins + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const ok = async (reply: Promise<{ statusCode: number; body: string }>) => {
    const r = await reply;
    expect(r.statusCode, r.body).toBe(200);
  };
  const outbox = async (to: string) =>
    (await t.ctx.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, to))).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.subject.localeCompare(b.subject),
    );
  const received = (to: string) => smtp.received.filter((m) => m.envelopeTo.includes(to)).map((m) => m.mail);
  const emailOf = async (personId: string) =>
    (await t.ctx.database.db.select({ email: people.email }).from(people).where(eq(people.id, personId)))[0]
      ?.email ?? '';

  /** An appointment made, signed and acknowledged; the tutor reads `locale`. */
  const appointed = async (prefix: string, locale: 'it' | 'en') => {
    const offer = await insertAcceptedOffer(t.ctx.database.db, { preset: 'poliba', prefix, hours: 50 });
    await t.ctx.database.db.update(people).set({ locale }).where(eq(people.id, offer.studentId));
    const office = await as('ufficio');
    const made = await office.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId: supervisor.id,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    await ok(
      office.post(`/api/appointments/${id}/sign`, {
        protocolNumber: `2026/${prefix}`,
        protocolDate: '2026-02-19',
      }),
    );
    const tutor = await as(offer.username);
    await ok(tutor.post(`/api/me/appointments/${id}/acknowledge`));
    return { ...offer, id, office, tutor, email: await emailOf(offer.studentId) };
  };

  beforeAll(async () => {
    await smtp.start(0);
    t = await startTestApp(backend, { env: { SMTP_URL: smtp.url(), LOG_LEVEL: 'silent' } });
    const s = await demoSupervisor(t.ctx.database.db);
    // The supervisor reads English: each recipient gets their own language.
    await t.ctx.database.db.update(people).set({ locale: 'en' }).where(eq(people.id, s.id));
    supervisor = { id: s.id, email: await emailOf(s.id), name: `${s.givenName} ${s.familyName}` };
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('pausing and resuming tell the tutor (Italian) and the supervisor (English)', async () => {
    const a = await appointed('pau', 'it');
    for (const item of ['inps-registration', 'code-of-ethics'])
      await ok(a.tutor.post(`/api/me/appointments/${a.id}/checklist`, { item, on: '2026-02-20' }));
    await ok(
      a.office.post(`/api/appointments/${a.id}/checklist`, { item: 'safety-training', on: '2026-02-20' }),
    );
    await ok(a.office.post(`/api/appointments/${a.id}/activate`, {}));
    const before = (await outbox(supervisor.email)).length;
    await ok(
      a.office.post(`/api/appointments/${a.id}/pause`, {
        from: '2026-03-02',
        until: '2026-03-09',
        reason: 'Tirocinio all’estero',
      }),
    );
    const [paused] = await outbox(a.email);
    expect(paused?.subject).toMatch(/^Attività sospesa – Giulia Rossi-pau, TEST-/);
    expect(paused?.textBody).toContain('Gentile Giulia Rossi-pau,');
    expect(paused?.textBody).toContain("L'attività del tuo incarico (TEST-");
    expect(paused?.textBody).toContain('è sospesa da lunedì 2 marzo 2026 fino a lunedì 9 marzo 2026.');
    expect(paused?.textBody).toContain('Motivo: Tirocinio all’estero');
    const toSupervisor = (await outbox(supervisor.email)).slice(before);
    expect(toSupervisor).toHaveLength(1);
    expect(toSupervisor[0]?.subject).toMatch(/^Activity paused – Giulia Rossi-pau, /);
    expect(toSupervisor[0]?.textBody).toContain(`Dear ${supervisor.name},`);
    expect(toSupervisor[0]?.textBody).toContain(
      'is paused from Monday, 2 March 2026 until Monday, 9 March 2026.',
    );
    expect(toSupervisor[0]?.textBody).toContain('The activity of the appointment of Giulia Rossi-pau (');

    t.clock.set(romeToUtc('2026-03-09', '09:00:00'));
    // A new session: the clock moved past the old one's lifetime.
    await ok((await as('ufficio')).post(`/api/appointments/${a.id}/resume`, { on: '2026-03-09' }));
    const mails = await outbox(a.email);
    expect(mails.map((m) => m.subject.split(' – ')[0])).toEqual(['Attività sospesa', 'Attività ripresa']);
    expect(mails[1]?.textBody).toContain('riprende lunedì 9 marzo 2026.');
    const resumed = (await outbox(supervisor.email)).slice(before);
    expect(resumed.map((m) => m.subject.split(' – ')[0])).toEqual(['Activity paused', 'Activity resumed']);
    expect(resumed[1]?.textBody).toContain('resumes on Monday, 9 March 2026.');

    // The worker sends them over SMTP.
    await runDueJobs(t.ctx, jobHandlers);
    expect(received(a.email).map((m) => m.subject)).toEqual(mails.map((m) => m.subject));
  });

  it('ending tells both how and when it ended, the hours done and the hours returned', async () => {
    t.clock.set(romeToUtc('2026-02-20', '11:00:00'));
    const a = await appointed('end', 'it');
    for (const item of ['inps-registration', 'code-of-ethics'])
      await ok(a.tutor.post(`/api/me/appointments/${a.id}/checklist`, { item, on: '2026-02-20' }));
    await ok(
      a.office.post(`/api/appointments/${a.id}/checklist`, { item: 'safety-training', on: '2026-02-20' }),
    );
    await ok(a.office.post(`/api/appointments/${a.id}/activate`, {}));
    t.clock.set(romeToUtc('2026-04-01', '09:00:00'));
    const before = (await outbox(supervisor.email)).length;
    const office = await as('ufficio');
    await ok(
      office.post(`/api/appointments/${a.id}/end`, {
        kind: 'withdrawal',
        date: '2026-04-01',
        hoursDone: 12,
        note: 'Rinuncia scritta del tutor',
      }),
    );
    const [toTutor, ...more] = await outbox(a.email);
    expect(more).toEqual([]);
    expect(toTutor?.subject).toMatch(/^Incarico terminato – Giulia Rossi-end, /);
    expect(toTutor?.textBody).toContain('Il tuo incarico (');
    expect(toTutor?.textBody).toContain('è terminato mercoledì 1 aprile 2026 per rinuncia del tutor.');
    expect(toTutor?.textBody).toContain('Ore svolte: 12 su 50.');
    expect(toTutor?.textBody).toContain('Ore restituite alla posizione: 38.');
    expect(toTutor?.textBody).toContain('Nota: Rinuncia scritta del tutor');
    expect(toTutor?.textBody).toContain('/incarichi');
    const [toSupervisor, ...others] = (await outbox(supervisor.email)).slice(before);
    expect(others).toEqual([]);
    expect(toSupervisor?.subject).toMatch(/^Appointment ended – Giulia Rossi-end, /);
    expect(toSupervisor?.textBody).toContain('The appointment of Giulia Rossi-end (');
    expect(toSupervisor?.textBody).toContain("ended on Wednesday, 1 April 2026: the tutor's withdrawal.");
    expect(toSupervisor?.textBody).toContain('Hours done: 12 of 50.');
    expect(toSupervisor?.textBody).toContain('Hours returned to the position: 38.');
    // No link to the office's page, which the supervisor could not open.
    expect(toSupervisor?.textBody).not.toContain('/appointments');
    expect(toSupervisor?.textBody).not.toContain('Details in Affianco');

    await runDueJobs(t.ctx, jobHandlers);
    const [delivered] = received(a.email);
    expect(delivered?.subject).toBe(toTutor?.subject);
    expect(delivered?.text).toContain('Ore restituite alla posizione: 38.');
    expect(received(supervisor.email).some((m) => m.subject === toSupervisor?.subject)).toBe(true);
    // A refused second ending tells nobody anything.
    const again = await office.post(`/api/appointments/${a.id}/end`, {
      kind: 'completed',
      date: '2026-04-02',
      hoursDone: 50,
    });
    expect(again.statusCode).toBe(409);
    expect(await outbox(a.email)).toHaveLength(1);
  });

  it('amending a signed letter tells both what changed, before and after, and why; a correction before signing tells nobody', async () => {
    t.clock.set(romeToUtc('2026-02-20', '11:00:00'));
    const offer = await insertAcceptedOffer(t.ctx.database.db, {
      preset: 'poliba',
      prefix: 'amd',
      hours: 50,
    });
    const office = await as('ufficio');
    const made = await office.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId: supervisor.id,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    const email = await emailOf(offer.studentId);
    const terms = made.json().terms;
    const corrected = { ...terms, endDate: '2026-11-30' };
    await ok(office.post(`/api/appointments/${id}/amend`, { terms: corrected, reason: '' }));
    expect(await outbox(email)).toEqual([]);

    await ok(
      office.post(`/api/appointments/${id}/sign`, { protocolNumber: '2026/amd', protocolDate: '2026-02-19' }),
    );
    const item = corrected.items[0];
    const more = {
      ...corrected,
      items: [{ ...item, hours: item.hours + 10, costCents: item.costCents + 20_000 }],
    };
    await ok(
      office.post(`/api/appointments/${id}/amend`, { terms: more, reason: 'Esercitazioni in più a gennaio' }),
    );
    const [toTutor, ...others] = await outbox(email);
    expect(others).toEqual([]);
    expect(toTutor?.subject).toMatch(/^Incarico modificato – Giulia Rossi-amd, /);
    expect(toTutor?.textBody).toContain('è stato modificato venerdì 20 febbraio 2026.');
    expect(toTutor?.textBody).toContain('Ore: 60 (prima: 50).');
    expect(toTutor?.textBody).toMatch(/Importo lordo: 1\.200,00\s€ \(prima: 1\.000,00\s€\)\./);
    expect(toTutor?.textBody).toContain('Motivo: Esercitazioni in più a gennaio');
    expect(toTutor?.textBody).not.toContain('Periodo');
    const [toSupervisor, ...again] = (await outbox(supervisor.email)).filter((m) =>
      m.subject.includes('Rossi-amd'),
    );
    expect(again).toEqual([]);
    expect(toSupervisor?.subject).toMatch(/^Appointment amended – Giulia Rossi-amd, /);
    expect(toSupervisor?.textBody).toContain('Hours: 60 (before: 50).');
    expect(toSupervisor?.textBody).toContain('Gross amount: €1,200.00 (before: €1,000.00).');
    expect(toSupervisor?.textBody).toContain('Reason: Esercitazioni in più a gennaio');
  });

  it('with the SMTP server down the ending stands; the emails wait in the outbox and go once it is back', async () => {
    await smtp.stop();
    const a = await appointed('down', 'en');
    const ended = await a.office.post(`/api/appointments/${a.id}/end`, {
      kind: 'no-start',
      date: '2026-04-01',
      hoursDone: 0,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await runDueJobs(t.ctx, jobHandlers)).toBeGreaterThanOrEqual(2);
    const [row] = await t.ctx.database.db.select().from(appointments).where(eq(appointments.id, a.id));
    expect(row?.status).toBe('ended');
    expect(row?.ending).toMatchObject({ kind: 'no-start', hoursDone: 0, hoursReturned: 50 });
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'appointment.ended'), eq(auditLog.entityId, a.id)));
    expect(audit).toHaveLength(1);
    const [waiting] = await outbox(a.email);
    expect(waiting).toMatchObject({ status: 'queued', sentAt: null });
    expect(waiting?.lastError).toMatch(/ECONNREFUSED|connect/i);
    // In the tutor's language (English).
    expect(waiting?.subject).toMatch(/^Appointment ended – Giulia Rossi-down, /);
    expect(waiting?.textBody).toContain('Dear Giulia Rossi-down,');
    expect(waiting?.textBody).toContain('Your appointment (TEST-');
    expect(waiting?.textBody).toContain(
      'ended on Wednesday, 1 April 2026: forfeiture as the activity never started.',
    );
    expect(waiting?.textBody).toContain('Hours done: 0 of 50.');
    expect(waiting?.textBody).toContain('Hours returned to the position: 50.');
    expect(received(a.email)).toEqual([]);

    await smtp.start();
    t.clock.advance(30_000);
    await runDueJobs(t.ctx, jobHandlers);
    expect(received(a.email).map((m) => m.subject)).toEqual([waiting?.subject]);
    expect((await outbox(a.email))[0]).toMatchObject({ status: 'sent', lastError: null });
  });
});
