import { index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { callPositions, calls } from './calls.ts';
import { bytea } from './column-types.ts';
import { people } from './people.ts';

/**
 * An application to a call (domanda). A draft can be edited; confirming freezes it for good (seed 004 art. 4),
 * gives it a protocol number and the instant of confirmation, and records the idempotency key of the request so a
 * retried confirmation returns the same receipt. A withdrawn application stays, for the record.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => people.id),
    /** draft, confirmed, withdrawn */
    status: text('status').notNull().default('draft'),
    /** The titles the rubric asks the candidate to declare, by criterion id. */
    declaredTitles: jsonb('declared_titles').$type<Record<string, unknown>>().notNull(),
    /** The institutional email the candidate gives (seed 004 art. 4). */
    contactEmail: text('contact_email'),
    /** A snapshot of the career facts eligibility was judged on, taken at confirmation. */
    eligibilitySnapshot: jsonb('eligibility_snapshot').$type<Record<string, unknown>>(),
    protocolNumber: text('protocol_number').unique(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmKey: text('confirm_key'),
    callVersion: integer('call_version'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_call_status_idx').on(t.callId, t.status),
    index('applications_student_idx').on(t.studentId),
    unique('applications_confirm_key_uq').on(t.studentId, t.confirmKey),
  ],
);

/** The positions an application asks for, in the candidate's order of preference. */
export const applicationPositions = pgTable(
  'application_positions',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => callPositions.id),
    preference: smallint('preference').notNull(),
  },
  (t) => [unique('application_positions_uq').on(t.applicationId, t.positionId)],
);

/** Files attached to an application; the content type is the one read from the bytes, not the one declared. */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** The required-attachment code of the call it satisfies (e.g. identity-document). */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_attachments_application_idx').on(t.applicationId)],
);

/** One counter per year for protocol numbers (2026/000123), taken under a row lock so numbers never repeat. */
export const protocolCounters = pgTable('protocol_counters', {
  year: smallint('year').primaryKey(),
  lastNumber: integer('last_number').notNull().default(0),
});
