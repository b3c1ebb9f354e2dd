import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { callPositions, calls } from './calls.ts';
import { bytea } from './column-types.ts';
import { fundingAssignments } from './funding.ts';
import { people } from './people.ts';

/**
 * The selection committee of a call (commissione giudicatrice, seed 002 art. 4, seed 004 art. 5): at least three
 * members (the profile may ask more), one president and one secretary, named by the office with an act.
 */
export const committees = pgTable('committees', {
  id: uuid('id').primaryKey().defaultRandom(),
  callId: uuid('call_id')
    .notNull()
    .unique()
    .references(() => calls.id),
  /** The act that names it (decree number and date), free text. */
  appointmentAct: text('appointment_act').notNull().default(''),
  namedBy: uuid('named_by').references(() => people.id),
  namedAt: timestamp('named_at', { withTimezone: true }).notNull(),
});

/**
 * A member of a committee. A member sees the applications only after declaring no conflict of interest with the
 * candidates (conflictDeclaredAt); the statement is kept as written, for the minutes.
 */
export const committeeMembers = pgTable(
  'committee_members',
  {
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** president, secretary, member */
    role: text('role').notNull(),
    conflictDeclaredAt: timestamp('conflict_declared_at', { withTimezone: true }),
    conflictStatement: text('conflict_statement'),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.personId] })],
);

/** A sitting of the committee (seduta), recorded for the minutes. */
export const committeeSessions = pgTable(
  'committee_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    place: text('place').notNull().default(''),
    /** Person ids present. */
    present: jsonb('present').$type<string[]>().notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('committee_sessions_committee_idx').on(t.committeeId)],
);

/**
 * One criterion's score of one application, in hundredths of a point (two decimals, as the committee writes
 * them). Computed criteria carry the inputs and formula that produced them; committee criteria the note of the
 * member who scored. A later change (an accepted appeal) overwrites the row; the audit log keeps the history.
 */
export const applicationScores = pgTable(
  'application_scores',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    criterionId: text('criterion_id').notNull(),
    pointsHundredths: integer('points_hundredths').notNull(),
    /** computed, committee */
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    /** How a computed score was obtained: inputs and formula, as structured data worded by the server. */
    explanation: jsonb('explanation').$type<Record<string, unknown>>(),
    scoredBy: uuid('scored_by').references(() => people.id),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.criterionId] })],
);

/** The committee's check of an application's requirements: excluded ones carry the reason (seed 004 art. 2). */
export const applicationReviews = pgTable('application_reviews', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id),
  excluded: boolean('excluded').notNull(),
  /** A code of the domain (e.g. too-many-years-beyond) or 'committee' for a reason written by hand. */
  reasonCode: text('reason_code'),
  reasonText: text('reason_text').notNull().default(''),
  reviewedBy: uuid('reviewed_by').references(() => people.id),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
});

/**
 * A ranking of one group of positions (seed 004 art. 7: per type of activity, unit and access title).
 * draft -> provisional (published, appeal window open) -> definitive (approved by decree) -> in use.
 */
export const rankings = pgTable(
  'rankings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    /** A stable key of the group (activity type, unit, access titles) and its label. */
    groupKey: text('group_key').notNull(),
    title: text('title').notNull(),
    /** draft, provisional, definitive, in-use */
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The end of the appeal window (exclusive), fixed when the provisional ranking is published. */
    appealsCloseAt: timestamp('appeals_close_at', { withTimezone: true }),
    decreeNumber: text('decree_number'),
    decreeDate: date('decree_date'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => people.id),
    /** Rome calendar date until which the definitive ranking can be drawn from (profile: one year at Ca' Foscari). */
    validUntil: date('valid_until'),
    version: integer('version').notNull().default(1),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('rankings_call_group_uq').on(t.callId, t.groupKey)],
);

/** The positions a ranking covers. */
export const rankingPositions = pgTable(
  'ranking_positions',
  {
    rankingId: uuid('ranking_id')
      .notNull()
      .references(() => rankings.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => callPositions.id),
  },
  (t) => [primaryKey({ columns: [t.rankingId, t.positionId] })],
);

/**
 * A candidate's line in a ranking, as last computed. `place` is null for the excluded; candidates in a tie that
 * no rule breaks share `tieGroup` and are shown to the office, never ordered silently.
 */
export const rankingEntries = pgTable(
  'ranking_entries',
  {
    rankingId: uuid('ranking_id')
      .notNull()
      .references(() => rankings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    place: integer('place'),
    totalHundredths: integer('total_hundredths').notNull(),
    /** winner, eligible, excluded */
    outcome: text('outcome').notNull(),
    /** The position won, when a winner. */
    positionId: uuid('position_id').references(() => callPositions.id),
    tieGroup: smallint('tie_group'),
    /** Why: exclusion reason, or which tie-break decided the place (structured, worded by the server). */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.rankingId, t.applicationId] }),
    index('ranking_entries_application_idx').on(t.applicationId),
  ],
);

/**
 * A reasoned appeal against a provisional ranking (segnalazione, seed 004 art. 7), submitted by the candidate in
 * the application during the appeal window, answered by the committee.
 */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rankingId: uuid('ranking_id')
      .notNull()
      .references(() => rankings.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    reason: text('reason').notNull(),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    attachmentSha256: text('attachment_sha256'),
    attachmentContent: bytea('attachment_content'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** submitted, accepted, rejected */
    status: text('status').notNull().default('submitted'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('appeals_ranking_idx').on(t.rankingId)],
);

/**
 * Money committed (impegnato, seed 003) against a funding assignment when a decree approves a definitive ranking:
 * the winners' grants. Spent amounts come later, with payouts.
 */
export const fundingCommitments = pgTable(
  'funding_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => fundingAssignments.id),
    rankingId: uuid('ranking_id')
      .notNull()
      .unique()
      .references(() => rankings.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    decreeNumber: text('decree_number').notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('funding_commitments_assignment_idx').on(t.assignmentId)],
);
