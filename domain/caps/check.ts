import type { CapKind, RegulationProfile } from '../profiles/types.ts';
import type { CapBreach, CappedAppointment, CapStudent, CapUnit } from './types.ts';

/**
 * The calendar year an appointment's amount falls in: the year it is paid. Every seed pays the grant in one
 * instalment at the end of the activity (seed 001 art. 10 c.2, seed 002 art. 6 c.4, seed 004 art. 10), and Ferrara's
 * cap is on the "compenso ... nell'anno solare" (seed 001 art. 10 c.6): what the student receives in a year, as INPS
 * and the tax office count it (cash basis). So the amount is never split by days: it falls whole in the year of the
 * payout order once paid, and until then in the year of the end date, when it is due. An appointment from
 * 01/10/2025 to 31/01/2026 counts entirely in 2026.
 */
export const calendarYearOf = (appointment: CappedAppointment): string =>
  (appointment.paidOn ?? appointment.endDate).slice(0, 4);

const overlaps = (a: CappedAppointment, b: CappedAppointment) =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/** An appointment that ended before any hour was done never held the student (withdrawn before starting). */
const held = (appointment: CappedAppointment) => appointment.live || appointment.hours > 0;

/**
 * Every cap of the profile the proposed appointment would break, given the student's other appointments (any
 * status; an ended one counts what it committed until it ended). Empty when the appointment can be made. The
 * proposed appointment is counted once even if `existing` holds an older version of it (an amendment).
 */
export const checkAppointmentCaps = (
  profile: RegulationProfile,
  student: CapStudent,
  existing: readonly CappedAppointment[],
  proposed: CappedAppointment,
): CapBreach[] => {
  const { caps } = profile;
  const others = existing.filter((appointment) => appointment.id !== proposed.id);
  const breaches: CapBreach[] = [];
  const breach = (
    cap: CapKind,
    unit: CapUnit,
    measure: { limit: number; value: number; excess: number } | null,
    period: string | null,
    extra: Record<string, string | number> = {},
  ) =>
    breaches.push({
      cap,
      unit,
      limit: measure?.limit ?? null,
      value: measure?.value ?? null,
      excess: measure?.excess ?? null,
      period,
      overridable: caps.overridable.value.includes(cap),
      messageKey: `caps.${cap}`,
      params: { ...(measure ?? {}), ...(period === null ? {} : { period }), ...extra },
    });
  const above = (limit: number, value: number) => ({ limit, value, excess: value - limit });

  // Eligibility-like caps first: no amount of hours makes them right.
  if (profile.eligibility.staffExcluded.value && student.isStaff)
    breach('university-staff', null, null, null);
  const incompatible = profile.compatibility.incompatibleWith.value;
  for (const situation of student.declaredSituations) {
    if (incompatible.includes(situation)) breach('incompatible-situation', null, null, null, { situation });
  }

  const sameYear = others.filter((a) => a.academicYear === proposed.academicYear);
  const reported = new Set<string>();
  if (caps.oneGrantPerAcademicYear.value) {
    const holding = sameYear.filter(held);
    for (const appointment of holding) reported.add(appointment.id);
    if (holding.length > 0)
      breach('one-grant-per-academic-year', null, null, proposed.academicYear, { count: holding.length });
  }
  if (!caps.grantsCumulative.value) {
    // Seed 004 art. 8: the grants of one call are not cumulative; seed 001 art. 10 c.7: never two at the same time.
    const clashing = others.filter(
      (a) => a.live && !reported.has(a.id) && (a.callId === proposed.callId || overlaps(a, proposed)),
    );
    if (clashing.length > 0) breach('not-cumulative', null, null, null, { count: clashing.length });
  }

  const minHours = caps.contractMinHours.value;
  if (minHours !== null && proposed.hours < minHours)
    breach(
      'contract-min-hours',
      'hours',
      { limit: minHours, value: proposed.hours, excess: minHours - proposed.hours },
      null,
    );
  const maxHours = caps.contractMaxHours.value;
  if (maxHours !== null && proposed.hours > maxHours)
    breach('contract-max-hours', 'hours', above(maxHours, proposed.hours), null);

  const yearHours = proposed.hours + sameYear.reduce((total, a) => total + a.hours, 0);
  const complexLimit = caps.complexProjectMaxHours.value;
  // Seed 003 (art. 9 c.14): 90 hours a year, up to 150 when the tutor works on a project of particular complexity.
  const complex =
    complexLimit !== null && (proposed.complexProject || sameYear.some((a) => a.complexProject && held(a)));
  const hoursLimit = complex ? complexLimit : caps.maxHoursPerYear.value;
  if (hoursLimit !== null && yearHours > hoursLimit)
    breach(
      'hours-per-year',
      'hours',
      above(hoursLimit, yearHours),
      proposed.academicYear,
      complexLimit !== null && !complex ? { complexProjectLimit: complexLimit } : {},
    );
  const phdHours = caps.phdMaxHours.value;
  if (phdHours !== null && student.programmeType === 'PHD' && yearHours > phdHours)
    breach('phd-hours', 'hours', above(phdHours, yearHours), proposed.academicYear);

  const amount = caps.maxAmountPerYear.value;
  if (amount !== null) {
    const periodOf = (a: CappedAppointment) =>
      amount.year === 'calendar' ? calendarYearOf(a) : a.academicYear;
    const period = periodOf(proposed);
    const total = [proposed, ...others.filter((a) => periodOf(a) === period)].reduce(
      (sum, a) => sum + a.grossCents,
      0,
    );
    if (total > amount.cents)
      breach('amount-per-year', 'cents', above(amount.cents, total), period, { yearKind: amount.year });
  }

  return breaches;
};
