import { Temporal } from 'temporal-polyfill';
import { isCents } from '../money/cents.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import type { InvalidAppointmentTerms, TermsProblem } from './errors.ts';
import type { ActivityKind, AppointmentTerms } from './types.ts';

/** The paid hours of an appointment: the items' hours (training included where the profile counts it). */
export const contractedHours = (terms: AppointmentTerms): number =>
  terms.items.reduce((total, item) => total + item.hours, 0);

/** The gross amount (lordo percipiente) of an appointment, the sum of its items' costs, in cents. */
export const grossCentsOf = (terms: AppointmentTerms): number =>
  terms.items.reduce((total, item) => total + item.costCents, 0);

/** Hours and cost per ministry activity kind, for the report of committed and spent money (seed 003). */
export const hoursByKind = (
  terms: AppointmentTerms,
): Record<ActivityKind, { hours: number; costCents: number }> => {
  const split = {
    'supplementary-teaching': { hours: 0, costCents: 0 },
    tutoring: { hours: 0, costCents: 0 },
  };
  for (const item of terms.items) {
    split[item.kind].hours += item.hours;
    split[item.kind].costCents += item.costCents;
  }
  return split;
};

/**
 * Every hour the tutor commits to: the paid hours, plus the training where the profile does not count it in them
 * (seed 001 art. 9 c.1, seed 002 art. 8 c.2 and seed 004 art. 9 count it).
 */
export const committedHours = (terms: AppointmentTerms, profile: RegulationProfile): number =>
  contractedHours(terms) + (profile.activity.trainingCountsInHours.value ? 0 : terms.trainingHours);

const isDate = (value: string) => {
  try {
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(value) && Temporal.PlainDate.from(value, { overflow: 'reject' }) !== null
    );
  } catch {
    return false;
  }
};

/**
 * Checks the terms against themselves and the profile: at least one activity kind, each at most once, whole
 * positive hours and costs in cents, a start no later than the end, and training within the hours where the
 * profile counts it there, covering at least the mandatory safety training (Tor Vergata: 8 hours).
 */
export const validateTerms = (
  terms: AppointmentTerms,
  profile: RegulationProfile,
): Result<AppointmentTerms, InvalidAppointmentTerms> => {
  const problems = new Set<TermsProblem>();
  if (terms.items.length === 0) problems.add('no-activity');
  const kinds = terms.items.map((item) => item.kind);
  if (new Set(kinds).size !== kinds.length) problems.add('duplicate-kind');
  for (const item of terms.items) {
    if (!Number.isInteger(item.hours) || item.hours <= 0) problems.add('hours-not-positive');
    if (!isCents(item.costCents) || item.costCents < 0) problems.add('cost-not-valid');
  }
  if (!isDate(terms.startDate) || !isDate(terms.endDate) || terms.startDate > terms.endDate)
    problems.add('dates-invalid');
  if (!Number.isInteger(terms.trainingHours) || terms.trainingHours < 0) problems.add('training-not-valid');
  else {
    if (profile.activity.trainingCountsInHours.value && terms.trainingHours > contractedHours(terms))
      problems.add('training-above-hours');
    const safety = profile.activity.safetyTrainingHours.value;
    if (safety !== null && terms.trainingHours < safety) problems.add('safety-training-missing');
  }
  return problems.size === 0
    ? ok(terms)
    : fail({ kind: 'invalid-appointment-terms', problems: [...problems] });
};
