import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PassedExam } from '../careers/career-metrics.ts';
import { type CreditRatioFacts, defaultCreditsCutoff, scoreCreditRatio } from './credit-ratio.ts';
import { formatPoints } from './points.ts';

const MASTER = { kind: 'average-times-credit-ratio', divisor: 3 } as const;
const SINGLE_CYCLE = { kind: 'average-times-credit-ratio', divisor: 1 } as const;
const CUTOFF = '2025-12-31';

const exam = (
  credits: number,
  grade: number | null,
  passedOn = '2025-06-20',
  honours = false,
): PassedExam => ({
  credits,
  grade,
  honours,
  passedOn,
});

const facts = (
  exams: PassedExam[],
  enrolment: Partial<CreditRatioFacts['enrolment']> = {},
): CreditRatioFacts => ({
  exams,
  cutoffDate: CUTOFF,
  enrolment: { yearOfCourse: 2, yearsBeyond: 0, normalDurationYears: 2, ...enrolment },
});

const score = (f: CreditRatioFacts, formula: typeof MASTER | typeof SINGLE_CYCLE = MASTER, max = 10) => {
  const outcome = scoreCreditRatio(f, formula, max);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome;
};

describe('weighted average x credits earned / credits obtainable / divisor (seed 004 art. 6)', () => {
  it('computes a second-year master student by hand: 27,08 x 42 / 60 / 3 = 6,32', () => {
    const outcome = score(
      facts([
        exam(9, 28),
        exam(6, 30, '2025-02-10', true),
        exam(12, 25),
        exam(6, null), // idoneità: credits earned, no grade
        exam(9, 27, '2025-12-31'), // on the cut-off date: counts
        exam(6, 30, '2026-01-15'), // after it: does not
      ]),
    );
    expect(outcome.hundredths).toBe(632);
    expect(formatPoints(outcome.hundredths)).toBe('6,32');
    expect(outcome.explanation).toEqual({
      formula: 'average-times-credit-ratio',
      cutoffDate: CUTOFF,
      gradedExams: 4,
      gradedCredits: 36,
      gradeCreditProduct: 975,
      averageHundredths: 2708,
      creditsEarned: 42,
      examsAfterCutoff: 1,
      yearsCompleted: 1,
      creditsObtainable: 60,
      creditsPerYear: 60,
      divisor: 3,
      exact: { numerator: String(975 * 42 * 1000), denominator: String(36 * 60 * 3000) },
      uncappedHundredths: 632,
      maxPoints: 10,
      capped: false,
    });
  });

  it('does not divide single-cycle students, who have 60 credits per completed year: 28 x 170 / 180 = 26,44', () => {
    const outcome = score(
      facts([exam(170, 28)], { yearOfCourse: 4, normalDurationYears: 5 }),
      SINGLE_CYCLE,
      30,
    );
    expect(outcome.explanation.creditsObtainable).toBe(180);
    expect(formatPoints(outcome.hundredths)).toBe('26,44');
  });

  it('gives the maximum exactly to a student on schedule with a 30 average', () => {
    expect(score(facts([exam(60, 30)])).hundredths).toBe(1000);
    expect(
      score(facts([exam(180, 30)], { yearOfCourse: 4, normalDurationYears: 5 }), SINGLE_CYCLE, 30).hundredths,
    ).toBe(3000);
  });

  it('caps a student ahead of schedule at the maximum: 30 x 75 / 60 / 3 = 12,50 -> 10,00', () => {
    const outcome = score(facts([exam(75, 30)]));
    expect(outcome.hundredths).toBe(1000);
    expect(outcome.explanation).toMatchObject({ uncappedHundredths: 1250, capped: true });
  });

  it('rounds once, half-up, on the exact fraction: 2,075 is 2,08 where floating point says 2,07', () => {
    // 249 x 18 / (12 x 60 x 3) = 2.075 exactly; (249/12)*18/60/3*100 in doubles is 207.49999...
    const outcome = score(facts([exam(9, 18), exam(3, 29), exam(6, null)]));
    expect(Math.round((249 / 12) * (18 / 60 / 3) * 100)).toBe(207);
    expect(outcome.hundredths).toBe(208);
  });

  it('counts completed years only: a first-year student is measured on the 60 credits of the year (decision 008)', () => {
    expect(score(facts([exam(12, 28)], { yearOfCourse: 1 })).explanation).toMatchObject({
      yearsCompleted: 0,
      creditsObtainable: 60,
      uncappedHundredths: 187, // 28 x 12 / 60 / 3 = 1,866...
    });
  });

  it('counts a year beyond the normal duration as completed, up to the whole programme', () => {
    expect(score(facts([exam(100, 27)], { yearsBeyond: 1 })).explanation.creditsObtainable).toBe(120);
    expect(score(facts([exam(100, 27)], { yearsBeyond: 3 })).explanation.creditsObtainable).toBe(120);
  });

  it('scores 0, with no average, when no graded exam was passed by the cut-off', () => {
    const outcome = score(facts([exam(6, null), exam(9, 30, '2026-01-10')]));
    expect(outcome.hundredths).toBe(0);
    expect(outcome.explanation).toMatchObject({
      averageHundredths: null,
      creditsEarned: 6,
      examsAfterCutoff: 1,
    });
  });

  it('refuses impossible exams and enrolments instead of scoring them', () => {
    expect(scoreCreditRatio(facts([exam(0, 28)]), MASTER, 10)).toEqual({
      ok: false,
      problem: { code: 'invalid-exam', index: 0, field: 'credits' },
    });
    expect(scoreCreditRatio(facts([exam(6, 28), exam(6, 31)]), MASTER, 10)).toEqual({
      ok: false,
      problem: { code: 'invalid-exam', index: 1, field: 'grade' },
    });
    expect(scoreCreditRatio(facts([exam(6, 28, '20/06/2025')]), MASTER, 10)).toMatchObject({ ok: false });
    expect(scoreCreditRatio(facts([], { yearOfCourse: 3 }), MASTER, 10)).toEqual({
      ok: false,
      problem: { code: 'invalid-enrolment', field: 'yearOfCourse' },
    });
  });

  it('takes the Bari cut-off, 31 December of the call year', () => {
    expect(defaultCreditsCutoff(2025)).toBe('2025-12-31');
  });

  const examArb = fc.record({
    credits: fc.integer({ min: 1, max: 15 }),
    grade: fc.option(fc.integer({ min: 18, max: 30 }), { nil: null }),
    honours: fc.boolean(),
    passedOn: fc.constantFrom('2024-07-01', '2025-03-15', '2025-12-31', '2026-01-01', '2026-02-20'),
  });
  const enrolmentArb = fc.constantFrom(2, 5, 6).chain((normalDurationYears) =>
    fc.record({
      normalDurationYears: fc.constant(normalDurationYears),
      yearOfCourse: fc.integer({ min: 1, max: normalDurationYears }),
      yearsBeyond: fc.integer({ min: 0, max: 3 }),
    }),
  );

  it('never exceeds the maximum and never goes below 0', () => {
    fc.assert(
      fc.property(
        fc.array(examArb, { maxLength: 30 }),
        enrolmentArb,
        fc.constantFrom(1, 3),
        (exams, enrolment, divisor) => {
          const max = divisor === 3 ? 10 : 30;
          const outcome = score(
            facts(exams, enrolment),
            { kind: 'average-times-credit-ratio', divisor } as typeof MASTER,
            max,
          );
          expect(outcome.hundredths).toBeGreaterThanOrEqual(0);
          expect(outcome.hundredths).toBeLessThanOrEqual(max * 100);
        },
      ),
    );
  });

  it('ignores every exam passed after the cut-off date', () => {
    fc.assert(
      fc.property(
        fc.array(examArb, { maxLength: 20 }),
        fc.array(examArb, { maxLength: 5 }),
        (exams, later) => {
          const after = later.map((e) => ({ ...e, passedOn: '2026-01-01' }));
          const without = score(facts(exams));
          const withLater = score(facts([...exams, ...after]));
          expect(withLater.hundredths).toBe(without.hundredths);
        },
      ),
    );
  });

  it('agrees with the formula computed in floating point to within a hundredth', () => {
    fc.assert(
      fc.property(fc.array(examArb, { minLength: 1, maxLength: 20 }), (exams) => {
        const counted = exams.filter((e) => e.passedOn <= CUTOFF);
        const graded = counted.filter((e) => e.grade !== null);
        const credits = graded.reduce((s, e) => s + e.credits, 0);
        const average =
          credits === 0 ? 0 : graded.reduce((s, e) => s + (e.grade ?? 0) * e.credits, 0) / credits;
        const earned = counted.reduce((s, e) => s + e.credits, 0);
        const expected = Math.min(10, (average * earned) / 60 / 3);
        expect(Math.abs(score(facts(exams)).hundredths / 100 - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});
