import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.ts';

/**
 * Outgoing email, written in the transaction of the change that causes it and sent by a job after the commit
 * (an offer, a receipt, a reminder): a crash between commit and send loses nothing.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id').references(() => people.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** [{ fileName, contentType, documentKind, documentId }]: rendered when sent, not stored twice. */
    attachments: jsonb('attachments').$type<Array<Record<string, string>>>().notNull(),
    /** queued, sent, failed */
    status: text('status').notNull().default('queued'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbound_emails_status_idx').on(t.status)],
);
