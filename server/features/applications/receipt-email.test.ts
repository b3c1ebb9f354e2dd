import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { calls, jobs, outboundEmails } from '../../db/schema/index.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import {
  EMAIL_MAX_ATTEMPTS,
  emailRetryDelayMs,
  NO_SMTP_ERROR,
  requeueWaitingEmails,
} from '../../mail/send-email-job.ts';
import { testSmtpServer } from '../../mail/test-smtp-server.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { confirmWithKey, draftWithAttachment, insertReceiptCall } from './receipt-test-fixture.ts';

describe.each(testBackends())('receipt email through the outbox on %s', (backend) => {
  const smtp = testSmtpServer();
  let t: TestApp;
  let call: { callId: string; positionIds: string[] };

  const emailsTo = async (studentId: string) =>
    t.ctx.database.db.select().from(outboundEmails).where(eq(outboundEmails.recipientId, studentId));
  const messagesTo = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));
  const callCode = async () =>
    (await t.ctx.database.db.select({ code: calls.code }).from(calls).where(eq(calls.id, call.callId)))[0]
      ?.code;
  /** Confirms a fresh student's application at 11:00 Rome time on the closing day. */
  const confirmNew = async (options: Parameters<typeof draftWithAttachment>[2] = {}) => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    const student = await draftWithAttachment(t, call, options);
    const key = `mail-key-${student.id}`;
    const confirmed = await confirmWithKey(student.client, student.id, key);
    expect(confirmed.statusCode).toBe(200);
    return { ...student, key, protocol: confirmed.json().protocolNumber as string };
  };

  beforeAll(async () => {
    await smtp.start(0);
    t = await startTestApp(backend, { env: { SMTP_URL: smtp.url(), LOG_LEVEL: 'silent' } });
    call = await insertReceiptCall(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('sends the receipt in Italian to the contact email, with the PDF whose text has the protocol number', async () => {
    const anna = await confirmNew({ contactEmail: 'anna.rossi@poliba.it' });
    // The same Idempotency-Key again returns the confirmation and queues nothing more.
    expect((await confirmWithKey(anna.client, anna.id, anna.key)).statusCode).toBe(200);
    const queued = await emailsTo(anna.personId);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ status: 'queued', toAddress: 'anna.rossi@poliba.it', sentAt: null });

    expect(await runDueJobs(t.ctx, jobHandlers)).toBeGreaterThanOrEqual(1);
    const messages = messagesTo('anna.rossi@poliba.it');
    expect(messages).toHaveLength(1);
    const { mail } = messages[0] as (typeof messages)[number];
    expect(mail.subject).toBe(`Ricevuta della domanda ${anna.protocol} – ${(await callCode()) ?? ''}`);
    expect(mail.from?.text).toContain('noreply@affianco.invalid');
    expect(mail.text).toContain(`numero di protocollo ${anna.protocol}`);
    expect(mail.text).toContain('02/03/2026 11:00:00 (ora di Roma)');
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0];
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.filename).toBe(`ricevuta-${anna.protocol.replace('/', '-')}.pdf`);
    const text = pdfText(pdf?.content as Buffer);
    expect(text).toContain(anna.protocol);
    expect(text).toContain('Ricevuta di presentazione della domanda');

    const [sent] = await emailsTo(anna.personId);
    expect(sent).toMatchObject({ status: 'sent', lastError: null });
    expect(sent?.sentAt?.toISOString()).toBe(t.clock.now().toISOString());
    // Nothing is due any more, and nothing is sent twice.
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
    expect(messagesTo('anna.rossi@poliba.it')).toHaveLength(1);
  });

  it("falls back to the person's email and writes in English for a student who chose it", async () => {
    const ben = await confirmNew({ locale: 'en' });
    await runDueJobs(t.ctx, jobHandlers);
    const [message] = messagesTo(ben.email);
    expect(message?.mail.subject).toContain(`Receipt of your application ${ben.protocol}`);
    expect(pdfText(message?.mail.attachments[0]?.content as Buffer)).toContain('Receipt of application');
  });

  it('with the SMTP server down the email stays queued with the error, and goes once the server is back', async () => {
    await smtp.stop();
    const carla = await confirmNew();
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(1);
    const [waiting] = await emailsTo(carla.personId);
    expect(waiting?.status).toBe('queued');
    expect(waiting?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(messagesTo(carla.email)).toHaveLength(0);

    await smtp.start();
    // The email is tried again 30 s after the first attempt, by the application clock.
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
    t.clock.advance(29_000);
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
    t.clock.advance(1_000);
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(1);
    expect(messagesTo(carla.email)).toHaveLength(1);
    expect((await emailsTo(carla.personId))[0]).toMatchObject({ status: 'sent', lastError: null });
    t.clock.advance(60_000);
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
    expect(messagesTo(carla.email)).toHaveLength(1);
  });

  it('keeps trying for hours with a growing pause, then is marked failed', async () => {
    await smtp.stop();
    const dario = await confirmNew();
    let waited = 0;
    for (let attempt = 1; attempt <= EMAIL_MAX_ATTEMPTS; attempt++) {
      expect(await runDueJobs(t.ctx, jobHandlers), `attempt ${attempt}`).toBe(1);
      const [email] = await emailsTo(dario.personId);
      expect(email?.status).toBe(attempt < EMAIL_MAX_ATTEMPTS ? 'queued' : 'failed');
      // Not before its time.
      t.clock.advance(emailRetryDelayMs(attempt) - 1_000);
      expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
      t.clock.advance(1_000);
      waited += emailRetryDelayMs(attempt);
    }
    // An SMTP server down for a night shift (6 hours) does not lose the receipt.
    expect(waited - emailRetryDelayMs(EMAIL_MAX_ATTEMPTS)).toBeGreaterThan(6 * 60 * 60_000);
    expect(await runDueJobs(t.ctx, jobHandlers)).toBe(0);
    const [failed] = await emailsTo(dario.personId);
    expect(failed?.status).toBe('failed');
    expect(failed?.lastError).toMatch(/ECONNREFUSED|connect/i);
    await smtp.start();
    // A failed email is not picked up again by itself.
    expect(await requeueWaitingEmails(t.ctx)).toBe(0);
  });

  it('without SMTP_URL the email waits in the outbox and is sent, once, when SMTP_URL is set', async () => {
    const url = t.ctx.config.SMTP_URL;
    t.ctx.config.SMTP_URL = undefined;
    try {
      const elena = await confirmNew();
      expect(await runDueJobs(t.ctx, jobHandlers)).toBe(1);
      const [waiting] = await emailsTo(elena.personId);
      expect(waiting).toMatchObject({ status: 'queued', lastError: NO_SMTP_ERROR });
      t.ctx.config.SMTP_URL = url;
      // What the server does at start when SMTP_URL is set; a second call finds a job already waiting.
      expect(await requeueWaitingEmails(t.ctx)).toBe(1);
      expect(await requeueWaitingEmails(t.ctx)).toBe(0);
      expect(await runDueJobs(t.ctx, jobHandlers)).toBe(1);
      expect(messagesTo(elena.email)).toHaveLength(1);
      expect((await emailsTo(elena.personId))[0]?.status).toBe('sent');
      const sendJobs = await t.ctx.database.db.select().from(jobs).where(eq(jobs.kind, 'send-email'));
      expect(sendJobs.every((job) => job.status === 'done' || job.status === 'failed')).toBe(true);
    } finally {
      t.ctx.config.SMTP_URL = url;
    }
  });
});
