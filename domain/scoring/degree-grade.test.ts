import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import type { RubricCriterion } from '../profiles/types.ts';
import { type DegreeGradeBands, scoreDegreeGrade } from './degree-grade.ts';

const criterion = POLIBA.profile.rubrics[0]?.value.criteria.find(
  (c) => c.id === 'bachelor-grade',
) as RubricCriterion;
const bands = criterion.formula as DegreeGradeBands;

const points = (grade: number, honours = false) => {
  const outcome = scoreDegreeGrade({ grade, honours }, bands, criterion.maxPoints);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.hundredths / 100;
};

describe('bachelor grade bands of the Bari rubric (seed 004 art. 6)', () => {
  it('gives each band its points at both ends', () => {
    expect([66, 69].map((g) => points(g))).toEqual([0, 0]);
    expect([71, 80].map((g) => points(g))).toEqual([5, 5]);
    expect([81, 90].map((g) => points(g))).toEqual([9, 9]);
    expect([91, 100].map((g) => points(g))).toEqual([13, 13]);
    expect([101, 110].map((g) => points(g))).toEqual([18, 18]);
  });

  it('gives a grade of exactly 70, which the table leaves out, the points of "< 70": 0 (decision 008)', () => {
    expect(points(70)).toBe(0);
    const outcome = scoreDegreeGrade({ grade: 70, honours: false }, bands, criterion.maxPoints);
    expect(outcome.ok && outcome.explanation.band).toEqual({ minGrade: 0, maxGrade: 70, points: 0 });
  });

  it('adds 2 for honours, reaching the maximum of 20 and no more', () => {
    expect(points(110, true)).toBe(20);
    const generous = { ...bands, honoursPoints: 5 };
    const outcome = scoreDegreeGrade({ grade: 110, honours: true }, generous, 20);
    expect(outcome.ok && outcome.hundredths).toBe(2000);
    expect(outcome.ok && outcome.explanation).toMatchObject({ uncappedHundredths: 2300, capped: true });
  });

  it('explains the band, the honours and the cap', () => {
    const outcome = scoreDegreeGrade({ grade: 110, honours: true }, bands, 20);
    expect(outcome).toEqual({
      ok: true,
      hundredths: 2000,
      explanation: {
        formula: 'degree-grade-bands',
        grade: 110,
        honours: true,
        band: { minGrade: 101, maxGrade: null, points: 18 },
        honoursPoints: 2,
        uncappedHundredths: 2000,
        maxPoints: 20,
        capped: false,
      },
    });
  });

  it('refuses a missing grade, one outside 66..110 and honours below 110', () => {
    expect(scoreDegreeGrade(null, bands, 20)).toEqual({
      ok: false,
      problem: { code: 'missing-degree-grade' },
    });
    for (const grade of [65, 111, 100.5]) {
      expect(scoreDegreeGrade({ grade, honours: false }, bands, 20)).toEqual({
        ok: false,
        problem: { code: 'degree-grade-out-of-range', grade },
      });
    }
    expect(scoreDegreeGrade({ grade: 108, honours: true }, bands, 20)).toEqual({
      ok: false,
      problem: { code: 'honours-without-full-marks', grade: 108 },
    });
  });
});
