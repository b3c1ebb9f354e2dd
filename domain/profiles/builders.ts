import type { CapKind, RegulationProfile } from './types.ts';

const d = <T>(value: T) => ({ value, source: 'default' });

/** A valid profile for tests: master's, single-cycle and PhD students, DM caps, one rubric per kind. */
const BASE: RegulationProfile = {
  eligibility: {
    degreeTypes: d(['LM', 'LMCU', 'PHD']),
    singleCycleMinYear: d({ fiveYear: 4, sixYear: 4 }),
    maxYearsBeyond: d(1),
    partTimeExcluded: d(true),
    singleCourseExcluded: d(true),
    statusForWholeAppointment: d(true),
    staffExcluded: d(false),
  },
  caps: {
    maxAmountPerYear: d({ cents: 400_000, year: 'academic' }),
    maxHoursPerYear: d(400),
    complexProjectMaxHours: d(null),
    contractMinHours: d(30),
    contractMaxHours: d(250),
    phdMaxHours: d(null),
    oneGrantPerAcademicYear: d(false),
    grantsCumulative: d(false),
    overridable: d<CapKind[]>(['contract-min-hours']),
  },
  offers: {
    acceptanceWorkingDays: d(5),
    refusal: d({ kind: 'move-to-end', excludeAfter: 2, silenceIsRefusal: true }),
  },
  calendar: {
    saturdaysAreWorkingDays: d(false),
    patronDay: d({ monthDay: '12-06', saint: 'San Nicola' }),
  },
  rankings: {
    appealWindowDays: d(10),
    validityMonths: d(12),
    committeeMinMembers: d(3),
    publication: d('pseudonymised'),
    tieBreaks: [d('younger-first')],
  },
  applications: { maxPositionsPerCandidate: d(2), ownDepartmentFirst: d(true) },
  rubrics: [
    d({
      candidateKinds: ['master', 'single-cycle'],
      totalPoints: 50,
      criteria: [
        {
          id: 'bachelor-grade',
          label: { it: 'Voto di laurea', en: 'Degree grade' },
          maxPoints: 20,
          assessedBy: 'computed',
          formula: {
            kind: 'degree-grade-bands',
            bands: [
              { minGrade: 0, points: 0 },
              { minGrade: 101, points: 18 },
            ],
            honoursPoints: 2,
          },
          maxItems: null,
        },
        {
          id: 'weighted-average',
          label: { it: 'Media', en: 'Average' },
          maxPoints: 10,
          assessedBy: 'computed',
          formula: { kind: 'average-times-credit-ratio', divisor: 3 },
          maxItems: null,
        },
        {
          id: 'titles',
          label: { it: 'Titoli', en: 'Titles' },
          maxPoints: 20,
          assessedBy: 'committee',
          formula: null,
          maxItems: null,
        },
      ],
    }),
    d({
      candidateKinds: ['phd'],
      totalPoints: 10,
      criteria: [
        {
          id: 'publications',
          label: { it: 'Pubblicazioni', en: 'Publications' },
          maxPoints: 10,
          assessedBy: 'committee',
          formula: null,
          maxItems: 6,
        },
      ],
    }),
  ],
  activity: {
    trainingCountsInHours: d(true),
    safetyTrainingHours: d(8),
    maxPauseDays: d(30),
    continuationAfterGraduation: d({ maxRemainingHours: 50 }),
    inpsRegistration: d({ daysAfterStart: 30 }),
    regionalCommunication: d(false),
  },
  payout: { minimumHours: d(30), supervisorReportDays: d(15), paymentDays: d(60) },
  compatibility: { incompatibleWith: d(['research-grant']) },
  inpsRates: [
    d({ year: 2025, rateBasisPoints: 3503, studentShare: { numerator: 1, denominator: 3 } }),
    d({ year: 2026, rateBasisPoints: 3503, studentShare: { numerator: 1, denominator: 3 } }),
  ],
};

/** A fresh valid profile; `change` edits the copy in place to state only what a test is about. */
export const buildProfile = (change?: (profile: RegulationProfile) => void): RegulationProfile => {
  const profile = structuredClone(BASE);
  change?.(profile);
  return profile;
};
