import type { ProfilePreset } from '../domain/profiles/types.ts';
import {
  byDefault,
  cite,
  committee,
  defaultOverridable,
  INPS_RATES,
  PUBLICATION_SOURCE,
  weightedAverage,
} from './shared.ts';

const INTERVIEW = committee('interview', 'Colloquio motivazionale', 'Motivational interview', 20);

/** Art. 4 c.2 names the criteria (curriculum, titles of merit, interview); the points are ours. */
const RUBRIC_SOURCE = 'seed 002 art. 4 c.2 (criteria; points: default)';

/** Università di Roma Tor Vergata, from its tutoring regulation (seed 002). */
export const UNIROMA2: ProfilePreset = {
  code: 'uniroma2',
  name: 'Università degli Studi di Roma Tor Vergata',
  city: 'Roma',
  profile: {
    eligibility: {
      degreeTypes: cite(['LM', 'LMCU', 'PHD'], 'seed 002 art. 3 c.1'),
      // "ultimi due anni" for every single-cycle programme: the 4th of five, the 5th of six.
      singleCycleMinYear: cite({ fiveYear: 4, sixYear: 5 }, 'seed 002 art. 3 c.1 b'),
      maxYearsBeyond: byDefault(null),
      partTimeExcluded: byDefault(false),
      singleCourseExcluded: cite(true, 'seed 002 art. 3 c.1'),
      statusForWholeAppointment: cite(true, 'seed 002 art. 9 c.3'),
      staffExcluded: byDefault(false),
    },
    caps: {
      // "per anno" (art. 5 c.2), within the academic year of reference (art. 5 c.3).
      maxAmountPerYear: cite({ cents: 400_000, year: 'academic' }, 'seed 002 art. 5 c.2-3'),
      maxHoursPerYear: cite(400, 'seed 002 art. 5 c.2'),
      complexProjectMaxHours: byDefault(null),
      contractMinHours: byDefault(null),
      contractMaxHours: byDefault(null),
      phdMaxHours: cite(40, 'seed 002 art. 5 c.2'),
      oneGrantPerAcademicYear: cite(true, 'seed 002 art. 6 c.6'),
      grantsCumulative: cite(false, 'seed 002 art. 6 c.6'),
      overridable: defaultOverridable(),
    },
    offers: {
      acceptanceWorkingDays: byDefault(5),
      refusal: byDefault({ kind: 'exclude', silenceIsRefusal: true }),
    },
    calendar: {
      saturdaysAreWorkingDays: byDefault(false),
      patronDay: cite({ monthDay: '06-29', saint: 'Santi Pietro e Paolo' }, 'domain.md §6'),
    },
    rankings: {
      appealWindowDays: byDefault(10),
      // Rankings are drawn on within the academic year of reference.
      validityMonths: cite(12, 'seed 002 art. 4 c.4'),
      committeeMinMembers: cite(3, 'seed 002 art. 4 c.1'),
      publication: cite('pseudonymised', PUBLICATION_SOURCE),
      tieBreaks: [cite('economic-hardship-first', 'seed 002 art. 4 c.2'), byDefault('younger-first')],
    },
    applications: {
      maxPositionsPerCandidate: byDefault(null),
      ownDepartmentFirst: byDefault(false),
    },
    rubrics: [
      cite(
        {
          candidateKinds: ['master', 'single-cycle'],
          totalPoints: 50,
          criteria: [
            weightedAverage(20, 1.5),
            committee('titles', 'Curriculum e titoli di merito', 'Curriculum and titles of merit', 10),
            INTERVIEW,
          ],
        },
        RUBRIC_SOURCE,
      ),
      cite(
        {
          candidateKinds: ['phd'],
          totalPoints: 50,
          criteria: [
            committee('master-grade', 'Voto di laurea magistrale', "Master's degree grade", 15),
            committee('titles', 'Curriculum e titoli di merito', 'Curriculum and titles of merit', 15),
            INTERVIEW,
          ],
        },
        RUBRIC_SOURCE,
      ),
    ],
    activity: {
      trainingCountsInHours: cite(true, 'seed 002 art. 8 c.2'),
      safetyTrainingHours: cite(8, 'seed 002 art. 8 c.2'),
      maxPauseDays: byDefault(null),
      continuationAfterGraduation: cite('never', 'seed 002 art. 9 c.3 c'),
      inpsRegistration: byDefault({ daysAfterStart: 0 }),
      regionalCommunication: byDefault(false),
    },
    payout: {
      minimumHours: byDefault(null),
      supervisorReportDays: cite(15, 'seed 002 art. 7 c.4 b'),
      paymentDays: byDefault(null),
    },
    compatibility: {
      incompatibleWith: cite(
        ['merit-scholarship', 'part-time-collaboration', 'fee-exemption'],
        'seed 002 art. 3 c.2',
      ),
    },
    inpsRates: INPS_RATES,
  },
};
