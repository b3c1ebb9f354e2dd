import type { ProfilePreset } from '../domain/profiles/types.ts';
import {
  byDefault,
  cite,
  DM_MAX_CENTS,
  DM_MAX_HOURS,
  DM_SOURCE,
  defaultOverridable,
  defaultStudentRubric,
  INPS_RATES,
  PUBLICATION_SOURCE,
} from './shared.ts';

/**
 * Politecnico di Milano, peer-to-peer tutoring (seed 000). The seed is a presentation of the service, not a
 * regulation: it says who the tutors are and little else, so most values are defaults to confirm.
 */
export const POLIMI: ProfilePreset = {
  code: 'polimi',
  name: 'Politecnico di Milano',
  city: 'Milano',
  profile: {
    eligibility: {
      // The digital badge goes to bachelor's and master's students who tutored their peers.
      degreeTypes: cite(['L', 'LM'], 'seed 000, badge digitale'),
      singleCycleMinYear: byDefault(null),
      maxYearsBeyond: byDefault(null),
      partTimeExcluded: byDefault(false),
      singleCourseExcluded: byDefault(true),
      statusForWholeAppointment: byDefault(true),
      staffExcluded: byDefault(false),
    },
    caps: {
      maxAmountPerYear: cite({ cents: DM_MAX_CENTS, year: 'academic' }, DM_SOURCE),
      maxHoursPerYear: cite(DM_MAX_HOURS, DM_SOURCE),
      complexProjectMaxHours: byDefault(null),
      contractMinHours: byDefault(null),
      contractMaxHours: byDefault(null),
      phdMaxHours: byDefault(null),
      oneGrantPerAcademicYear: byDefault(false),
      grantsCumulative: byDefault(true),
      overridable: defaultOverridable(),
    },
    offers: {
      acceptanceWorkingDays: byDefault(5),
      refusal: byDefault({ kind: 'exclude', silenceIsRefusal: true }),
    },
    calendar: {
      saturdaysAreWorkingDays: byDefault(false),
      patronDay: cite({ monthDay: '12-07', saint: "Sant'Ambrogio" }, 'domain.md §6'),
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
    // Tutors are "selezionati da bando con particolari requisiti di merito": merit, points our own.
    rubrics: [
      cite(defaultStudentRubric(['bachelor', 'master']), 'seed 000, tutorato peer to peer (points: default)'),
    ],
    activity: {
      // Tutors take the MOOC "Diventare tutor didattico" before tutoring; whether it is paid is not said.
      trainingCountsInHours: byDefault(true),
      safetyTrainingHours: byDefault(null),
      maxPauseDays: byDefault(null),
      continuationAfterGraduation: byDefault('never'),
      inpsRegistration: byDefault({ daysAfterStart: 0 }),
      regionalCommunication: byDefault(false),
    },
    payout: {
      minimumHours: byDefault(null),
      supervisorReportDays: byDefault(null),
      paymentDays: byDefault(null),
    },
    compatibility: {
      incompatibleWith: byDefault([]),
    },
    inpsRates: INPS_RATES,
  },
};
