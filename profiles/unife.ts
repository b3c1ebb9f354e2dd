import type { ProfilePreset } from '../domain/profiles/types.ts';
import {
  byDefault,
  cite,
  DM_MAX_HOURS,
  DM_SOURCE,
  defaultOverridable,
  defaultPhdRubric,
  defaultStudentRubric,
  INPS_RATES,
  PUBLICATION_SOURCE,
} from './shared.ts';

/**
 * Università di Ferrara, from its regulation for tutoring services (seed 001). The regulation leaves the
 * selection criteria to each call (art. 4 c.1, art. 7), so the rubrics are defaults.
 */
export const UNIFE: ProfilePreset = {
  code: 'unife',
  name: 'Università degli Studi di Ferrara',
  city: 'Ferrara',
  profile: {
    eligibility: {
      degreeTypes: cite(['LM', 'LMCU', 'PHD', 'SPEC'], 'seed 001 art. 4 c.2'),
      // The last two years of a 5-year programme and the last three of a 6-year one both start at the 4th.
      singleCycleMinYear: cite({ fiveYear: 4, sixYear: 4 }, 'seed 001 art. 4 c.2 b-c'),
      maxYearsBeyond: cite(2, 'seed 001 art. 4 c.2 d'),
      partTimeExcluded: byDefault(false),
      // Only enrolment in the listed programme types qualifies; single courses are none of them.
      singleCourseExcluded: cite(true, 'seed 001 art. 4 c.2'),
      statusForWholeAppointment: cite(true, 'seed 001 art. 4 c.3'),
      staffExcluded: byDefault(false),
    },
    caps: {
      maxAmountPerYear: cite({ cents: 400_000, year: 'calendar' }, 'seed 001 art. 10 c.6'),
      maxHoursPerYear: cite(DM_MAX_HOURS, DM_SOURCE),
      complexProjectMaxHours: byDefault(null),
      contractMinHours: byDefault(null),
      contractMaxHours: byDefault(null),
      phdMaxHours: byDefault(null),
      oneGrantPerAcademicYear: cite(false, 'seed 001 art. 10 c.6'),
      // Several appointments, even of different kinds, within the yearly amount; never in the same hours (c.7).
      grantsCumulative: cite(true, 'seed 001 art. 10 c.6'),
      overridable: defaultOverridable(),
    },
    offers: {
      acceptanceWorkingDays: cite(5, 'seed 001 art. 8 c.2'),
      refusal: cite({ kind: 'move-to-end', excludeAfter: 2, silenceIsRefusal: true }, 'seed 001 art. 8 c.3'),
    },
    calendar: {
      saturdaysAreWorkingDays: byDefault(false),
      patronDay: cite({ monthDay: '04-23', saint: 'San Giorgio' }, 'domain.md §6'),
    },
    rankings: {
      appealWindowDays: byDefault(10),
      validityMonths: byDefault(12),
      committeeMinMembers: byDefault(3),
      publication: cite('pseudonymised', PUBLICATION_SOURCE),
      tieBreaks: [byDefault('younger-first')],
    },
    applications: {
      maxPositionsPerCandidate: byDefault(null),
      ownDepartmentFirst: byDefault(false),
    },
    rubrics: [
      byDefault(defaultStudentRubric(['master', 'single-cycle', 'specialisation'])),
      byDefault(defaultPhdRubric()),
    ],
    activity: {
      trainingCountsInHours: cite(true, 'seed 001 art. 9 c.1'),
      safetyTrainingHours: byDefault(null),
      maxPauseDays: byDefault(null),
      continuationAfterGraduation: cite('never', 'seed 001 art. 11 c.2 c'),
      inpsRegistration: cite({ daysAfterStart: 0 }, 'seed 001 art. 10 c.3'),
      regionalCommunication: byDefault(false),
    },
    payout: {
      // Paid on the hours actually done, however few (art. 10 c.4).
      minimumHours: cite(null, 'seed 001 art. 10 c.4'),
      supervisorReportDays: byDefault(null),
      paymentDays: byDefault(null),
    },
    compatibility: {
      incompatibleWith: cite(
        ['research-grant', 'merit-scholarship', 'post-graduate-research-scholarship'],
        'seed 001 art. 12 c.3',
      ),
    },
    inpsRates: INPS_RATES,
  },
};
