import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../profiles/index.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { PassedExam } from '../careers/career-metrics.ts';
import { PROGRAMME_TYPES } from '../careers/types.ts';
import type { Rubric } from '../profiles/types.ts';
import { type CandidateFacts, rubricForCandidate, scoreCandidate } from './candidate-score.ts';
import type { CommitteeScore } from './committee-score.ts';

const rubrics = POLIBA.profile.rubrics.map((r) => r.value);
const rubricOf = (type: CandidateFacts['programmeType']): Rubric => {
  const found = rubricForCandidate(rubrics, type);
  if (!found.ok) throw new Error(found.error.code);
  return found.value;
};

const exams: PassedExam[] = [{ credits: 60, grade: 27, honours: false, passedOn: '2025-07-01' }];
const master: CandidateFacts = {
  programmeType: 'LM',
  enrolment: { yearOfCourse: 2, yearsBeyond: 0, normalDurationYears: 2 },
  exams,
  previousDegree: { grade: 104, honours: false },
  cutoffDate: '2025-12-31',
};
const titles = (points: Record<string, number>): CommitteeScore[] =>
  Object.entries(points).map(([criterionId, p]) => ({ criterionId, hundredths: p * 100, note: 'titoli' }));

describe('the rubric of a candidate, by the kind of enrolment (seed 004 art. 6)', () => {
  it('scores LM students by the master rubric, LMCU by the single-cycle one and PhD students by the PhD one', () => {
    expect(rubricOf('LM').criteria.map((c) => c.id)).toContain('bachelor-grade');
    expect(rubricOf('LMCU').criteria.find((c) => c.id === 'weighted-average')?.maxPoints).toBe(30);
    expect(rubricOf('PHD').criteria.map((c) => c.id)).toContain('publications');
  });

  it('has no rubric for a kind the profile does not admit', () => {
    expect(rubricForCandidate(rubrics, 'L')).toEqual({
      ok: false,
      error: { code: 'no-rubric', candidateKind: 'bachelor' },
    });
  });
});

describe('the total of a candidate', () => {
  it('adds computed and committee criteria: 18 + 9 + 8 + 4 + 6 + 2 = 47 at Bari', () => {
    const score = scoreCandidate(
      rubricOf('LM'),
      master,
      titles({ collaborations: 8, representation: 4, exchange: 6, certificates: 2 }),
    );
    expect(score.complete).toBe(true);
    expect(score.computedHundredths).toBe(1800 + 900); // 27 x 60 / 60 / 3 = 9
    expect(score.committeeHundredths).toBe(2000);
    expect(score.totalHundredths).toBe(4700);
  });

  it('is incomplete while a committee criterion waits, and says which', () => {
    const score = scoreCandidate(rubricOf('LM'), master, titles({ collaborations: 3 }));
    expect(score.complete).toBe(false);
    expect(score.criteria.filter((c) => c.status === 'awaiting-committee').map((c) => c.criterionId)).toEqual(
      ['representation', 'exchange', 'certificates'],
    );
    expect(score.totalHundredths).toBe(1800 + 900 + 300);
  });

  it('is incomplete when a computed criterion lacks its data, with the reason', () => {
    const score = scoreCandidate(rubricOf('LM'), { ...master, previousDegree: null }, []);
    expect(score.criteria[0]).toEqual({
      criterionId: 'bachelor-grade',
      maxPoints: 20,
      status: 'not-computable',
      problem: { code: 'missing-degree-grade' },
    });
  });

  it('caps the sum at the rubric total and every criterion at its maximum', () => {
    const tight: Rubric = { ...rubricOf('LM'), totalPoints: 40 };
    const score = scoreCandidate(
      tight,
      master,
      titles({ collaborations: 12, representation: 4, exchange: 6, certificates: 2 }),
    );
    expect(score.criteria.find((c) => c.criterionId === 'collaborations')).toMatchObject({ hundredths: 800 });
    expect(score.totalHundredths).toBe(4000);
  });

  it('never exceeds a maximum under any preset, whatever the career and the committee enter', () => {
    const allRubrics = PRESETS.flatMap((p) => p.profile.rubrics.map((r) => r.value));
    fc.assert(
      fc.property(
        fc.constantFrom(...allRubrics),
        fc.constantFrom(...PROGRAMME_TYPES),
        fc.array(
          fc.record({
            credits: fc.integer({ min: 1, max: 30 }),
            grade: fc.option(fc.integer({ min: 18, max: 30 }), { nil: null }),
            honours: fc.boolean(),
            passedOn: fc.constantFrom('2025-01-10', '2025-12-31', '2026-01-02'),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 66, max: 110 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 10, maxLength: 10 }),
        (rubric, programmeType, careerExams, grade, entered) => {
          const committee = rubric.criteria.map((c, i) => ({
            criterionId: c.id,
            hundredths: entered[i] ?? 0,
            note: 'n',
          }));
          const score = scoreCandidate(
            rubric,
            {
              ...master,
              programmeType,
              exams: careerExams,
              previousDegree: { grade, honours: grade === 110 },
            },
            committee,
          );
          for (const [i, result] of score.criteria.entries()) {
            if (result.status === 'scored')
              expect(result.hundredths).toBeLessThanOrEqual((rubric.criteria[i]?.maxPoints ?? 0) * 100);
          }
          expect(score.totalHundredths).toBeLessThanOrEqual(rubric.totalPoints * 100);
          expect(score.totalHundredths).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
