import { romeDate } from '../calendar/rome-time.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { type CallData, committedCents } from './types.ts';

export const CALL_ISSUE_CODES = [
  'required',
  'not-positive',
  'amount-above-cap',
  'hours-above-cap',
  'hours-below-contract-minimum',
  'hours-above-contract-maximum',
  'phd-hours-above-cap',
  'hourly-rate-inconsistent',
  'programme-type-not-admitted',
  'above-funding',
  'window-order',
  'closes-in-past',
  'activities-end-before-window',
] as const;
export type CallIssueCode = (typeof CALL_ISSUE_CODES)[number];

/** A problem with one field of a call; the server words it in the user's language from code and params. */
export interface CallIssue {
  field: string;
  code: CallIssueCode;
  params?: Record<string, string | number>;
}

export interface CallCheckContext {
  profile: RegulationProfile;
  /** What the funding assignment has left for this call (its amount less other published calls), or null. */
  fundingRemainingCents: number | null;
  now: Date;
  /** Publishing adds the checks that only matter to applicants: the window must still be ahead. */
  publishing: boolean;
}

/**
 * The checks on save (issue 3): amounts within the profile's caps and within the funding, hours within the
 * caps and consistent with the amounts, the window in order and, when published, still to close.
 */
export const validateCall = (call: CallData, context: CallCheckContext): CallIssue[] => {
  const issues: CallIssue[] = [];
  const { caps } = context.profile;
  const amountCap = caps.maxAmountPerYear.value;
  const hoursCap = caps.maxHoursPerYear.value;
  const contractMin = caps.contractMinHours.value;
  const contractMax = caps.contractMaxHours.value;
  const phdMax = caps.phdMaxHours.value;

  if (call.title.trim() === '') issues.push({ field: 'title', code: 'required' });
  if (call.positions.length === 0) issues.push({ field: 'positions', code: 'required' });

  // The hourly rate of the first position is the call's rate (seed 004: EUR 3,000 / 200 h = EUR 15/h, and the
  // PhD position EUR 3,750 / 250 h, the same 15). A position paying another rate is most likely a typo in its
  // hours or amount. Compared by cross-multiplication, so no rounding of cents per hour is involved.
  const reference = call.positions.find((p) => p.hoursPerGrant > 0 && p.amountPerGrantCents > 0);

  call.positions.forEach((position, index) => {
    const at = (field: string) => `positions.${index}.${field}`;
    if (position.activityType.trim() === '') issues.push({ field: at('activityType'), code: 'required' });
    if (position.grants < 1) issues.push({ field: at('grants'), code: 'not-positive' });
    if (position.hoursPerGrant < 1) issues.push({ field: at('hoursPerGrant'), code: 'not-positive' });
    if (position.amountPerGrantCents < 1)
      issues.push({ field: at('amountPerGrantCents'), code: 'not-positive' });
    if (amountCap && position.amountPerGrantCents > amountCap.cents)
      issues.push({
        field: at('amountPerGrantCents'),
        code: 'amount-above-cap',
        params: { cap: amountCap.cents },
      });
    if (hoursCap !== null && position.hoursPerGrant > hoursCap)
      issues.push({ field: at('hoursPerGrant'), code: 'hours-above-cap', params: { cap: hoursCap } });
    if (contractMin !== null && position.hoursPerGrant >= 1 && position.hoursPerGrant < contractMin)
      issues.push({
        field: at('hoursPerGrant'),
        code: 'hours-below-contract-minimum',
        params: { min: contractMin },
      });
    if (contractMax !== null && position.hoursPerGrant > contractMax)
      issues.push({
        field: at('hoursPerGrant'),
        code: 'hours-above-contract-maximum',
        params: { max: contractMax },
      });
    const phdOnly =
      position.admittedProgrammeTypes.length > 0 && position.admittedProgrammeTypes.every((t) => t === 'PHD');
    if (phdOnly && phdMax !== null && position.hoursPerGrant > phdMax)
      issues.push({ field: at('hoursPerGrant'), code: 'phd-hours-above-cap', params: { cap: phdMax } });
    if (
      reference &&
      position !== reference &&
      position.hoursPerGrant > 0 &&
      position.amountPerGrantCents * reference.hoursPerGrant !==
        reference.amountPerGrantCents * position.hoursPerGrant
    )
      issues.push({
        field: at('amountPerGrantCents'),
        code: 'hourly-rate-inconsistent',
        params: { rateCents: Math.round(reference.amountPerGrantCents / reference.hoursPerGrant) },
      });
    if (position.admittedProgrammeTypes.length === 0)
      issues.push({ field: at('admittedProgrammeTypes'), code: 'required' });
    for (const type of position.admittedProgrammeTypes)
      if (!call.rules.eligibility.degreeTypes.includes(type))
        issues.push({
          field: at('admittedProgrammeTypes'),
          code: 'programme-type-not-admitted',
          params: { type },
        });
  });

  const total = committedCents(call.positions);
  if (context.fundingRemainingCents !== null && total > context.fundingRemainingCents)
    issues.push({
      field: 'positions',
      code: 'above-funding',
      params: { total, remaining: context.fundingRemainingCents },
    });

  if (call.opensAt.getTime() >= call.closesAt.getTime())
    issues.push({ field: 'closesAt', code: 'window-order' });
  if (context.publishing && call.closesAt.getTime() <= context.now.getTime())
    issues.push({ field: 'closesAt', code: 'closes-in-past' });
  // The activities follow the selection: they cannot end before applications have even closed.
  if (call.activitiesEndDate <= romeDate(call.closesAt))
    issues.push({ field: 'activitiesEndDate', code: 'activities-end-before-window' });
  return issues;
};
