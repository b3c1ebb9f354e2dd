import { z } from 'zod';
import { UuidSchema } from './common.ts';

/** A Rome calendar date. */
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * Where an ended appointment stands on its payout, with the figures: what would be paid with today's INPS rate
 * (due, nothing-due) or what was paid (paid). The INPS figures are null when the profile has no rate for the year.
 */
export const PayoutViewSchema = z.object({
  status: z.enum(['due', 'nothing-due', 'paid']),
  hoursPaid: z.number().int(),
  /** Gross to the student (lordo percipiente). */
  grossCents: z.number().int(),
  /** The student's share of the INPS Gestione Separata contribution, withheld from the gross. */
  studentInpsCents: z.number().int().nullable(),
  /** The university's share, paid on top of the gross. */
  universityInpsCents: z.number().int().nullable(),
  netCents: z.number().int().nullable(),
  universityCostCents: z.number().int().nullable(),
  /** 3503 = 35.03% */
  inpsRateBasisPoints: z.number().int().nullable(),
  /** The calendar year whose rate applies (the payment's). */
  year: z.number().int(),
  /**
   * The year of the rate applied: earlier than `year` while the profile lacks that year's rate (a provisional rate,
   * adjusted once INPS publishes it); null when no rate is known or for orders recorded before it was kept.
   */
  inpsRateYear: z.number().int().nullable(),
  orderNumber: z.string().nullable(),
  orderDate: z.string().nullable(),
});
export type PayoutView = z.infer<typeof PayoutViewSchema>;

/** The payout of one ended appointment: the figures, and the dates a payout order may carry. */
export const PayoutSchema = PayoutViewSchema.extend({
  appointmentId: UuidSchema,
  tutorName: z.string(),
  /** Rome date the appointment ended: the order cannot be dated before it. */
  endedOn: z.string(),
  /** Today in Rome: nor after it. */
  today: z.string(),
  recordedAt: z.string().nullable(),
  /** Orders recorded and later cancelled, the latest first: kept on record with who cancelled them and why. */
  cancelledOrders: z.array(
    z.object({
      orderNumber: z.string(),
      orderDate: z.string(),
      grossCents: z.number().int(),
      cancelledAt: z.string(),
      reason: z.string(),
    }),
  ),
});
export type Payout = z.infer<typeof PayoutSchema>;

/** The office records the payout order (dispositivo di liquidazione / nota di pagamento, seed 003). */
export const RecordPayoutSchema = z.object({
  orderNumber: z.string().trim().min(1).max(100),
  orderDate: DateSchema,
});
export type RecordPayout = z.infer<typeof RecordPayoutSchema>;

/** The office cancels the order in force (a wrong number, date or figure), with the reason. */
export const CancelPayoutSchema = z.object({ reason: z.string().max(2000).default('') });
export type CancelPayout = z.infer<typeof CancelPayoutSchema>;

/** The payout order in Italian (the act) unless asked in English (a courtesy translation). */
export const PayoutOrderQuerySchema = z.object({ lang: z.enum(['it', 'en']).optional() });
