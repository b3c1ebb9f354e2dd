import type { PassedExam } from '../careers/career-metrics.ts';
import type { CriterionFormula } from '../profiles/types.ts';
import { type Fraction, type Hundredths, hundredthsHalfUp, maxHundredths } from './points.ts';

export type CreditRatioFormula = Extract<CriterionFormula, { kind: 'average-times-credit-ratio' }>;

/**
 * Credits of a full-time year of course (DM 270/2004 art. 5 c.2: "convenzionalmente fissata in 60 crediti").
 */
export const CREDITS_PER_YEAR = 60;

/** The career facts the formula reads: the exams of the current career and the enrolment of the call's year. */
export interface CreditRatioFacts {
  exams: readonly PassedExam[];
  /** ISO date, inclusive: exams passed after it do not count (Bari 2025/26: 2025-12-31). */
  cutoffDate: string;
  enrolment: { yearOfCourse: number; yearsBeyond: number; normalDurationYears: number };
}

/** Every input and intermediate value of the formula, so the server can word the computation in it/en. */
export interface CreditRatioExplanation {
  formula: 'average-times-credit-ratio';
  cutoffDate: string;
  /** Graded exams counted, their credits and the sum of grade x credits ("30 e lode" counts 30). */
  gradedExams: number;
  gradedCredits: number;
  gradeCreditProduct: number;
  /** The weighted average sum(grade x credits) / sum(credits), in hundredths half-up; null with no graded exam. */
  averageHundredths: Hundredths | null;
  /** Credits of every exam passed by the cut-off date, pass/fail ones included. */
  creditsEarned: number;
  /** Exams passed after the cut-off date, left out. */
  examsAfterCutoff: number;
  /** Years of course completed before the call's year: year of course - 1 + years beyond, at most the duration. */
  yearsCompleted: number;
  /** creditsPerYear x yearsCompleted, or creditsPerYear for a first-year student (decision 008). */
  creditsObtainable: number;
  creditsPerYear: number;
  divisor: number;
  /** The result before rounding and cap, exactly: gradeCreditProduct x creditsEarned / (gradedCredits x creditsObtainable x divisor). */
  exact: { numerator: string; denominator: string };
  /** The result in hundredths half-up, before the cap. */
  uncappedHundredths: Hundredths;
  maxPoints: number;
  capped: boolean;
}

export type CreditRatioProblem =
  | { code: 'invalid-exam'; index: number; field: 'credits' | 'grade' | 'passedOn' }
  | { code: 'invalid-enrolment'; field: 'yearOfCourse' | 'yearsBeyond' | 'normalDurationYears' };

/**
 * The weighted average formula of seed 004 art. 6: "media dei voti degli esami diviso crediti acquisibili in
 * relazione all'anno di iscrizione, per numero di crediti effettivamente acquisiti e caricati in carriera entro il
 * 31/12/2025 divisa x 3" (master's, at most 10 points; single-cycle: not divided, at most 30). Exactly:
 *
 *   points = min(max, round2( A x E / O / d ))   with
 *   A = sum(grade x credits) / sum(credits) over the graded exams passed on or before the cut-off date,
 *   E = credits of every exam passed on or before the cut-off date (pass/fail exams included),
 *   O = 60 x years of course completed (year of course - 1 + years beyond, at most the normal duration;
 *       60 for a first-year student, who has completed none),
 *   d = the formula's divisor (3 master's, 1 single-cycle),
 *
 * computed as one exact fraction and rounded once to hundredths, half-up. A student on schedule with a 30
 * average gets exactly 30 / d: the maximum (10 or 30), which is why O counts completed years only. With no graded
 * exam there is no average and the criterion scores 0.
 */
export const scoreCreditRatio = (
  facts: CreditRatioFacts,
  formula: CreditRatioFormula,
  maxPoints: number,
):
  | { ok: true; hundredths: Hundredths; explanation: CreditRatioExplanation }
  | { ok: false; problem: CreditRatioProblem } => {
  const problem = checkFacts(facts);
  if (problem) return { ok: false, problem };
  let gradedExams = 0;
  let gradedCredits = 0;
  let product = 0;
  let earned = 0;
  let afterCutoff = 0;
  for (const exam of facts.exams) {
    if (exam.passedOn > facts.cutoffDate) {
      afterCutoff += 1;
      continue;
    }
    earned += exam.credits;
    if (exam.grade === null) continue;
    gradedExams += 1;
    gradedCredits += exam.credits;
    product += exam.grade * exam.credits;
  }
  const { yearOfCourse, yearsBeyond, normalDurationYears } = facts.enrolment;
  const yearsCompleted = Math.min(yearOfCourse - 1 + yearsBeyond, normalDurationYears);
  const obtainable = CREDITS_PER_YEAR * Math.max(yearsCompleted, 1);
  // The divisor may in principle carry decimals (a profile copy could set 2.5): scale it to an integer.
  const divisorThousandths = BigInt(Math.round(formula.divisor * 1000));
  const exact: Fraction =
    gradedCredits === 0
      ? { numerator: 0n, denominator: 1n }
      : {
          numerator: BigInt(product) * BigInt(earned) * 1000n,
          denominator: BigInt(gradedCredits) * BigInt(obtainable) * divisorThousandths,
        };
  const uncapped = hundredthsHalfUp(exact);
  const max = maxHundredths(maxPoints);
  return {
    ok: true,
    hundredths: Math.min(uncapped, max),
    explanation: {
      formula: 'average-times-credit-ratio',
      cutoffDate: facts.cutoffDate,
      gradedExams,
      gradedCredits,
      gradeCreditProduct: product,
      averageHundredths:
        gradedCredits === 0
          ? null
          : hundredthsHalfUp({ numerator: BigInt(product), denominator: BigInt(gradedCredits) }),
      creditsEarned: earned,
      examsAfterCutoff: afterCutoff,
      yearsCompleted,
      creditsObtainable: obtainable,
      creditsPerYear: CREDITS_PER_YEAR,
      divisor: formula.divisor,
      exact: { numerator: String(exact.numerator), denominator: String(exact.denominator) },
      uncappedHundredths: uncapped,
      maxPoints,
      capped: uncapped > max,
    },
  };
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const checkFacts = (facts: CreditRatioFacts): CreditRatioProblem | null => {
  for (const [index, exam] of facts.exams.entries()) {
    if (!Number.isSafeInteger(exam.credits) || exam.credits <= 0) {
      return { code: 'invalid-exam', index, field: 'credits' };
    }
    if (exam.grade !== null && (!Number.isInteger(exam.grade) || exam.grade < 18 || exam.grade > 30)) {
      return { code: 'invalid-exam', index, field: 'grade' };
    }
    if (!ISO_DATE.test(exam.passedOn)) return { code: 'invalid-exam', index, field: 'passedOn' };
  }
  const { yearOfCourse, yearsBeyond, normalDurationYears } = facts.enrolment;
  if (!Number.isInteger(normalDurationYears) || normalDurationYears < 1) {
    return { code: 'invalid-enrolment', field: 'normalDurationYears' };
  }
  if (!Number.isInteger(yearOfCourse) || yearOfCourse < 1 || yearOfCourse > normalDurationYears) {
    return { code: 'invalid-enrolment', field: 'yearOfCourse' };
  }
  if (!Number.isInteger(yearsBeyond) || yearsBeyond < 0)
    return { code: 'invalid-enrolment', field: 'yearsBeyond' };
  return null;
};

/** The Bari cut-off for credits: 31 December of the call's academic year (2025/26 -> 2025-12-31), seed 004 art. 6. */
export const defaultCreditsCutoff = (academicYear: number): string => `${academicYear}-12-31`;
