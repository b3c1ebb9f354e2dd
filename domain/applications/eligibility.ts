import type { CallRules } from '../calls/types.ts';
import type { EnrolmentStatus, ProgrammeType } from '../careers/types.ts';

/**
 * What eligibility needs to know of a student for the call's academic year: the enrolment of that year (null when
 * there is none) with the type and normal duration of its programme, and whether the person is on the staff.
 */
export interface CareerFacts {
  enrolment: {
    academicYear: number;
    programmeType: ProgrammeType;
    normalDurationYears: number;
    yearOfCourse: number;
    yearsBeyond: number;
    partTime: boolean;
    singleCourse: boolean;
    status: EnrolmentStatus;
  } | null;
  isStaff: boolean;
}

/** Why a student may not apply to a position; the codes are stable, the UI words them in each language. */
export type IneligibilityReason =
  | { code: 'no-enrolment'; academicYear: number }
  | { code: 'enrolment-not-active'; status: EnrolmentStatus }
  | { code: 'programme-type-not-admitted'; programmeType: ProgrammeType; admitted: ProgrammeType[] }
  | { code: 'single-cycle-year-too-low'; yearOfCourse: number; minYear: number }
  | { code: 'too-many-years-beyond'; yearsBeyond: number; maxYearsBeyond: number }
  | { code: 'part-time' }
  | { code: 'single-course' }
  | { code: 'staff' };

export type Eligibility = { eligible: true } | { eligible: false; reasons: IneligibilityReason[] };

export interface EligibilityInput {
  career: CareerFacts;
  /** The academic year of the call, by its starting calendar year (2026 = 2026/27). */
  callAcademicYear: number;
  /** The programme types the position admits (seed 004 art. 1: each row of the table names them). */
  admittedProgrammeTypes: readonly ProgrammeType[];
  rules: CallRules['eligibility'];
}

/** The types admitted both by the call's rules and by the position. */
const admittedTypes = (input: EligibilityInput): ProgrammeType[] =>
  input.admittedProgrammeTypes.filter((type) => input.rules.degreeTypes.includes(type));

/**
 * Whether a student may apply to one position of a call (seed 004 art. 1-2; other universities by their
 * profile). Every reason is reported, not only the first, so the student sees all of them at once. The limit
 * on fuori corso years is inclusive: a student exactly at the limit is eligible.
 */
export const eligibility = (input: EligibilityInput): Eligibility => {
  const reasons: IneligibilityReason[] = [];
  const { career, rules } = input;
  if (career.isStaff && rules.staffExcluded) reasons.push({ code: 'staff' });
  const enrolment = career.enrolment;
  if (!enrolment || enrolment.academicYear !== input.callAcademicYear) {
    reasons.push({ code: 'no-enrolment', academicYear: input.callAcademicYear });
    return { eligible: false, reasons };
  }
  if (enrolment.status !== 'active') reasons.push({ code: 'enrolment-not-active', status: enrolment.status });
  const admitted = admittedTypes(input);
  if (!admitted.includes(enrolment.programmeType)) {
    reasons.push({
      code: 'programme-type-not-admitted',
      programmeType: enrolment.programmeType,
      admitted,
    });
  } else if (enrolment.programmeType === 'LMCU') {
    const minYear = singleCycleMinYearOf(rules, enrolment.normalDurationYears);
    if (minYear !== null && enrolment.yearOfCourse < minYear) {
      reasons.push({ code: 'single-cycle-year-too-low', yearOfCourse: enrolment.yearOfCourse, minYear });
    }
  }
  if (rules.maxYearsBeyond !== null && enrolment.yearsBeyond > rules.maxYearsBeyond) {
    reasons.push({
      code: 'too-many-years-beyond',
      yearsBeyond: enrolment.yearsBeyond,
      maxYearsBeyond: rules.maxYearsBeyond,
    });
  }
  if (enrolment.partTime && rules.partTimeExcluded) reasons.push({ code: 'part-time' });
  if (enrolment.singleCourse && rules.singleCourseExcluded) reasons.push({ code: 'single-course' });
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
};

/** First admitted year of a single-cycle programme of 5 or 6 years, or null when the rules set none. */
export const singleCycleMinYearOf = (
  rules: CallRules['eligibility'],
  normalDurationYears: number,
): number | null => {
  const years = rules.singleCycleMinYear;
  if (!years) return null;
  return normalDurationYears >= 6 ? years.sixYear : years.fiveYear;
};
