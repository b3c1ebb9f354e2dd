import { earnedCents } from '../appointments/endings.ts';
import { contractedHours } from '../appointments/terms.ts';
import type { Appointment } from '../appointments/types.ts';
import { applicableInpsRate } from '../profiles/accessors.ts';
import type { InpsRate, RegulationProfile } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * The INPS Gestione Separata contribution on a gross amount (lordo percipiente), split between the student and the
 * university (domain.md section 6: one third borne by the student, withheld from the gross; two thirds paid by the
 * university on top). Rounding, in cents, half up: the whole contribution is rounded once, the student's share is
 * rounded, and the university's share is the rest, so that the two shares always add up to the contribution (the
 * worked example: EUR 4,000.00 at 35.03% -> 1,401.20 = 467.07 + 934.13).
 */
export interface InpsSplit {
  rateBasisPoints: number;
  /** The calendar year whose rate this is: an earlier one than the payment's when the rate is provisional. */
  rateYear: number;
  contributionCents: number;
  studentCents: number;
  universityCents: number;
}

/** Half-up division of non-negative integers, without going through floating point. */
const divideHalfUp = (numerator: number, denominator: number) =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

export const splitInps = (grossCents: number, rate: InpsRate): InpsSplit => {
  const contributionCents = divideHalfUp(grossCents * rate.rateBasisPoints, 10_000);
  const studentCents = divideHalfUp(
    contributionCents * rate.studentShare.numerator,
    rate.studentShare.denominator,
  );
  return {
    rateBasisPoints: rate.rateBasisPoints,
    rateYear: rate.year,
    contributionCents,
    studentCents,
    universityCents: contributionCents - studentCents,
  };
};

/**
 * What an ended appointment pays (seed 001 art. 10, seed 002 art. 6, seed 004 art. 10): the hours done, never more
 * than contracted; the gross to the student for them (earnedCents: pro rata, Bari's minimum hours); the INPS
 * contribution of the payment's calendar year split; the net the student receives (gross - student's share) and
 * what the university spends (gross + university's share).
 */
export interface PayoutFigures {
  /**
   * Calendar year of the payment, whose INPS rate applies; until the profile has it, the latest earlier year's rate
   * is used and the figures are provisional (inps.rateYear < year).
   */
  year: number;
  hoursPaid: number;
  grossCents: number;
  inps: InpsSplit;
  netCents: number;
  universityCostCents: number;
}

/** Why a payout cannot be recorded; nothing changes. */
export type PayoutRefusalReason = 'not-ended' | 'nothing-due' | 'already-paid' | 'not-paid';

export interface PayoutRefused {
  kind: 'payout-refused';
  reason: PayoutRefusalReason;
  /** The appointment's Rome payout date, when already paid. */
  paidOn: string | null;
}

/** A payout order date that cannot be used: before the ending, in the future, or of a year without INPS rate. */
export type PayoutDateProblem = 'before-ending' | 'in-future' | 'no-inps-rate';

export interface PayoutDateInvalid {
  kind: 'payout-date-invalid';
  problem: PayoutDateProblem;
  /** The appointment's ending date (before-ending) or the calendar year without a rate (no-inps-rate). */
  endedOn: string | null;
  year: number | null;
}

export type PayoutError = PayoutRefused | PayoutDateInvalid;

/** The hours the payout pays: those done, never more than contracted (seed 001 art. 10). */
export const hoursPaidOf = (appointment: Appointment): number =>
  Math.min(
    appointment.ending ? appointment.ending.hoursDone : appointment.hoursDone,
    contractedHours(appointment.terms),
  );

/** Whether anything is due for an ended appointment: hours paid and an amount earned for them. */
const somethingDue = (appointment: Appointment, profile: RegulationProfile) =>
  hoursPaidOf(appointment) > 0 && earnedCents(appointment, profile) > 0;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The figures of a payout ordered on a Rome date, with the INPS rate of that date's year. */
export const payoutFigures = (
  appointment: Appointment,
  profile: RegulationProfile,
  orderDate: string,
): Result<PayoutFigures, PayoutError> => {
  const year = yearOf(orderDate);
  const applicable = applicableInpsRate(profile, year);
  if (!applicable) return fail({ kind: 'payout-date-invalid', problem: 'no-inps-rate', endedOn: null, year });
  const grossCents = earnedCents(appointment, profile);
  const inps = splitInps(grossCents, applicable.rate);
  return ok({
    year,
    hoursPaid: hoursPaidOf(appointment),
    grossCents,
    inps,
    netCents: grossCents - inps.studentCents,
    universityCostCents: grossCents + inps.universityCents,
  });
};

/** Where an appointment stands on its payout, before the order is recorded. */
export type PayoutStanding = 'not-ended' | 'nothing-due' | 'due' | 'paid';

export const payoutStanding = (appointment: Appointment, profile: RegulationProfile): PayoutStanding => {
  if (appointment.paidOn !== null) return 'paid';
  if (appointment.status !== 'ended' || !appointment.ending) return 'not-ended';
  return somethingDue(appointment, profile) ? 'due' : 'nothing-due';
};

/**
 * The office records the payout order (dispositivo di liquidazione, seed 003) of an ended appointment on a Rome date:
 * not before the appointment ended, not after today, in a year the profile has an INPS rate for. The appointment
 * is marked paid on that date (the calendar-year amount cap counts it there, domain/caps).
 */
export const payAppointment = (
  appointment: Appointment,
  profile: RegulationProfile,
  orderDate: string,
  today: string,
): Result<{ appointment: Appointment; figures: PayoutFigures }, PayoutError> => {
  const standing = payoutStanding(appointment, profile);
  if (standing !== 'due')
    return fail({
      kind: 'payout-refused',
      reason: standing === 'paid' ? 'already-paid' : standing,
      paidOn: appointment.paidOn,
    });
  const endedOn = appointment.ending?.date ?? '';
  if (orderDate > today)
    return fail({ kind: 'payout-date-invalid', problem: 'in-future', endedOn: null, year: null });
  if (orderDate < endedOn)
    return fail({ kind: 'payout-date-invalid', problem: 'before-ending', endedOn, year: null });
  const figures = payoutFigures(appointment, profile, orderDate);
  if (!figures.ok) return figures;
  return ok({ appointment: { ...appointment, paidOn: orderDate }, figures: figures.value });
};

/**
 * The office cancels a recorded payout order (a wrong number, date or figure): the appointment is due again and a new
 * order may be recorded; the order itself stays on record, cancelled, with the reason (the caller keeps it). Only a
 * paid appointment has an order to cancel.
 */
export const cancelPayout = (appointment: Appointment): Result<Appointment, PayoutRefused> =>
  appointment.paidOn === null
    ? fail({ kind: 'payout-refused', reason: 'not-paid', paidOn: null })
    : ok({ ...appointment, paidOn: null });
