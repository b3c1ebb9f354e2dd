import type { CriterionFormula } from '../profiles/types.ts';
import type { Hundredths } from './points.ts';
import { maxHundredths } from './points.ts';

export type DegreeGradeBands = Extract<CriterionFormula, { kind: 'degree-grade-bands' }>;

/** The final grade of the previous degree, out of 110 (the Italian scale: 66..110, honours only with 110). */
export interface DegreeGrade {
  grade: number;
  honours: boolean;
}

/** How a degree-grade score was obtained, for the minutes and for an appeal. */
export interface DegreeGradeExplanation {
  formula: 'degree-grade-bands';
  grade: number;
  honours: boolean;
  /** The band applied: from `minGrade` to `maxGrade` (null: up to 110). */
  band: { minGrade: number; maxGrade: number | null; points: number };
  honoursPoints: number;
  /** Band points plus honours points, before the cap. */
  uncappedHundredths: Hundredths;
  maxPoints: number;
  capped: boolean;
}

export type DegreeGradeProblem =
  | { code: 'missing-degree-grade' }
  | { code: 'degree-grade-out-of-range'; grade: number }
  | { code: 'honours-without-full-marks'; grade: number };

export const LOWEST_DEGREE_GRADE = 66;
export const FULL_MARKS = 110;

/**
 * Points for the grade of the previous degree by a table of bands (seed 004 art. 6: "< 70: 0; 71/80: 5; 81/90: 9;
 * 91/100: 13; 101/110: 18; lode: 2", at most 20). A grade gets the points of the band with the highest `minGrade`
 * not above it, so the table's gaps fall into the band below: a grade of exactly 70, which the call leaves out
 * ("< 70" and "71/80"), gets the points of "< 70", that is 0, because the 5 points start at 71 (decision 008).
 * Honours add their points on top; the sum is capped at the criterion's maximum (18 + 2 = 20 at Bari).
 */
export const scoreDegreeGrade = (
  degree: DegreeGrade | null,
  formula: DegreeGradeBands,
  maxPoints: number,
):
  | { ok: true; hundredths: Hundredths; explanation: DegreeGradeExplanation }
  | { ok: false; problem: DegreeGradeProblem } => {
  if (degree === null) return { ok: false, problem: { code: 'missing-degree-grade' } };
  const { grade, honours } = degree;
  if (!Number.isInteger(grade) || grade < LOWEST_DEGREE_GRADE || grade > FULL_MARKS) {
    return { ok: false, problem: { code: 'degree-grade-out-of-range', grade } };
  }
  if (honours && grade !== FULL_MARKS) {
    return { ok: false, problem: { code: 'honours-without-full-marks', grade } };
  }
  const bands = [...formula.bands].sort((a, b) => a.minGrade - b.minGrade);
  const index = bands.findLastIndex((band) => band.minGrade <= grade);
  const band = bands[index] ?? { minGrade: 0, points: 0 };
  const next = bands[index + 1];
  const uncapped = maxHundredths(band.points) + (honours ? maxHundredths(formula.honoursPoints) : 0);
  const max = maxHundredths(maxPoints);
  return {
    ok: true,
    hundredths: Math.min(uncapped, max),
    explanation: {
      formula: 'degree-grade-bands',
      grade,
      honours,
      band: { minGrade: band.minGrade, maxGrade: next ? next.minGrade - 1 : null, points: band.points },
      honoursPoints: honours ? formula.honoursPoints : 0,
      uncappedHundredths: uncapped,
      maxPoints,
      capped: uncapped > max,
    },
  };
};
