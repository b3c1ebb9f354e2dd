import type { ProfilePreset } from '../domain/profiles/types.ts';
import {
  byDefault,
  cite,
  committee,
  DM_MAX_CENTS,
  DM_SOURCE,
  defaultOverridable,
  defaultPhdRubric,
  INPS_RATES,
  PUBLICATION_SOURCE,
  weightedAverage,
} from './shared.ts';

/** The handbook has no articles of its own: it quotes the regulation, and is cited by its sections. */
const HOURS = 'seed 003 (Reg. Servizio di Tutorato art. 9 c.14)';
const SELECTION = 'seed 003, selezione';
const APPOINTMENT = 'seed 003, comunicazioni di nomina';

/** Università Ca' Foscari Venezia, from the tutoring office handbook (seed 003). */
export const UNIVE: ProfilePreset = {
  code: 'unive',
  name: "Università Ca' Foscari Venezia",
  city: 'Venezia',
  profile: {
    eligibility: {
      degreeTypes: cite(['LM', 'PHD'], SELECTION),
      singleCycleMinYear: byDefault(null),
      maxYearsBeyond: byDefault(null),
      partTimeExcluded: byDefault(false),
      singleCourseExcluded: byDefault(true),
      // Student status is needed when accepting; a tutor who graduates afterwards may finish.
      statusForWholeAppointment: cite(false, APPOINTMENT),
      staffExcluded: cite(true, APPOINTMENT),
    },
    caps: {
      maxAmountPerYear: cite({ cents: DM_MAX_CENTS, year: 'academic' }, DM_SOURCE),
      maxHoursPerYear: cite(90, HOURS),
      complexProjectMaxHours: cite(150, HOURS),
      contractMinHours: cite(30, HOURS),
      contractMaxHours: cite(90, HOURS),
      phdMaxHours: byDefault(null),
      oneGrantPerAcademicYear: byDefault(false),
      // Several contracts, within 90 hours a year in all.
      grantsCumulative: cite(true, HOURS),
      overridable: defaultOverridable(),
    },
    offers: {
      acceptanceWorkingDays: byDefault(5),
      refusal: byDefault({ kind: 'exclude', silenceIsRefusal: true }),
    },
    calendar: {
      saturdaysAreWorkingDays: byDefault(false),
      patronDay: cite({ monthDay: '04-25', saint: 'San Marco' }, 'domain.md §6'),
    },
    rankings: {
      appealWindowDays: byDefault(10),
      validityMonths: cite(12, SELECTION),
      committeeMinMembers: cite(3, SELECTION),
      publication: cite('pseudonymised', PUBLICATION_SOURCE),
      tieBreaks: [cite('phd-without-scholarship-first', SELECTION), byDefault('younger-first')],
    },
    applications: {
      maxPositionsPerCandidate: byDefault(null),
      ownDepartmentFirst: byDefault(false),
    },
    rubrics: [
      cite(
        {
          candidateKinds: ['master'],
          totalPoints: 50,
          criteria: [
            weightedAverage(30, 1),
            committee(
              'motivation',
              'Motivazione allo svolgimento del servizio',
              'Motivation for the service',
              20,
            ),
          ],
        },
        'seed 003, selezione (criteria: credits, grades, motivation; points: default)',
      ),
      byDefault(defaultPhdRubric()),
    ],
    activity: {
      trainingCountsInHours: byDefault(true),
      // The handbook requires the general safety course but gives no length.
      safetyTrainingHours: byDefault(null),
      maxPauseDays: byDefault(null),
      continuationAfterGraduation: cite('always', APPOINTMENT),
      inpsRegistration: byDefault({ daysAfterStart: 0 }),
      regionalCommunication: cite(true, APPOINTMENT),
    },
    payout: {
      minimumHours: byDefault(null),
      supervisorReportDays: byDefault(null),
      paymentDays: cite(60, 'seed 003, liquidazione'),
    },
    compatibility: {
      incompatibleWith: byDefault([]),
    },
    inpsRates: INPS_RATES,
  },
};
