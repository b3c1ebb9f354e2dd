import type { ProfilePreset, RubricCriterion } from '../domain/profiles/types.ts';
import {
  byDefault,
  cite,
  committee,
  DM_MAX_CENTS,
  DM_MAX_HOURS,
  DM_SOURCE,
  defaultOverridable,
  INPS_RATES,
  PUBLICATION_SOURCE,
  weightedAverage,
} from './shared.ts';

/** Criteria shared by master's and single-cycle students (seed 004 art. 6, items 2-5). */
const STUDENT_TITLES: RubricCriterion[] = [
  committee(
    'collaborations',
    "Precedenti esperienze di collaborazione con l'Ateneo",
    'Previous collaborations with the university',
    8,
  ),
  committee('representation', 'Rappresentanze studentesche', 'Student representation', 4),
  committee('exchange', 'Programmi comunitari di mobilità studentesca', 'EU student exchange programmes', 6),
  committee('certificates', 'Certificazioni linguistiche e informatiche', 'Language and IT certificates', 2),
];

/**
 * Politecnico di Bari, from the 2025/26 call for 10 tutoring grants (seed 004). A call is not a regulation:
 * what it fixes for one year (the credits cut-off date 31/12/2025, the end of activities 31/12/2026) belongs to
 * the call, not here.
 */
export const POLIBA: ProfilePreset = {
  code: 'poliba',
  name: 'Politecnico di Bari',
  city: 'Bari',
  profile: {
    eligibility: {
      degreeTypes: cite(['LM', 'LMCU', 'PHD'], 'seed 004 art. 1'),
      // "al IV anno, o successivi anni": the same year for 5- and 6-year programmes.
      singleCycleMinYear: cite({ fiveYear: 4, sixYear: 4 }, 'seed 004 art. 1'),
      maxYearsBeyond: cite(1, 'seed 004 art. 2'),
      partTimeExcluded: cite(true, 'seed 004 art. 2'),
      singleCourseExcluded: cite(true, 'seed 004 art. 2'),
      statusForWholeAppointment: cite(true, 'seed 004 art. 9'),
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
      grantsCumulative: cite(false, 'seed 004 art. 8'),
      overridable: defaultOverridable(),
    },
    offers: {
      // Art. 8 leaves the date to the decree approving the rankings.
      acceptanceWorkingDays: byDefault(5),
      refusal: byDefault({ kind: 'exclude', silenceIsRefusal: true }),
    },
    calendar: {
      saturdaysAreWorkingDays: byDefault(false),
      patronDay: cite({ monthDay: '12-06', saint: 'San Nicola' }, 'domain.md §6'),
    },
    rankings: {
      appealWindowDays: cite(10, 'seed 004 art. 7'),
      validityMonths: byDefault(12),
      committeeMinMembers: byDefault(3),
      publication: cite('pseudonymised', PUBLICATION_SOURCE),
      tieBreaks: [cite('younger-first', 'seed 004 art. 6')],
    },
    applications: {
      maxPositionsPerCandidate: cite(2, 'seed 004 art. 4'),
      ownDepartmentFirst: cite(true, 'seed 004 art. 4'),
    },
    rubrics: [
      cite(
        {
          candidateKinds: ['master'],
          totalPoints: 50,
          criteria: [
            {
              id: 'bachelor-grade',
              label: { it: 'Voto di laurea triennale', en: "Bachelor's degree grade" },
              maxPoints: 20,
              assessedBy: 'computed',
              // The call gives "< 70: 0" and "71/80: 5", leaving 70 itself out: 70 is read as below the first band.
              formula: {
                kind: 'degree-grade-bands',
                bands: [
                  { minGrade: 0, points: 0 },
                  { minGrade: 71, points: 5 },
                  { minGrade: 81, points: 9 },
                  { minGrade: 91, points: 13 },
                  { minGrade: 101, points: 18 },
                ],
                honoursPoints: 2,
              },
              maxItems: null,
            },
            weightedAverage(10, 3),
            ...STUDENT_TITLES,
          ],
        },
        'seed 004 art. 6',
      ),
      cite(
        {
          candidateKinds: ['single-cycle'],
          totalPoints: 50,
          criteria: [weightedAverage(30, 1), ...STUDENT_TITLES],
        },
        'seed 004 art. 6',
      ),
      cite(
        {
          candidateKinds: ['phd'],
          totalPoints: 50,
          criteria: [
            committee('master-grade', 'Voto di laurea magistrale', "Master's degree grade", 15),
            committee('research-abroad', "Periodi di ricerca all'estero", 'Research periods abroad', 8),
            committee(
              'research-grants',
              'Assegni di ricerca, corsi di perfezionamento, master',
              "Research grants, advanced courses, master's courses",
              5,
            ),
            committee(
              'collaborations',
              "Precedenti esperienze di collaborazione con l'Ateneo",
              'Previous collaborations with the university',
              10,
            ),
            committee(
              'teaching-research',
              'Esperienze didattiche o scientifiche',
              'Teaching or scientific experience',
              4,
            ),
            committee('publications', 'Pubblicazioni scientifiche', 'Scientific publications', 4, 6),
            committee(
              'certificates',
              'Certificazioni linguistiche e informatiche',
              'Language and IT certificates',
              4,
            ),
          ],
        },
        'seed 004 art. 6',
      ),
    ],
    activity: {
      trainingCountsInHours: cite(true, 'seed 004 art. 9'),
      safetyTrainingHours: byDefault(null),
      maxPauseDays: cite(30, 'seed 004 art. 10'),
      continuationAfterGraduation: cite({ maxRemainingHours: 50 }, 'seed 004 art. 9'),
      inpsRegistration: cite({ daysAfterStart: 30 }, 'seed 004 art. 10'),
      regionalCommunication: byDefault(false),
    },
    payout: {
      minimumHours: cite(30, 'seed 004 art. 10'),
      supervisorReportDays: byDefault(null),
      paymentDays: byDefault(null),
    },
    compatibility: {
      incompatibleWith: cite(
        ['part-time-collaboration', 'disability-support-collaboration'],
        'seed 004 art. 8',
      ),
    },
    inpsRates: INPS_RATES,
  },
};
