import type { PayoutView } from '../../../api/payouts.ts';
import { earnedCents } from '../../../domain/appointments/endings.ts';
import type { Appointment } from '../../../domain/appointments/types.ts';
import { hoursPaidOf, payoutFigures, payoutStanding } from '../../../domain/payouts/payout.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import type { PayoutRow } from './repository.ts';

/** What was paid, as recorded: the figures are kept, not recomputed from a rate that may have changed since. */
const paidView = (row: PayoutRow): PayoutView => ({
  status: 'paid',
  hoursPaid: row.hoursPaid,
  grossCents: row.grossCents,
  studentInpsCents: row.studentInpsCents,
  universityInpsCents: row.universityInpsCents,
  netCents: row.netCents,
  universityCostCents: row.grossCents + row.universityInpsCents,
  inpsRateBasisPoints: row.inpsRateBasisPoints,
  inpsRateYear: row.inpsRateYear,
  year: Number(row.orderDate.slice(0, 4)),
  orderNumber: row.orderNumber,
  orderDate: row.orderDate,
});

/**
 * The payout of an appointment as the register and the tutor's page show it: null until it ends; then what is due
 * (with today's INPS rate, null figures when the profile has none for this year), nothing due, or what was paid.
 */
export const payoutViewOf = (
  appointment: Appointment,
  paid: PayoutRow | null,
  profile: RegulationProfile,
  today: string,
): PayoutView | null => {
  if (paid) return paidView(paid);
  const standing = payoutStanding(appointment, profile);
  if (standing === 'not-ended') return null;
  const date = appointment.paidOn ?? today;
  const figures = payoutFigures(appointment, profile, date);
  const base = {
    status: standing === 'paid' ? ('paid' as const) : standing,
    orderNumber: null,
    orderDate: appointment.paidOn,
  };
  if (!figures.ok)
    return {
      ...base,
      hoursPaid: hoursPaidOf(appointment),
      grossCents: earnedCents(appointment, profile),
      studentInpsCents: null,
      universityInpsCents: null,
      netCents: null,
      universityCostCents: null,
      inpsRateBasisPoints: null,
      inpsRateYear: null,
      year: Number(date.slice(0, 4)),
    };
  const f = figures.value;
  return {
    ...base,
    hoursPaid: f.hoursPaid,
    grossCents: f.grossCents,
    studentInpsCents: f.inps.studentCents,
    universityInpsCents: f.inps.universityCents,
    netCents: f.netCents,
    universityCostCents: f.universityCostCents,
    inpsRateBasisPoints: f.inps.rateBasisPoints,
    inpsRateYear: f.inps.rateYear,
    year: f.year,
  };
};
