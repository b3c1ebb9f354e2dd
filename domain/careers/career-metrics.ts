/**
 * Figures of a career that rankings and eligibility rules use (Bari 2025/26, art. 6: "media ponderata" and
 * "CFU conseguiti al 31/12/2025"). Exams are the passed ones of the career (the libretto).
 */
export interface PassedExam {
  credits: number;
  /** 18..30, or null for a pass/fail exam (idoneità). */
  grade: number | null;
  honours: boolean;
  /** ISO date. */
  passedOn: string;
}

/** Credits of the exams passed on or before the cut-off date (inclusive), pass/fail exams included. */
export const creditsEarnedBy = (exams: readonly PassedExam[], cutoff: string): number =>
  exams.reduce((sum, exam) => (exam.passedOn <= cutoff ? sum + exam.credits : sum), 0);

export const creditsEarned = (exams: readonly PassedExam[]): number =>
  exams.reduce((sum, exam) => sum + exam.credits, 0);

export interface AverageOptions {
  /** Only exams passed on or before this date count. */
  cutoff?: string;
  /**
   * What honours add: most regulations count "30 e lode" as 30, some as 31 or more. A profile setting, so the
   * default is the conservative 30.
   */
  honoursValue?: number;
}

/**
 * The credit-weighted average of graded exams: sum(grade x credits) / sum(credits). Pass/fail exams carry no
 * grade and are left out of both sums. Null when no graded exam counts.
 */
export const weightedAverage = (
  exams: readonly PassedExam[],
  options: AverageOptions = {},
): number | null => {
  let weighted = 0;
  let credits = 0;
  for (const exam of exams) {
    if (exam.grade === null) continue;
    if (options.cutoff !== undefined && exam.passedOn > options.cutoff) continue;
    const grade = exam.honours && exam.grade === 30 ? (options.honoursValue ?? 30) : exam.grade;
    weighted += grade * exam.credits;
    credits += exam.credits;
  }
  return credits === 0 ? null : weighted / credits;
};

/**
 * Years beyond the normal duration (fuori corso) of a student who first enrolled in `firstAcademicYear` and is
 * enrolled in `academicYear`: every year of enrolment after the normal duration counts. A part-time student's
 * duration is stretched by `partTimeFactor` (2 where a part-time year is worth half a year).
 */
export const yearsBeyondNormalDuration = (career: {
  firstAcademicYear: number;
  academicYear: number;
  normalDurationYears: number;
  partTime?: boolean;
  partTimeFactor?: number;
}): number => {
  const yearsEnrolled = career.academicYear - career.firstAcademicYear + 1;
  const duration = career.normalDurationYears * (career.partTime ? (career.partTimeFactor ?? 1) : 1);
  return Math.max(0, yearsEnrolled - duration);
};

/** The year of course and years over, as ESSE3 writes them, from the years of enrolment so far. */
export const yearOfCourseFor = (
  yearsEnrolled: number,
  normalDurationYears: number,
): { yearOfCourse: number; yearsBeyond: number } => ({
  yearOfCourse: Math.min(Math.max(yearsEnrolled, 1), normalDurationYears),
  yearsBeyond: Math.max(0, yearsEnrolled - normalDurationYears),
});
