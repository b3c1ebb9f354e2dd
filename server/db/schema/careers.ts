import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './column-types.ts';
import { people, units } from './people.ts';

export const degreeProgrammes = pgTable('degree_programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** L, LM, LMCU, PHD, SPEC */
  type: text('type').notNull(),
  normalDurationYears: smallint('normal_duration_years').notNull(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  /**
   * For a programme run by a school (a PhD under the doctoral school), the department it belongs to; null when
   * the programme's unit is itself the department.
   */
  departmentId: uuid('department_id').references(() => units.id),
});

export const students = pgTable('students', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  studentNumber: text('student_number').notNull().unique(),
  economicHardship: boolean('economic_hardship').notNull().default(false),
  /** ISEE for university benefits, in cents; null when the student did not declare it (Tor Vergata's tie-break). */
  iseeCents: integer('isee_cents'),
  /** For PhD students: whether they hold a doctoral scholarship; null when unknown (Ca' Foscari's tie-break). */
  phdScholarship: boolean('phd_scholarship'),
  dualCareer: boolean('dual_career').notNull().default(false),
  bachelorGrade: smallint('bachelor_grade'),
  bachelorHonours: boolean('bachelor_honours').notNull().default(false),
  masterGrade: smallint('master_grade'),
  masterHonours: boolean('master_honours').notNull().default(false),
});

/**
 * Disability and DSA (specific learning disorders) are special-category data (GDPR art. 9): kept apart from the
 * career so that no join meant for other purposes can read them by accident.
 */
export const specialCategoryData = pgTable('special_category_data', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => students.personId, { onDelete: 'cascade' }),
  disability: boolean('disability').notNull().default(false),
  dsa: boolean('dsa').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who, beyond the office, may read special-category data, and why (granted by the office). */
export const specialCategoryGrants = pgTable('special_category_grants', {
  id: uuid('id').primaryKey().defaultRandom(),
  granteeId: uuid('grantee_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  grantedBy: uuid('granted_by')
    .notNull()
    .references(() => people.id),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.personId, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => degreeProgrammes.id),
    academicYear: smallint('academic_year').notNull(),
    yearOfCourse: smallint('year_of_course').notNull(),
    yearsBeyond: smallint('years_beyond').notNull().default(0),
    partTime: boolean('part_time').notNull().default(false),
    singleCourse: boolean('single_course').notNull().default(false),
    status: text('status').notNull().default('active'),
  },
  (t) => [
    unique('enrolments_student_year_programme_uq').on(t.studentId, t.academicYear, t.programmeId),
    index('enrolments_programme_idx').on(t.programmeId),
  ],
);

export const exams = pgTable(
  'exams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.personId, { onDelete: 'cascade' }),
    courseCode: text('course_code').notNull(),
    courseName: text('course_name').notNull(),
    credits: smallint('credits').notNull(),
    grade: smallint('grade'),
    honours: boolean('honours').notNull().default(false),
    passedOn: date('passed_on').notNull(),
  },
  (t) => [unique('exams_student_course_uq').on(t.studentId, t.courseCode)],
);

export const studyPlanItems = pgTable(
  'study_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.personId, { onDelete: 'cascade' }),
    courseCode: text('course_code').notNull(),
    courseName: text('course_name').notNull(),
    credits: smallint('credits').notNull(),
    yearOfCourse: smallint('year_of_course').notNull(),
    semester: smallint('semester').notNull(),
  },
  (t) => [unique('study_plan_student_course_uq').on(t.studentId, t.courseCode)],
);

/** An import of the office's export of the student information system; processed by a job, all-or-nothing. */
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  /** queued, running, succeeded, rejected */
  status: text('status').notNull().default('queued'),
  totalRows: integer('total_rows'),
  processedRows: integer('processed_rows').notNull().default(0),
  report: jsonb('report').$type<unknown>(),
  file: bytea('file'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => people.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
