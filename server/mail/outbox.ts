import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { outboundEmails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/queue.ts';

export const SEND_EMAIL_JOB_KIND = 'send-email';

/** The documents an email can carry, rendered from data when the email is sent (never stored twice). */
export type DocumentKind = 'application-receipt';

export interface EmailAttachment {
  fileName: string;
  contentType: string;
  documentKind: DocumentKind;
  documentId: string;
}

export interface QueuedEmail {
  recipientId: string | null;
  to: string;
  subject: string;
  textBody: string;
  attachments: EmailAttachment[];
}

/**
 * Writes an email to the outbox and enqueues the job that sends it, both in the caller's transaction: the email
 * exists if and only if the change that causes it commits, and a crash between commit and send loses nothing
 * (style rule 5: slow side effects are queued, never done inside the transaction).
 */
export const queueEmail = async (ctx: AppContext, tx: DbOrTx, email: QueuedEmail): Promise<string> => {
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      recipientId: email.recipientId,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.textBody,
      attachments: email.attachments.map((a) => ({ ...a })),
      createdAt: ctx.clock.now(),
    })
    .returning({ id: outboundEmails.id });
  if (!row) throw new Error('outbound email insert returned nothing');
  await enqueueJob(tx, SEND_EMAIL_JOB_KIND, { emailId: row.id }, ctx.clock.now());
  return row.id;
};
