import {
  type CandidateKind,
  type CapKind,
  DEFAULT_SOURCE,
  type InpsRate,
  type Rubric,
  type RubricCriterion,
  type Sourced,
} from '../domain/profiles/types.ts';

/** A value and the article it comes from. */
export const cite = <T>(value: T, source: string): Sourced<T> => ({ value, source });

/** A value the regulation does not state: our choice, to be confirmed by the university. */
export const byDefault = <T>(value: T): Sourced<T> => ({ value, source: DEFAULT_SOURCE });

/** DM 976/2014 art. 2 c.3: for master's students, at most EUR 4,000 and 400 hours a year. */
export const DM_MAX_CENTS = 400_000;
export const DM_MAX_HOURS = 400;
export const DM_SOURCE = 'domain.md §6 (DM 976/2014 art. 2 c.3)';

/** INPS Gestione Separata, the same for every university: one third on the student, two on the university. */
export const INPS_RATES: Array<Sourced<InpsRate>> = [
  cite(
    { year: 2025, rateBasisPoints: 3503, studentShare: { numerator: 1, denominator: 3 } },
    'domain.md §6 (INPS circ. 27/2025)',
  ),
  cite(
    { year: 2026, rateBasisPoints: 3503, studentShare: { numerator: 1, denominator: 3 } },
    'domain.md §6 (INPS circ. 8/2026)',
  ),
];

/** Garante privacy, guidelines of 15 May 2014: publish only what is needed. */
export const PUBLICATION_SOURCE = 'domain.md §6 (Garante privacy 15/05/2014)';

export const committee = (
  id: string,
  it: string,
  en: string,
  maxPoints: number,
  maxItems: number | null = null,
): RubricCriterion => ({
  id,
  label: { it, en },
  maxPoints,
  assessedBy: 'committee',
  formula: null,
  maxItems,
});

/** Weighted grade average x (credits earned / credits obtainable for the year) / divisor, up to maxPoints. */
export const weightedAverage = (maxPoints: number, divisor: number): RubricCriterion => ({
  id: 'weighted-average',
  label: {
    it: 'Media ponderata dei voti per crediti acquisiti su crediti acquisibili',
    en: 'Weighted grade average times credits earned over credits obtainable',
  },
  maxPoints,
  assessedBy: 'computed',
  formula: { kind: 'average-times-credit-ratio', divisor },
  maxItems: null,
});

/**
 * A rubric for students where the regulation leaves the criteria to each call: career merit computed from the
 * records (30 points, the average on its own scale) and the titles the candidate declares (20).
 */
export const defaultStudentRubric = (candidateKinds: CandidateKind[]): Rubric => ({
  candidateKinds,
  totalPoints: 50,
  criteria: [
    weightedAverage(30, 1),
    committee('titles', 'Titoli ed esperienze dichiarati', 'Declared titles and experience', 20),
  ],
});

/** PhD students have no exams of their own to average: their previous degree and titles are assessed. */
export const defaultPhdRubric = (): Rubric => ({
  candidateKinds: ['phd'],
  totalPoints: 50,
  criteria: [
    committee('master-grade', 'Voto di laurea magistrale', "Master's degree grade", 25),
    committee('titles', 'Titoli ed esperienze dichiarati', 'Declared titles and experience', 25),
  ],
});

/**
 * No seed lets the office set a cap aside. The one exception we allow by default is the per-contract minimum, so
 * that hours left by a withdrawal can go to the next candidate as a shorter contract (seed 001 art. 8 c.4, seed 004
 * art. 1), with a reason in the audit log (decision 010).
 */
export const defaultOverridable = (): Sourced<CapKind[]> => byDefault<CapKind[]>(['contract-min-hours']);
