/** Degree programme types of the Italian system (domain.md section 3). */
export const PROGRAMME_TYPES = ['L', 'LM', 'LMCU', 'PHD', 'SPEC'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/** Enrolment status of a year: regularly in the normal duration (in corso) or beyond it (fuori corso). */
export const ENROLMENT_STATUSES = ['active', 'graduated', 'withdrawn', 'transferred', 'suspended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface DegreeProgramme {
  code: string;
  name: string;
  type: ProgrammeType;
  /** Normal duration in years: 3 for L, 2 for LM, 5 or 6 for LMCU, 3 or 4 for PhD. */
  normalDurationYears: number;
  unitCode: string;
}

export interface Enrolment {
  studentNumber: string;
  programmeCode: string;
  /** The academic year by its starting calendar year: 2025 means 2025/26. */
  academicYear: number;
  /** Year of the course (1..normal duration); a student beyond it has `yearsBeyond` > 0. */
  yearOfCourse: number;
  yearsBeyond: number;
  partTime: boolean;
  singleCourse: boolean;
  status: EnrolmentStatus;
}

export interface Exam {
  studentNumber: string;
  courseCode: string;
  courseName: string;
  credits: number;
  /** 18..30, or null for a pass/fail exam (idoneità). */
  grade: number | null;
  honours: boolean;
  passedOn: string;
}

export interface StudyPlanItem {
  studentNumber: string;
  courseCode: string;
  courseName: string;
  credits: number;
  yearOfCourse: number;
  semester: number;
}

export const formatAcademicYear = (startYear: number): string =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
