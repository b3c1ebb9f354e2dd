import { describe, expect, it } from 'vitest';
import type { CreditRatioExplanation } from '../../domain/scoring/credit-ratio.ts';
import type { DegreeGradeExplanation } from '../../domain/scoring/degree-grade.ts';
import { describeCriterionProblem, describeScoreExplanation } from './score-explanations.ts';

const average = (overrides: Partial<CreditRatioExplanation> = {}): CreditRatioExplanation => ({
  formula: 'average-times-credit-ratio',
  cutoffDate: '2025-12-31',
  gradedExams: 10,
  gradedCredits: 84,
  gradeCreditProduct: 2302,
  averageHundredths: 2740,
  creditsEarned: 84,
  examsAfterCutoff: 0,
  yearsCompleted: 2,
  creditsObtainable: 120,
  creditsPerYear: 60,
  divisor: 3,
  exact: { numerator: '0', denominator: '1' },
  uncappedHundredths: 639,
  maxPoints: 10,
  capped: false,
  ...overrides,
});

const grade = (overrides: Partial<DegreeGradeExplanation> = {}): DegreeGradeExplanation => ({
  formula: 'degree-grade-bands',
  grade: 104,
  honours: false,
  band: { minGrade: 101, maxGrade: null, points: 18 },
  honoursPoints: 0,
  uncappedHundredths: 1800,
  maxPoints: 20,
  capped: false,
  ...overrides,
});

describe('score explanations in Italian and English', () => {
  it('words the weighted average formula with every input, as the committee writes figures', () => {
    expect(describeScoreExplanation(average(), 'it')).toMatch(
      /^Media ponderata 27,40 × \(CFU acquisiti 84 al 31\/12\/2025 \/ CFU acquisibili 120 \(2 anni completati × 60\)\) \/ 3 = 6,39\./,
    );
    expect(describeScoreExplanation(average(), 'en')).toMatch(
      /^Weighted average 27\.40 × \(credits earned 84 by 31\/12\/2025 \/ credits obtainable 120 \(2 years completed × 60\)\) \/ 3 = 6\.39\./,
    );
  });

  it('leaves out a divisor of 1, says when the cap applied and when there is no graded exam', () => {
    const single = describeScoreExplanation(
      average({ divisor: 1, uncappedHundredths: 3120, maxPoints: 30, capped: true }),
      'it',
    );
    expect(single).toContain(
      'CFU acquisibili 120 (2 anni completati × 60)) = 30,00 (31,20 ridotto al massimo',
    );
    expect(describeScoreExplanation(average({ averageHundredths: null, uncappedHundredths: 0 }), 'it')).toBe(
      'Nessun esame con voto superato entro il 31/12/2025: nessuna media, 0,00',
    );
    expect(describeScoreExplanation(average({ yearsCompleted: 0, creditsObtainable: 60 }), 'en')).toContain(
      'credits obtainable 60 (first year)',
    );
  });

  it('words the degree grade bands, honours and the band below 71', () => {
    expect(describeScoreExplanation(grade(), 'it')).toBe(
      'Voto di laurea 104/110, fascia 101-110: 18 punti = 18,00',
    );
    expect(
      describeScoreExplanation(
        grade({ grade: 110, honours: true, honoursPoints: 2, uncappedHundredths: 2000 }),
        'it',
      ),
    ).toBe('Voto di laurea 110/110 e lode, fascia 101-110: 18 punti + lode 2 = 20,00');
    expect(
      describeScoreExplanation(
        grade({ grade: 70, band: { minGrade: 0, maxGrade: 70, points: 0 }, uncappedHundredths: 0 }),
        'en',
      ),
    ).toBe('Degree grade 70/110, band up to 70: 0 points = 0.00');
  });

  it('words a committee note and a career that cannot be scored', () => {
    expect(describeScoreExplanation({ formula: 'committee', note: 'Tutor 2024' }, 'it')).toBe(
      'Punteggio della commissione: Tutor 2024',
    );
    expect(describeCriterionProblem({ code: 'missing-degree-grade' }, 'it')).toContain(
      'Voto di laurea assente in carriera',
    );
    expect(describeCriterionProblem({ code: 'honours-without-full-marks', grade: 104 }, 'en')).toContain(
      'Honours with a grade of 104 instead of 110',
    );
  });
});
