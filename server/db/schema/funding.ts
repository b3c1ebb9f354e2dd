import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { people, units } from './people.ts';

/**
 * Money the university assigns to tutoring in a year: a ministry fund (e.g. DM 773/2024, Fondo Giovani, point II)
 * or its own budget (seed 001 art. 5, seed 003). Amounts in integer cents.
 */
export const fundingAssignments = pgTable('funding_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** ministry, university, other */
  source: text('source').notNull(),
  title: text('title').notNull(),
  /** The year of the assignment (the ministry's financial year). */
  year: smallint('year').notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  /** The act that assigns it (decree number and date), free text. */
  reference: text('reference'),
  createdBy: uuid('created_by').references(() => people.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The share of an assignment given to one unit, by hand or in proportion to enrolled students (seed 002). */
export const fundingAllocations = pgTable(
  'funding_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => fundingAssignments.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    /** manual, proportional */
    method: text('method').notNull(),
    /** For a proportional split: the enrolled students counted for the unit. */
    basis: integer('basis'),
  },
  (t) => [unique('funding_allocations_unit_uq').on(t.assignmentId, t.unitId)],
);

/** A tutoring project (seed 001 art. 6): proposed by a unit's supervisor, approved by the university commission. */
export const tutoringProjects = pgTable(
  'tutoring_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    responsibleId: uuid('responsible_id')
      .notNull()
      .references(() => people.id),
    title: text('title').notNull(),
    objectives: text('objectives').notNull(),
    activities: text('activities').notNull(),
    tutorsRequested: smallint('tutors_requested').notNull(),
    hoursRequested: integer('hours_requested').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    expectedStudents: integer('expected_students').notNull(),
    /** [{ name, target, unit }]: the efficacy indicators and their targets. */
    indicators: jsonb('indicators').$type<Array<{ name: string; target: number; unit: string }>>().notNull(),
    allocationId: uuid('allocation_id').references(() => fundingAllocations.id),
    /** draft, submitted, approved, rejected */
    status: text('status').notNull().default('draft'),
    decidedBy: uuid('decided_by').references(() => people.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tutoring_projects_unit_idx').on(t.unitId)],
);
