import { uncitedPaths } from './settings.ts';
import {
  CANDIDATE_KIND_OF,
  type CandidateKind,
  type CriterionFormula,
  type RegulationProfile,
  type Rubric,
  type RubricCriterion,
} from './types.ts';

export const PROFILE_ISSUE_CODES = [
  'source-missing',
  'not-integer',
  'too-small',
  'too-large',
  'not-positive',
  'duplicate',
  'month-day-invalid',
  'degree-types-empty',
  'single-cycle-year-missing',
  'contract-min-above-max',
  'contract-above-year-cap',
  'phd-above-year-cap',
  'phd-hours-without-phd',
  'complex-below-year-cap',
  'one-grant-but-cumulative',
  'payout-minimum-above-contract',
  'refusal-exclude-after-too-low',
  'tie-break-needs-phd',
  'inps-share-invalid',
  'rubric-kinds-empty',
  'rubric-kind-not-admitted',
  'rubric-kind-overlap',
  'rubric-kind-missing',
  'rubric-total-mismatch',
  'criterion-id-invalid',
  'criterion-formula-missing',
  'criterion-formula-not-allowed',
  'grade-bands-order',
  'grade-bands-above-max',
  'formula-below-max',
] as const;
export type ProfileIssueCode = (typeof PROFILE_ISSUE_CODES)[number];

/**
 * One problem with a profile: `field` is the dotted path of the value at fault ("caps.contractMinHours.value"), so
 * the form can highlight it; `code` and `params` are rendered in the reader's language by the server.
 */
export interface ProfileIssue {
  field: string;
  code: ProfileIssueCode;
  params: Record<string, string | number>;
}

/** The best grade of an Italian exam, the ceiling of any weighted average. */
const BEST_EXAM_GRADE = 30;
/** The final grade of a degree is out of 110. */
const BEST_DEGREE_GRADE = 110;

/** Points are compared to the hundredth, so 3 x 3.33 + 0.01 adds up to 10. */
const samePoints = (a: number, b: number) => Math.round(a * 100) === Math.round(b * 100);

/**
 * Checks the values of a profile one by one (ranges, citations) and against each other (contradictions). Returns
 * every issue found, in document order; an empty list means the profile can be saved and used.
 */
export const validateProfile = (profile: RegulationProfile): ProfileIssue[] => {
  const issues: ProfileIssue[] = [];
  const add = (field: string, code: ProfileIssueCode, params: ProfileIssue['params'] = {}) =>
    issues.push({ field, code, params });

  /** A whole number within bounds; returns whether it passed, so cross-field checks skip broken values. */
  const whole = (field: string, value: number | null, min: number, max?: number): boolean => {
    if (value === null) return true;
    if (!Number.isInteger(value)) add(field, 'not-integer');
    else if (value < min) add(field, 'too-small', { min });
    else if (max !== undefined && value > max) add(field, 'too-large', { max });
    else return true;
    return false;
  };
  const points = (field: string, value: number): boolean => {
    if (Number.isFinite(value) && value > 0) return true;
    add(field, 'not-positive');
    return false;
  };

  for (const path of uncitedPaths(profile)) add(path, 'source-missing');

  const { eligibility, caps, offers, calendar, rankings, applications, activity, payout } = profile;

  // Eligibility
  const degreeTypes = eligibility.degreeTypes.value;
  if (degreeTypes.length === 0) add('eligibility.degreeTypes.value', 'degree-types-empty');
  degreeTypes.forEach((type, index) => {
    if (degreeTypes.indexOf(type) !== index)
      add(`eligibility.degreeTypes.value.${index}`, 'duplicate', { value: type });
  });
  const singleCycle = eligibility.singleCycleMinYear.value;
  if (degreeTypes.includes('LMCU') && singleCycle === null)
    add('eligibility.singleCycleMinYear.value', 'single-cycle-year-missing');
  if (singleCycle) {
    whole('eligibility.singleCycleMinYear.value.fiveYear', singleCycle.fiveYear, 1, 5);
    whole('eligibility.singleCycleMinYear.value.sixYear', singleCycle.sixYear, 1, 6);
  }
  whole('eligibility.maxYearsBeyond.value', eligibility.maxYearsBeyond.value, 0, 10);

  // Caps
  const amount = caps.maxAmountPerYear.value;
  if (amount) whole('caps.maxAmountPerYear.value.cents', amount.cents, 1);
  const yearHours = whole('caps.maxHoursPerYear.value', caps.maxHoursPerYear.value, 1)
    ? caps.maxHoursPerYear.value
    : null;
  const complexHours = whole('caps.complexProjectMaxHours.value', caps.complexProjectMaxHours.value, 1)
    ? caps.complexProjectMaxHours.value
    : null;
  const minHours = whole('caps.contractMinHours.value', caps.contractMinHours.value, 1)
    ? caps.contractMinHours.value
    : null;
  const maxHours = whole('caps.contractMaxHours.value', caps.contractMaxHours.value, 1)
    ? caps.contractMaxHours.value
    : null;
  const phdHours = whole('caps.phdMaxHours.value', caps.phdMaxHours.value, 1) ? caps.phdMaxHours.value : null;
  if (minHours !== null && maxHours !== null && minHours > maxHours)
    add('caps.contractMinHours.value', 'contract-min-above-max', { min: minHours, max: maxHours });
  // A single contract may use the complex-project allowance, never more.
  const yearCeiling = yearHours === null ? null : Math.max(yearHours, complexHours ?? 0);
  if (maxHours !== null && yearCeiling !== null && maxHours > yearCeiling)
    add('caps.contractMaxHours.value', 'contract-above-year-cap', { contract: maxHours, year: yearCeiling });
  if (phdHours !== null && yearCeiling !== null && phdHours > yearCeiling)
    add('caps.phdMaxHours.value', 'phd-above-year-cap', { phd: phdHours, year: yearCeiling });
  if (phdHours !== null && !degreeTypes.includes('PHD'))
    add('caps.phdMaxHours.value', 'phd-hours-without-phd');
  if (complexHours !== null && yearHours !== null && complexHours < yearHours)
    add('caps.complexProjectMaxHours.value', 'complex-below-year-cap', {
      complex: complexHours,
      year: yearHours,
    });
  if (caps.oneGrantPerAcademicYear.value && caps.grantsCumulative.value)
    add('caps.grantsCumulative.value', 'one-grant-but-cumulative');
  const overridable = caps.overridable.value;
  overridable.forEach((cap, index) => {
    if (overridable.indexOf(cap) !== index)
      add(`caps.overridable.value.${index}`, 'duplicate', { value: cap });
  });

  // Offers
  whole('offers.acceptanceWorkingDays.value', offers.acceptanceWorkingDays.value, 1, 60);
  const refusal = offers.refusal.value;
  if (refusal.kind === 'move-to-end' && refusal.excludeAfter !== null) {
    if (whole('offers.refusal.value.excludeAfter', refusal.excludeAfter, 1) && refusal.excludeAfter < 2)
      add('offers.refusal.value.excludeAfter', 'refusal-exclude-after-too-low');
  }

  // Calendar
  const patron = calendar.patronDay.value;
  if (patron && !isMonthDay(patron.monthDay))
    add('calendar.patronDay.value.monthDay', 'month-day-invalid', { value: patron.monthDay });

  // Rankings
  whole('rankings.appealWindowDays.value', rankings.appealWindowDays.value, 1, 90);
  whole('rankings.validityMonths.value', rankings.validityMonths.value, 1, 60);
  whole('rankings.committeeMinMembers.value', rankings.committeeMinMembers.value, 3, 15);
  const tieBreaks = rankings.tieBreaks.map((t) => t.value);
  tieBreaks.forEach((tieBreak, index) => {
    if (tieBreaks.indexOf(tieBreak) !== index)
      add(`rankings.tieBreaks.${index}.value`, 'duplicate', { value: tieBreak });
    if (tieBreak === 'phd-without-scholarship-first' && !degreeTypes.includes('PHD'))
      add(`rankings.tieBreaks.${index}.value`, 'tie-break-needs-phd');
  });

  // Applications
  whole('applications.maxPositionsPerCandidate.value', applications.maxPositionsPerCandidate.value, 1);

  // Rubrics
  const admitted = new Set<CandidateKind>(degreeTypes.map((type) => CANDIDATE_KIND_OF[type]));
  const coveredBy = new Map<CandidateKind, number>();
  profile.rubrics.forEach((setting, index) => {
    validateRubric(setting.value, `rubrics.${index}.value`, add, points, whole);
    setting.value.candidateKinds.forEach((kind, kindIndex) => {
      const field = `rubrics.${index}.value.candidateKinds.${kindIndex}`;
      if (!admitted.has(kind)) add(field, 'rubric-kind-not-admitted', { kind });
      const other = coveredBy.get(kind);
      if (other !== undefined) add(field, 'rubric-kind-overlap', { kind, other: other + 1 });
      else coveredBy.set(kind, index);
    });
  });
  for (const kind of admitted) if (!coveredBy.has(kind)) add('rubrics', 'rubric-kind-missing', { kind });

  // Activity and payout
  whole('activity.safetyTrainingHours.value', activity.safetyTrainingHours.value, 1);
  whole('activity.maxPauseDays.value', activity.maxPauseDays.value, 1, 365);
  const continuation = activity.continuationAfterGraduation.value;
  if (typeof continuation === 'object')
    whole('activity.continuationAfterGraduation.value.maxRemainingHours', continuation.maxRemainingHours, 1);
  const inps = activity.inpsRegistration.value;
  if (inps) whole('activity.inpsRegistration.value.daysAfterStart', inps.daysAfterStart, 0, 365);
  const payoutMinimum = whole('payout.minimumHours.value', payout.minimumHours.value, 1)
    ? payout.minimumHours.value
    : null;
  if (payoutMinimum !== null && maxHours !== null && payoutMinimum > maxHours)
    add('payout.minimumHours.value', 'payout-minimum-above-contract', {
      minimum: payoutMinimum,
      contract: maxHours,
    });
  whole('payout.supervisorReportDays.value', payout.supervisorReportDays.value, 1, 365);
  whole('payout.paymentDays.value', payout.paymentDays.value, 1, 365);

  // Compatibility
  const incompatible = profile.compatibility.incompatibleWith.value;
  incompatible.forEach((situation, index) => {
    if (incompatible.indexOf(situation) !== index)
      add(`compatibility.incompatibleWith.value.${index}`, 'duplicate', { value: situation });
  });

  // INPS
  const years = profile.inpsRates.map((rate) => rate.value.year);
  profile.inpsRates.forEach(({ value: rate }, index) => {
    const field = `inpsRates.${index}.value`;
    whole(`${field}.year`, rate.year, 2000, 2100);
    if (years.indexOf(rate.year) !== index) add(`${field}.year`, 'duplicate', { value: rate.year });
    whole(`${field}.rateBasisPoints`, rate.rateBasisPoints, 1, 10_000);
    const { numerator, denominator } = rate.studentShare;
    const share = Number.isInteger(numerator) && Number.isInteger(denominator) && denominator >= 1;
    if (!share || numerator < 0 || numerator > denominator)
      add(`${field}.studentShare`, 'inps-share-invalid');
  });

  return issues;
};

type Add = (field: string, code: ProfileIssueCode, params?: ProfileIssue['params']) => void;

const CRITERION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const validateRubric = (
  rubric: Rubric,
  path: string,
  add: Add,
  points: (field: string, value: number) => boolean,
  whole: (field: string, value: number | null, min: number, max?: number) => boolean,
) => {
  if (rubric.candidateKinds.length === 0) add(`${path}.candidateKinds`, 'rubric-kinds-empty');
  points(`${path}.totalPoints`, rubric.totalPoints);
  const ids = rubric.criteria.map((criterion) => criterion.id);
  rubric.criteria.forEach((criterion, index) => {
    const field = `${path}.criteria.${index}`;
    if (!CRITERION_ID.test(criterion.id)) add(`${field}.id`, 'criterion-id-invalid', { value: criterion.id });
    else if (ids.indexOf(criterion.id) !== index) add(`${field}.id`, 'duplicate', { value: criterion.id });
    if (points(`${field}.maxPoints`, criterion.maxPoints)) validateFormula(criterion, field, add);
    whole(`${field}.maxItems`, criterion.maxItems, 1);
  });
  const sum = rubric.criteria.reduce((total, criterion) => total + criterion.maxPoints, 0);
  if (!samePoints(sum, rubric.totalPoints))
    add(`${path}.totalPoints`, 'rubric-total-mismatch', {
      sum: Math.round(sum * 100) / 100,
      total: rubric.totalPoints,
    });
};

const validateFormula = (criterion: RubricCriterion, field: string, add: Add) => {
  const formula = criterion.formula;
  if (criterion.assessedBy === 'committee') {
    if (formula !== null) add(`${field}.formula`, 'criterion-formula-not-allowed');
    return;
  }
  if (formula === null) {
    add(`${field}.formula`, 'criterion-formula-missing');
    return;
  }
  const reachable = reachablePoints(formula);
  if (formula.kind === 'degree-grade-bands') {
    const { bands } = formula;
    const ordered = bands.every(
      (band, i) =>
        band.minGrade >= 0 &&
        band.minGrade <= BEST_DEGREE_GRADE &&
        band.points >= 0 &&
        (i === 0 ||
          (band.minGrade > (bands[i - 1]?.minGrade ?? 0) && band.points >= (bands[i - 1]?.points ?? 0))),
    );
    if (bands.length === 0 || !ordered || formula.honoursPoints < 0)
      add(`${field}.formula.bands`, 'grade-bands-order');
    else if (reachable > criterion.maxPoints + 1e-9)
      add(`${field}.formula.bands`, 'grade-bands-above-max', { points: reachable, max: criterion.maxPoints });
  } else if (!(formula.divisor > 0)) add(`${field}.formula.divisor`, 'not-positive');
  else if (reachable + 1e-9 < criterion.maxPoints)
    // A divisor that makes the maximum unreachable is almost always a typo (3 for 1, or the reverse).
    add(`${field}.formula.divisor`, 'formula-below-max', {
      reachable: Math.round(reachable * 100) / 100,
      max: criterion.maxPoints,
    });
};

/** The most points a formula can give before the criterion's cap applies. */
export const reachablePoints = (formula: CriterionFormula): number =>
  formula.kind === 'degree-grade-bands'
    ? Math.max(0, ...formula.bands.map((band) => band.points)) + formula.honoursPoints
    : BEST_EXAM_GRADE / formula.divisor;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** MM-DD of a day that exists in some year (29 February included). */
export const isMonthDay = (value: string): boolean => {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
};
