import { describe, expect, it } from 'vitest';
import {
  creditsEarned,
  creditsEarnedBy,
  type PassedExam,
  weightedAverage,
  yearOfCourseFor,
  yearsBeyondNormalDuration,
} from './career-metrics.ts';

const exam = (overrides: Partial<PassedExam> = {}): PassedExam => ({
  credits: 6,
  grade: 27,
  honours: false,
  passedOn: '2025-06-20',
  ...overrides,
});

describe('credits earned', () => {
  const exams = [
    exam({ credits: 9, passedOn: '2025-02-10' }),
    exam({ credits: 6, passedOn: '2025-12-31', grade: null }),
    exam({ credits: 12, passedOn: '2026-01-15' }),
  ];

  it('counts exams up to and including the cut-off day, pass/fail ones too', () => {
    expect(creditsEarnedBy(exams, '2025-12-31')).toBe(15);
    expect(creditsEarnedBy(exams, '2025-12-30')).toBe(9);
    expect(creditsEarnedBy(exams, '2024-12-31')).toBe(0);
    expect(creditsEarned(exams)).toBe(27);
  });
});

describe('weighted average', () => {
  it('weights each grade by its credits', () => {
    // (30*12 + 18*6) / 18 = 26
    expect(weightedAverage([exam({ grade: 30, credits: 12 }), exam({ grade: 18, credits: 6 })])).toBe(26);
  });

  it('leaves pass/fail exams out of both sums', () => {
    const exams = [exam({ grade: 24, credits: 6 }), exam({ grade: null, credits: 3 })];
    expect(weightedAverage(exams)).toBe(24);
  });

  it('counts honours as 30 unless the profile says otherwise', () => {
    const exams = [exam({ grade: 30, honours: true, credits: 6 }), exam({ grade: 28, credits: 6 })];
    expect(weightedAverage(exams)).toBe(29);
    expect(weightedAverage(exams, { honoursValue: 32 })).toBe(30);
  });

  it('stops at the cut-off date', () => {
    const exams = [exam({ grade: 30, passedOn: '2025-12-31' }), exam({ grade: 18, passedOn: '2026-01-02' })];
    expect(weightedAverage(exams, { cutoff: '2025-12-31' })).toBe(30);
  });

  it('is null with no graded exam', () => {
    expect(weightedAverage([])).toBeNull();
    expect(weightedAverage([exam({ grade: null })])).toBeNull();
  });
});

describe('years beyond the normal duration', () => {
  it('counts years of enrolment past the normal duration', () => {
    const base = { firstAcademicYear: 2021, normalDurationYears: 3 };
    expect(yearsBeyondNormalDuration({ ...base, academicYear: 2023 })).toBe(0);
    expect(yearsBeyondNormalDuration({ ...base, academicYear: 2024 })).toBe(1);
    expect(yearsBeyondNormalDuration({ ...base, academicYear: 2025 })).toBe(2);
  });

  it('stretches the duration of a part-time student by the profile factor', () => {
    const career = { firstAcademicYear: 2021, academicYear: 2025, normalDurationYears: 3, partTime: true };
    expect(yearsBeyondNormalDuration(career)).toBe(2);
    expect(yearsBeyondNormalDuration({ ...career, partTimeFactor: 2 })).toBe(0);
  });

  it('writes the year of course as ESSE3 does: the last year plus years over', () => {
    expect(yearOfCourseFor(2, 3)).toEqual({ yearOfCourse: 2, yearsBeyond: 0 });
    expect(yearOfCourseFor(5, 3)).toEqual({ yearOfCourse: 3, yearsBeyond: 2 });
  });
});
