import { sql } from 'drizzle-orm';
import { date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './appointments.ts';
import { people } from './people.ts';

/**
 * The payout order (dispositivo di liquidazione / nota di pagamento, seed 003) of an ended appointment: one per
 * appointment in force (partial unique index), with the figures as they were paid, so a later change of the profile's INPS rate does
 * not rewrite what was paid. The money counts as spent (speso) from `orderDate` (domain.md, money accounting).
 */
export const payouts = pgTable(
  'payouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    /** The number of the payout order, as the office's records give it (several tutors may share one order). */
    orderNumber: text('order_number').notNull(),
    /** Rome date of the order; the appointment's paid_on. */
    orderDate: date('order_date').notNull(),
    hoursPaid: integer('hours_paid').notNull(),
    /** Gross to the student (lordo percipiente), cents. */
    grossCents: integer('gross_cents').notNull(),
    /** INPS Gestione Separata: the student's share (withheld) and the university's (on top), cents. */
    studentInpsCents: integer('student_inps_cents').notNull(),
    universityInpsCents: integer('university_inps_cents').notNull(),
    netCents: integer('net_cents').notNull(),
    /** The rate applied, in basis points (3503 = 35.03%), and its share borne by the student. */
    inpsRateBasisPoints: integer('inps_rate_basis_points').notNull(),
    studentShare: text('student_share').notNull(),
    /**
     * The calendar year whose rate was applied: earlier than the order's year when the rate of the order's year was
     * not in the profile yet (a provisional rate, to be adjusted once INPS publishes it). Null on rows recorded before.
     */
    inpsRateYear: integer('inps_rate_year'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => people.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /**
     * A cancelled order (annullato: a wrong number, date or figure) stays on record with who cancelled it, when and
     * why; the appointment is then due again and a new order may be recorded.
     */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => people.id),
    cancellationReason: text('cancellation_reason'),
  },
  // One order in force per appointment; cancelled ones do not count.
  (t) => [uniqueIndex('payouts_appointment_uq').on(t.appointmentId).where(sql`cancelled_at is null`)],
);
