import type { EnrolmentStatus, ProgrammeType } from './types.ts';

/**
 * What a source of careers (an uploaded export today, a live connector to the student information system
 * tomorrow) hands over once its rows are valid. `row` locates the record in the source for the report; an
 * optional field left undefined means "the source does not say": the stored value is kept.
 */
export interface ProgrammeRecord {
  row: number;
  code: string;
  name: string;
  type: ProgrammeType;
  normalDurationYears: number;
  unitCode: string;
  departmentCode?: string | null;
}

export interface StudentRecord {
  row: number;
  studentNumber: string;
  familyName: string;
  givenName: string;
  email: string;
  fiscalCode?: string | null;
  birthDate?: string | null;
  /** The enrolment of the academic year of the export (one row = one student's current enrolment). */
  programmeCode: string;
  academicYear: number;
  yearOfCourse: number;
  yearsBeyond?: number;
  partTime?: boolean;
  singleCourse?: boolean;
  status?: EnrolmentStatus;
  bachelorGrade?: number | null;
  bachelorHonours?: boolean;
  masterGrade?: number | null;
  masterHonours?: boolean;
  economicHardship?: boolean;
  /** ISEE in cents; null when not declared. */
  iseeCents?: number | null;
  /** For PhD students, whether they hold a doctoral scholarship; null when unknown. */
  phdScholarship?: boolean | null;
  dualCareer?: boolean;
  /** Special-category data (GDPR art. 9): stored apart, shown only to the office and whom it grants. */
  disability?: boolean;
  dsa?: boolean;
}

export interface ExamRecord {
  row: number;
  studentNumber: string;
  courseCode: string;
  courseName: string;
  credits: number;
  grade: number | null;
  honours: boolean;
  passedOn: string;
}

export interface StudyPlanRecord {
  row: number;
  studentNumber: string;
  courseCode: string;
  courseName: string;
  credits: number;
  yearOfCourse: number;
  semester: number;
}

export interface CareerBatch {
  programmes: ProgrammeRecord[];
  students: StudentRecord[];
  exams: ExamRecord[];
  studyPlans: StudyPlanRecord[];
}

export const emptyBatch = (): CareerBatch => ({ programmes: [], students: [], exams: [], studyPlans: [] });

export const batchSize = (batch: CareerBatch): number =>
  batch.programmes.length + batch.students.length + batch.exams.length + batch.studyPlans.length;
