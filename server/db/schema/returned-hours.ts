import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './appointments.ts';
import { people } from './people.ts';

/**
 * Hours an ended appointment gave back, given in part to another tutor of the same call (seed 001 art. 8 c.4, "su
 * indicazione del referente della struttura didattica"). Each row is also an amendment of the target's terms; the rows
 * of a source are summed to know what is left, so the same hour is never given twice.
 */
export const returnedHoursAssignments = pgTable(
  'returned_hours_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceAppointmentId: uuid('source_appointment_id')
      .notNull()
      .references(() => appointments.id),
    targetAppointmentId: uuid('target_appointment_id')
      .notNull()
      .references(() => appointments.id),
    hours: integer('hours').notNull(),
    /** The part of the returned gross amount (lordo percipiente) that goes with the hours, cents. */
    amountCents: integer('amount_cents').notNull(),
    /** The ministry activity kind the hours are added to in the target's terms. */
    activityKind: text('activity_kind').notNull(),
    /** The referente's indication and the office's reason, as written in the target's amendment. */
    reason: text('reason').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('returned_hours_assignments_source_idx').on(t.sourceAppointmentId),
    check('returned_hours_assignments_positive', sql`${t.hours} > 0 and ${t.amountCents} >= 0`),
  ],
);
