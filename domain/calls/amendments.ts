import type { CallData, CallPositionData, CallRules } from './types.ts';

export type AmendableField = Exclude<keyof CallData, 'academicYear'>;

export interface CallChange {
  before: unknown;
  after: unknown;
}

export interface AmendmentAssessment {
  changes: Partial<Record<AmendableField, CallChange>>;
  /** Why the amendment harms applicants, one code per reason; empty when it does not. */
  harms: string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const positionKey = (p: CallPositionData) => `${p.unitId}|${p.activityType}|${p.activityKind}`;

const positionHarms = (before: CallPositionData[], after: CallPositionData[]): string[] => {
  const harms: string[] = [];
  const total = (ps: CallPositionData[]) => ps.reduce((t, p) => t + p.grants, 0);
  if (total(after) < total(before)) harms.push('fewer-grants');
  const afterByKey = new Map(after.map((p) => [positionKey(p), p]));
  for (const old of before) {
    const now = afterByKey.get(positionKey(old));
    if (!now) {
      harms.push('position-removed');
      continue;
    }
    if (now.grants < old.grants) harms.push('fewer-grants');
    if (now.amountPerGrantCents < old.amountPerGrantCents) harms.push('lower-amount');
    if (old.admittedProgrammeTypes.some((type) => !now.admittedProgrammeTypes.includes(type)))
      harms.push('stricter-access-title');
  }
  return harms;
};

const rulesHarms = (before: CallRules, after: CallRules): string[] => {
  const harms: string[] = [];
  const b = before.eligibility;
  const a = after.eligibility;
  if (b.degreeTypes.some((type) => !a.degreeTypes.includes(type))) harms.push('stricter-eligibility');
  const beyond = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
  if (beyond(a.maxYearsBeyond) < beyond(b.maxYearsBeyond)) harms.push('stricter-eligibility');
  for (const flag of [
    'partTimeExcluded',
    'singleCourseExcluded',
    'statusForWholeAppointment',
    'staffExcluded',
  ] as const)
    if (a[flag] && !b[flag]) harms.push('stricter-eligibility');
  const minYear = (value: CallRules['eligibility']['singleCycleMinYear']) =>
    value ?? { fiveYear: 0, sixYear: 0 };
  if (
    minYear(a.singleCycleMinYear).fiveYear > minYear(b.singleCycleMinYear).fiveYear ||
    minYear(a.singleCycleMinYear).sixYear > minYear(b.singleCycleMinYear).sixYear
  )
    harms.push('stricter-eligibility');
  const perCandidate = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
  if (perCandidate(after.maxPositionsPerCandidate) < perCandidate(before.maxPositionsPerCandidate))
    harms.push('fewer-positions-per-candidate');
  // Scores already earned under one rubric cannot be re-weighed fairly after applications came in: any change
  // of the rubric, the tie-breaks or the preference rule counts as harmful (decision 006).
  if (!same(before.rubrics, after.rubrics) || !same(before.tieBreaks, after.tieBreaks))
    harms.push('scoring-changed');
  if (before.ownDepartmentFirst !== after.ownDepartmentFirst) harms.push('scoring-changed');
  if (after.appealWindowDays < before.appealWindowDays) harms.push('shorter-appeal-window');
  return harms;
};

/**
 * What an amendment changes and whether it harms applicants (issue 3): a shorter window (earlier close or later
 * opening), fewer positions or grants, a lower amount, stricter requirements, a new required attachment. A
 * harmful amendment is refused once the call has confirmed applications.
 */
export const assessAmendment = (before: CallData, after: CallData): AmendmentAssessment => {
  const changes: AmendmentAssessment['changes'] = {};
  const fields: AmendableField[] = [
    'title',
    'legalReferences',
    'opensAt',
    'closesAt',
    'activitiesEndDate',
    'rules',
    'requiredAttachments',
    'articles',
    'positions',
  ];
  for (const field of fields)
    if (!same(before[field], after[field])) changes[field] = { before: before[field], after: after[field] };

  const harms: string[] = [];
  if (after.closesAt.getTime() < before.closesAt.getTime()) harms.push('earlier-close');
  if (after.opensAt.getTime() > before.opensAt.getTime()) harms.push('later-opening');
  if (after.activitiesEndDate < before.activitiesEndDate) harms.push('shorter-activities');
  harms.push(...positionHarms(before.positions, after.positions));
  harms.push(...rulesHarms(before.rules, after.rules));
  const wasAlways = new Set(
    before.requiredAttachments.filter((r) => r.required === 'always').map((r) => r.code),
  );
  const existed = new Set(before.requiredAttachments.map((r) => r.code));
  for (const attachment of after.requiredAttachments) {
    if (!existed.has(attachment.code)) harms.push('new-required-attachment');
    else if (attachment.required === 'always' && !wasAlways.has(attachment.code))
      harms.push('new-required-attachment');
  }
  return { changes, harms: [...new Set(harms)] };
};
