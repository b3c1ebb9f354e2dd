import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { fundingAssignments, tutoringProjects } from './funding.ts';
import { people, units } from './people.ts';

/**
 * A call for student tutors (bando). The settings it takes from the regulation profile (eligibility, rubric,
 * tie-breaks, appeal window, positions per candidate) are copied into `rules` when drafted and may be adjusted
 * per call; once published, the call changes only through recorded amendments.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference, e.g. "POLIBA-TUT-2025". */
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    /** By its starting calendar year: 2025 = 2025/26. */
    academicYear: smallint('academic_year').notNull(),
    /** The regulation profile the call was drafted under. */
    profileCode: text('profile_code').notNull(),
    /** draft, published, withdrawn */
    status: text('status').notNull().default('draft'),
    legalReferences: text('legal_references').notNull().default(''),
    /** The window, stored in UTC, set and shown in Europe/Rome. */
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    activitiesEndDate: date('activities_end_date').notNull(),
    /** Eligibility, rubric, tie-breaks, appeal window, positions per candidate, own-department preference. */
    rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
    /** [{ code, label: {it, en}, required: 'always' | 'when-declared', when?: string }] */
    requiredAttachments: jsonb('required_attachments').$type<unknown[]>().notNull(),
    /** Free-text articles of the call, in order: [{ title, body }]. */
    articles: jsonb('articles').$type<Array<{ title: string; body: string }>>().notNull(),
    fundingAssignmentId: uuid('funding_assignment_id').references(() => fundingAssignments.id),
    /** The person responsible for the procedure (responsabile del procedimento). */
    responsibleId: uuid('responsible_id').references(() => people.id),
    /** Bumped by each amendment; an application records the version it was confirmed under. */
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => people.id),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calls_status_closes_idx').on(t.status, t.closesAt)],
);

/** A row of the call's table (seed 004 art. 1): kind of tutoring, unit, grants, hours, gross amount, access title. */
export const callPositions = pgTable(
  'call_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** Order in the call's table. */
    ordinal: smallint('ordinal').notNull(),
    /** e.g. "Tutorato informativo", "Tutorato trasversale": the call's own words. */
    activityType: text('activity_type').notNull(),
    /** The ministry's kind of activity (seed 003): tutoring or supplementary-teaching. */
    activityKind: text('activity_kind').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    projectId: uuid('project_id').references(() => tutoringProjects.id),
    grants: smallint('grants').notNull(),
    hoursPerGrant: integer('hours_per_grant').notNull(),
    /** Gross to the student (lordo percipiente), per grant. */
    amountPerGrantCents: bigint('amount_per_grant_cents', { mode: 'number' }).notNull(),
    /** Programme types admitted to this position (the access title): e.g. ['LM', 'LMCU'] or ['PHD']. */
    admittedProgrammeTypes: jsonb('admitted_programme_types').$type<string[]>().notNull(),
  },
  (t) => [index('call_positions_call_idx').on(t.callId)],
);

/** A recorded change to a published call (also written to the audit log), with the reason and the diff. */
export const callAmendments = pgTable('call_amendments', {
  id: uuid('id').primaryKey().defaultRandom(),
  callId: uuid('call_id')
    .notNull()
    .references(() => calls.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  reason: text('reason').notNull(),
  changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
  /** A change that harms applicants (shorter window, stricter requirements); refused once applications exist. */
  harmful: boolean('harmful').notNull(),
  createdBy: uuid('created_by').references(() => people.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
