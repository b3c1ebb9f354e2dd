import { describe, expect, it } from 'vitest';
import { buildProfile } from './builders.ts';
import type { RegulationProfile, RubricCriterion } from './types.ts';
import { isMonthDay, PROFILE_ISSUE_CODES, type ProfileIssue, validateProfile } from './validate.ts';

const criterion = (p: RegulationProfile, rubric: number, index: number): RubricCriterion => {
  const found = p.rubrics[rubric]?.value.criteria[index];
  if (!found) throw new Error('no such criterion');
  return found;
};

type Case = [name: string, change: (p: RegulationProfile) => void, expected: Partial<ProfileIssue>];

const CASES: Case[] = [
  [
    'a blank source',
    (p) => {
      p.caps.maxHoursPerYear.source = '  ';
    },
    { field: 'caps.maxHoursPerYear.source', code: 'source-missing' },
  ],
  [
    'per-contract minimum above the maximum',
    (p) => {
      p.caps.contractMinHours.value = 120;
      p.caps.contractMaxHours.value = 90;
    },
    { field: 'caps.contractMinHours.value', code: 'contract-min-above-max', params: { min: 120, max: 90 } },
  ],
  [
    'a contract longer than a year allows',
    (p) => {
      p.caps.maxHoursPerYear.value = 90;
      p.caps.contractMaxHours.value = 200;
    },
    {
      field: 'caps.contractMaxHours.value',
      code: 'contract-above-year-cap',
      params: { contract: 200, year: 90 },
    },
  ],
  [
    'PhD hours above the yearly hours',
    (p) => {
      p.caps.phdMaxHours.value = 500;
    },
    { field: 'caps.phdMaxHours.value', code: 'phd-above-year-cap', params: { phd: 500, year: 400 } },
  ],
  [
    'PhD hours when PhD students are not admitted',
    (p) => {
      p.eligibility.degreeTypes.value = ['LM', 'LMCU'];
      p.rubrics.pop();
      p.caps.phdMaxHours.value = 40;
    },
    { field: 'caps.phdMaxHours.value', code: 'phd-hours-without-phd' },
  ],
  [
    'complex projects allowed fewer hours than ordinary ones',
    (p) => {
      p.caps.complexProjectMaxHours.value = 100;
    },
    { field: 'caps.complexProjectMaxHours.value', code: 'complex-below-year-cap' },
  ],
  [
    'one grant a year, yet grants cumulative',
    (p) => {
      p.caps.oneGrantPerAcademicYear.value = true;
      p.caps.grantsCumulative.value = true;
    },
    { field: 'caps.grantsCumulative.value', code: 'one-grant-but-cumulative' },
  ],
  [
    'a negative amount',
    (p) => {
      p.caps.maxAmountPerYear.value = { cents: -100, year: 'calendar' };
    },
    { field: 'caps.maxAmountPerYear.value.cents', code: 'too-small', params: { min: 1 } },
  ],
  [
    'an amount in fractions of a cent',
    (p) => {
      p.caps.maxAmountPerYear.value = { cents: 4000.5, year: 'calendar' };
    },
    { field: 'caps.maxAmountPerYear.value.cents', code: 'not-integer' },
  ],
  [
    'an acceptance window of 0 days',
    (p) => {
      p.offers.acceptanceWorkingDays.value = 0;
    },
    { field: 'offers.acceptanceWorkingDays.value', code: 'too-small', params: { min: 1 } },
  ],
  [
    'an appeal window of a year',
    (p) => {
      p.rankings.appealWindowDays.value = 365;
    },
    { field: 'rankings.appealWindowDays.value', code: 'too-large', params: { max: 90 } },
  ],
  [
    'moving to the end but excluding at the first refusal',
    (p) => {
      p.offers.refusal.value = { kind: 'move-to-end', excludeAfter: 1, silenceIsRefusal: true };
    },
    { field: 'offers.refusal.value.excludeAfter', code: 'refusal-exclude-after-too-low' },
  ],
  [
    'no degree type',
    (p) => {
      p.eligibility.degreeTypes.value = [];
    },
    { field: 'eligibility.degreeTypes.value', code: 'degree-types-empty' },
  ],
  [
    'a degree type twice',
    (p) => {
      p.eligibility.degreeTypes.value = ['LM', 'LMCU', 'PHD', 'LM'];
    },
    { field: 'eligibility.degreeTypes.value.3', code: 'duplicate', params: { value: 'LM' } },
  ],
  [
    'single-cycle students without a minimum year',
    (p) => {
      p.eligibility.singleCycleMinYear.value = null;
    },
    { field: 'eligibility.singleCycleMinYear.value', code: 'single-cycle-year-missing' },
  ],
  [
    'a minimum year past the end of a 5-year programme',
    (p) => {
      p.eligibility.singleCycleMinYear.value = { fiveYear: 6, sixYear: 4 };
    },
    { field: 'eligibility.singleCycleMinYear.value.fiveYear', code: 'too-large', params: { max: 5 } },
  ],
  [
    'a payout minimum above the longest contract',
    (p) => {
      p.payout.minimumHours.value = 300;
    },
    { field: 'payout.minimumHours.value', code: 'payout-minimum-above-contract' },
  ],
  [
    'a tie-break listed twice',
    (p) => {
      p.rankings.tieBreaks.push({ value: 'younger-first', source: 'default' });
    },
    { field: 'rankings.tieBreaks.1.value', code: 'duplicate', params: { value: 'younger-first' } },
  ],
  [
    'a PhD tie-break without PhD students',
    (p) => {
      p.eligibility.degreeTypes.value = ['LM', 'LMCU'];
      p.rubrics.pop();
      p.rankings.tieBreaks.push({ value: 'phd-without-scholarship-first', source: 'default' });
    },
    { field: 'rankings.tieBreaks.1.value', code: 'tie-break-needs-phd' },
  ],
  [
    'an impossible patron day',
    (p) => {
      p.calendar.patronDay.value = { monthDay: '02-30', saint: 'Nessuno' };
    },
    { field: 'calendar.patronDay.value.monthDay', code: 'month-day-invalid', params: { value: '02-30' } },
  ],
  [
    'an incompatibility listed twice',
    (p) => {
      p.compatibility.incompatibleWith.value = ['research-grant', 'research-grant'];
    },
    { field: 'compatibility.incompatibleWith.value.1', code: 'duplicate' },
  ],
  [
    'two INPS rates for one year',
    (p) => {
      const first = p.inpsRates[0];
      if (first) p.inpsRates.push(structuredClone(first));
    },
    { field: 'inpsRates.2.value.year', code: 'duplicate', params: { value: 2025 } },
  ],
  [
    'an INPS student share above the whole',
    (p) => {
      const first = p.inpsRates[0];
      if (first) first.value.studentShare = { numerator: 4, denominator: 3 };
    },
    { field: 'inpsRates.0.value.studentShare', code: 'inps-share-invalid' },
  ],
  [
    'criteria not summing to the stated total',
    (p) => {
      criterion(p, 0, 2).maxPoints = 19;
    },
    { field: 'rubrics.0.value.totalPoints', code: 'rubric-total-mismatch', params: { sum: 49, total: 50 } },
  ],
  [
    'a criterion worth nothing',
    (p) => {
      criterion(p, 1, 0).maxPoints = 0;
      const phd = p.rubrics[1];
      if (phd) phd.value.totalPoints = 0;
    },
    { field: 'rubrics.1.value.totalPoints', code: 'not-positive' },
  ],
  [
    'a rubric for nobody',
    (p) => {
      const phd = p.rubrics[1];
      if (phd) phd.value.candidateKinds = [];
    },
    { field: 'rubrics.1.value.candidateKinds', code: 'rubric-kinds-empty' },
  ],
  [
    'an admitted kind without a rubric',
    (p) => {
      p.rubrics.pop();
    },
    { field: 'rubrics', code: 'rubric-kind-missing', params: { kind: 'phd' } },
  ],
  [
    'a kind scored by two rubrics',
    (p) => {
      p.rubrics[1]?.value.candidateKinds.push('master');
    },
    {
      field: 'rubrics.1.value.candidateKinds.1',
      code: 'rubric-kind-overlap',
      params: { kind: 'master', other: 1 },
    },
  ],
  [
    'a rubric for a kind that is not admitted',
    (p) => {
      p.rubrics[1]?.value.candidateKinds.push('specialisation');
    },
    { field: 'rubrics.1.value.candidateKinds.1', code: 'rubric-kind-not-admitted' },
  ],
  [
    'a criterion id with spaces',
    (p) => {
      criterion(p, 0, 2).id = 'Titoli vari';
    },
    { field: 'rubrics.0.value.criteria.2.id', code: 'criterion-id-invalid' },
  ],
  [
    'two criteria with one id',
    (p) => {
      criterion(p, 0, 2).id = 'weighted-average';
    },
    { field: 'rubrics.0.value.criteria.2.id', code: 'duplicate' },
  ],
  [
    'a computed criterion without a formula',
    (p) => {
      criterion(p, 0, 1).formula = null;
    },
    { field: 'rubrics.0.value.criteria.1.formula', code: 'criterion-formula-missing' },
  ],
  [
    'a committee criterion with a formula',
    (p) => {
      criterion(p, 0, 2).formula = { kind: 'average-times-credit-ratio', divisor: 1 };
    },
    { field: 'rubrics.0.value.criteria.2.formula', code: 'criterion-formula-not-allowed' },
  ],
  [
    'grade bands out of order',
    (p) => {
      const formula = criterion(p, 0, 0).formula;
      if (formula?.kind === 'degree-grade-bands') formula.bands.reverse();
    },
    { field: 'rubrics.0.value.criteria.0.formula.bands', code: 'grade-bands-order' },
  ],
  [
    'grade bands worth more than the criterion',
    (p) => {
      const formula = criterion(p, 0, 0).formula;
      if (formula?.kind === 'degree-grade-bands') formula.honoursPoints = 5;
    },
    {
      field: 'rubrics.0.value.criteria.0.formula.bands',
      code: 'grade-bands-above-max',
      params: { points: 23, max: 20 },
    },
  ],
  [
    'a divisor that makes the maximum unreachable',
    (p) => {
      const formula = criterion(p, 0, 1).formula;
      if (formula?.kind === 'average-times-credit-ratio') formula.divisor = 6;
    },
    {
      field: 'rubrics.0.value.criteria.1.formula.divisor',
      code: 'formula-below-max',
      params: { reachable: 5, max: 10 },
    },
  ],
  [
    'a pause of two years',
    (p) => {
      p.activity.maxPauseDays.value = 730;
    },
    { field: 'activity.maxPauseDays.value', code: 'too-large', params: { max: 365 } },
  ],
  [
    'continuation with no hours left',
    (p) => {
      p.activity.continuationAfterGraduation.value = { maxRemainingHours: 0 };
    },
    { field: 'activity.continuationAfterGraduation.value.maxRemainingHours', code: 'too-small' },
  ],
  [
    'an overridable cap listed twice',
    (p) => {
      p.caps.overridable.value = ['contract-min-hours', 'phd-hours', 'contract-min-hours'];
    },
    { field: 'caps.overridable.value.2', code: 'duplicate', params: { value: 'contract-min-hours' } },
  ],
  [
    'an INPS registration due before the start',
    (p) => {
      p.activity.inpsRegistration.value = { daysAfterStart: -1 };
    },
    { field: 'activity.inpsRegistration.value.daysAfterStart', code: 'too-small', params: { min: 0 } },
  ],
];

describe('validateProfile', () => {
  it('accepts the test profile as built', () => {
    expect(validateProfile(buildProfile())).toEqual([]);
  });

  it.each(CASES)('catches %s, naming the field', (_name, change, expected) => {
    const issues = validateProfile(buildProfile(change));
    expect(issues).toContainEqual(expect.objectContaining(expected));
  });

  it('has a case above for every issue code', () => {
    const covered = new Set(CASES.map(([, , expected]) => expected.code));
    expect(PROFILE_ISSUE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('reports only the contradiction, not a cascade', () => {
    const issues = validateProfile(
      buildProfile((p) => {
        p.caps.contractMinHours.value = 120;
        p.caps.contractMaxHours.value = 90;
      }),
    );
    expect(issues.map((issue) => issue.code)).toEqual(['contract-min-above-max']);
  });

  it('allows contracts up to the complex-project allowance (Ca’ Foscari: 90 a year, 150 when complex)', () => {
    const issues = validateProfile(
      buildProfile((p) => {
        p.caps.maxHoursPerYear.value = 90;
        p.caps.complexProjectMaxHours.value = 150;
        p.caps.contractMaxHours.value = 150;
      }),
    );
    expect(issues).toEqual([]);
  });

  it('lets a university drop single-cycle students and their minimum year together', () => {
    const issues = validateProfile(
      buildProfile((p) => {
        p.eligibility.degreeTypes.value = ['LM', 'PHD'];
        p.eligibility.singleCycleMinYear.value = null;
        p.rubrics[0]?.value.candidateKinds.splice(1);
      }),
    );
    expect(issues).toEqual([]);
  });
});

describe('validateProfile: new settings of decision 010', () => {
  it('accepts no overridable cap, and no INPS date', () => {
    const issues = validateProfile(
      buildProfile((p) => {
        p.caps.overridable.value = [];
        p.activity.inpsRegistration.value = null;
      }),
    );
    expect(issues).toEqual([]);
  });
});

describe('isMonthDay', () => {
  it('knows the length of each month, leap day included', () => {
    expect(['12-06', '02-29', '04-30', '01-31'].every(isMonthDay)).toBe(true);
    expect(['02-30', '04-31', '13-01', '00-10', '6-12', '12-6'].some(isMonthDay)).toBe(false);
  });
});
