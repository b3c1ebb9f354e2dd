import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Amendment,
  AppointmentTerms,
  ChecklistItem,
  ChecklistRecord,
  Ending,
  Pause,
} from '../../../domain/appointments/types.ts';
import type { CapBreach } from '../../../domain/caps/types.ts';
import { callPositions, calls } from './calls.ts';
import { offers } from './offers.ts';
import { people, units } from './people.ts';

/**
 * A tutor's appointment (incarico) made from an accepted offer, and its letter's life (seed 003): generated ->
 * signed (protocol) -> acknowledged by the tutor -> active <-> paused -> ended. The essential elements live in
 * `terms`; amendments keep the terms before and after. One appointment per offer (unique index).
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    tutorId: uuid('tutor_id')
      .notNull()
      .references(() => people.id),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => callPositions.id),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** "2025/26", from the call. */
    academicYear: text('academic_year').notNull(),
    complexProject: boolean('complex_project').notNull().default(false),
    /** generated, signed, acknowledged, active, paused, ended */
    status: text('status').notNull().default('generated'),
    terms: jsonb('terms').$type<AppointmentTerms>().notNull(),
    /** The duties written in the letter (from the call's position, adjustable by the office). */
    duties: text('duties').notNull(),
    /** Benefits the student declared when appointed, as the caps read them. */
    declaredSituations: jsonb('declared_situations').$type<string[]>().notNull().default([]),
    protocolNumber: text('protocol_number'),
    protocolDate: date('protocol_date'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    startedOn: date('started_on'),
    hoursDone: integer('hours_done').notNull().default(0),
    pauses: jsonb('pauses').$type<Pause[]>().notNull().default([]),
    amendments: jsonb('amendments').$type<Amendment[]>().notNull().default([]),
    /** Each item done: { on, protocolNumber? } (rows written before the protocol was kept hold the date alone). */
    checklist: jsonb('checklist')
      .$type<Partial<Record<ChecklistItem, ChecklistRecord | string>>>()
      .notNull()
      .default({}),
    ending: jsonb('ending').$type<Ending>(),
    paidOn: date('paid_on'),
    /**
     * The tutor's written withdrawal (rinuncia, seed 001 art. 11): the last day of activity, the reason and when it
     * was sent. It does not end the appointment: the office ends it with the hours the supervisor confirms.
     */
    withdrawalNotice: jsonb('withdrawal_notice').$type<{
      lastDay: string;
      reason: string;
      notifiedAt: string;
    }>(),
    /** The caps the office overrode when appointing, with its reason (also in the audit log). */
    capOverride: jsonb('cap_override').$type<{ reason: string; breaches: CapBreach[] }>(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('appointments_offer_uq').on(t.offerId),
    index('appointments_tutor_idx').on(t.tutorId),
    index('appointments_call_idx').on(t.callId),
  ],
);
