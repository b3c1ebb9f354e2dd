import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { callPositions } from './calls.ts';
import { people } from './people.ts';
import { rankings } from './selection.ts';

/**
 * A grant of a position offered to a candidate of a definitive ranking (seed 001 art. 8, seed 004 art. 8), to be
 * accepted within the profile's working days. `grantNumber` names which of the position's grants it is (1..grants):
 * the partial unique index lets at most one pending or accepted offer hold a grant, so the database itself refuses a
 * grant offered twice at once, whatever two instances decide.
 */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rankingId: uuid('ranking_id')
      .notNull()
      .references(() => rankings.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => callPositions.id),
    grantNumber: smallint('grant_number').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => people.id),
    /** pending, accepted, refused, expired, withdrawn */
    status: text('status').notNull().default('pending'),
    /**
     * winner (the decree's assignment), draw-down (scorrimento), other-ranking (a candidate of another ranking, with
     * their consent) or returned-hours (the hours an appointment ended early gave back).
     */
    reason: text('reason').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    /** The first late instant (exclusive): midnight Rome time at the end of `lastDay`. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The last day to answer, Rome calendar date. */
    lastDay: date('last_day').notNull(),
    remindAt: timestamp('remind_at', { withTimezone: true }).notNull(),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Who made the offer: the office member who started the offers, or null for the system (draw-down, expiry). */
    offeredBy: uuid('offered_by').references(() => people.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => people.id),
    /** Order of the offer within its ranking, for listing. */
    sequence: integer('sequence').notNull(),
    /**
     * reason 'other-ranking': the candidate's own ranking, whose eligible candidates the office drew from when this
     * ranking was exhausted (seed 002 art. 4 c.4, seed 004 art. 8); their acceptance is their consent.
     */
    sourceRankingId: uuid('source_ranking_id').references(() => rankings.id),
    /**
     * reason 'returned-hours': the appointment that ended early and gave its hours back to the position (seed 001
     * art. 8 c.4, seed 004 art. 1). No foreign key: appointments reference offers, and the link is kept by the audit.
     */
    sourceAppointmentId: uuid('source_appointment_id'),
    /** Hours and gross amount offered when not the position's whole grant (returned hours), else null. */
    hours: integer('hours'),
    amountCents: integer('amount_cents'),
  },
  (t) => [
    uniqueIndex('offers_open_grant_uq')
      .on(t.positionId, t.grantNumber)
      .where(sql`status in ('pending', 'accepted') and source_appointment_id is null`),
    // The hours an appointment gave back are offered to one candidate at a time, like a grant.
    uniqueIndex('offers_open_returned_hours_uq')
      .on(t.sourceAppointmentId)
      .where(sql`status in ('pending', 'accepted') and source_appointment_id is not null`),
    uniqueIndex('offers_pending_candidate_uq')
      .on(t.rankingId, t.applicationId)
      .where(sql`status = 'pending'`),
    index('offers_ranking_idx').on(t.rankingId),
    index('offers_student_idx').on(t.studentId),
  ],
);
