import { and, eq, inArray, sql } from 'drizzle-orm';
import pino from 'pino';
import type { AppContext } from '../context.ts';
import { jobs, outboundEmails } from '../db/schema/index.ts';
import { renderApplicationReceipt } from '../features/applications/receipt-service.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { type JobHandler, RetryLater } from '../jobs/worker.ts';
import { type DocumentKind, type EmailAttachment, SEND_EMAIL_JOB_KIND } from './outbox.ts';
import { smtpTransport } from './transport.ts';

/** How each kind of document an email carries is rendered when it is sent. */
const documentRenderers: Record<DocumentKind, (ctx: AppContext, id: string) => Promise<Buffer>> = {
  'application-receipt': async (ctx, id) => (await renderApplicationReceipt(ctx, id)).pdf,
};

const renderAttachment = async (ctx: AppContext, attachment: EmailAttachment) => {
  const render = documentRenderers[attachment.documentKind];
  if (!render) throw new Error(`unknown document kind ${attachment.documentKind}`);
  return {
    filename: attachment.fileName,
    contentType: attachment.contentType,
    content: await render(ctx, attachment.documentId),
  };
};

let warnedNoSmtp = false;
const warnNoSmtpOnce = (ctx: AppContext) => {
  if (warnedNoSmtp) return;
  warnedNoSmtp = true;
  pino({ level: ctx.config.LOG_LEVEL, name: 'outbox' }).warn(
    'SMTP_URL is not set: outgoing emails stay queued in outbound_emails until it is',
  );
};

/**
 * An SMTP server down for a night must not lose a receipt: attempt n waits 30 s x 2^(n-1), at most an hour, and the
 * email is given up after EMAIL_MAX_ATTEMPTS (about 7 hours in all). The office sees failed emails in the outbox.
 */
export const EMAIL_MAX_ATTEMPTS = 14;
export const emailRetryDelayMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** (attempts - 1));

export const NO_SMTP_ERROR = 'SMTP_URL is not set: the email waits in the outbox';

/**
 * Sends one queued email (job 'send-email'). An email already sent (or given up on) is never sent again. Without
 * SMTP_URL the email stays queued and the job ends; requeueWaitingEmails picks it up when SMTP_URL is set. A failed
 * send records the error on the email and is retried on the email's own schedule (emailRetryDelayMs); after
 * EMAIL_MAX_ATTEMPTS the email is marked failed.
 */
export const sendEmailJob: JobHandler = async (ctx, job) => {
  const emailId = String(job.payload.emailId);
  const { db } = ctx.database;
  const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
  if (!email) throw new Error(`outbound email ${emailId} not found`);
  if (email.status !== 'queued') return;
  const url = ctx.config.SMTP_URL;
  if (!url) {
    warnNoSmtpOnce(ctx);
    await db.update(outboundEmails).set({ lastError: NO_SMTP_ERROR }).where(eq(outboundEmails.id, emailId));
    return;
  }
  try {
    const attachments = await Promise.all(
      (email.attachments as unknown as EmailAttachment[]).map((a) => renderAttachment(ctx, a)),
    );
    await smtpTransport(url).sendMail({
      from: ctx.config.MAIL_FROM,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      attachments,
      // The same Message-ID on every attempt: a mail system that gets a message twice can tell it is one.
      messageId: `<${email.id}@${new URL(ctx.config.PUBLIC_URL).hostname}>`,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = job.attempts >= EMAIL_MAX_ATTEMPTS;
    await db
      .update(outboundEmails)
      .set({ lastError: message, status: giveUp ? 'failed' : 'queued' })
      .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'queued')));
    if (giveUp) throw error;
    throw new RetryLater(message, new Date(ctx.clock.now().getTime() + emailRetryDelayMs(job.attempts)));
  }
  await db
    .update(outboundEmails)
    .set({ status: 'sent', sentAt: ctx.clock.now(), lastError: null })
    .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'queued')));
};

/** An arbitrary constant: instances starting together requeue the outbox one at a time. */
const REQUEUE_LOCK = 7_007_001;

/**
 * Enqueues a send job for every queued email that has none waiting (they were queued while SMTP_URL was not set).
 * Called at start when SMTP_URL is set; returns how many it enqueued.
 */
export const requeueWaitingEmails = async (ctx: AppContext): Promise<number> =>
  ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REQUEUE_LOCK})`);
    const live = tx
      .select({ emailId: sql`${jobs.payload}->>'emailId'` })
      .from(jobs)
      .where(and(eq(jobs.kind, SEND_EMAIL_JOB_KIND), inArray(jobs.status, ['pending', 'running'])));
    const waiting = await tx
      .select({ id: outboundEmails.id })
      .from(outboundEmails)
      .where(and(eq(outboundEmails.status, 'queued'), sql`${outboundEmails.id}::text not in (${live})`));
    for (const email of waiting)
      await enqueueJob(tx, SEND_EMAIL_JOB_KIND, { emailId: email.id }, ctx.clock.now());
    return waiting.length;
  });
