import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { StudentsExportQuery, StudentsQuery } from '../../../api/students.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import type { UnitNode } from '../../../domain/units/tree.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  degreeProgrammes,
  enrolments,
  exams,
  people,
  specialCategoryData,
  specialCategoryGrants,
  students,
  studyPlanItems,
  units,
} from '../../db/schema/index.ts';

export const listUnitTree = (db: DbOrTx): Promise<UnitNode[]> =>
  db.select({ id: units.id, parentId: units.parentId }).from(units);

const departments = alias(units, 'departments');

export const listProgrammes = async (db: DbOrTx) => {
  const rows = await db
    .select({
      id: degreeProgrammes.id,
      code: degreeProgrammes.code,
      name: degreeProgrammes.name,
      type: degreeProgrammes.type,
      normalDurationYears: degreeProgrammes.normalDurationYears,
      unitId: degreeProgrammes.unitId,
      unitName: units.name,
      departmentId: degreeProgrammes.departmentId,
      departmentName: departments.name,
    })
    .from(degreeProgrammes)
    .innerJoin(units, eq(units.id, degreeProgrammes.unitId))
    .leftJoin(departments, eq(departments.id, degreeProgrammes.departmentId))
    .orderBy(asc(degreeProgrammes.type), asc(degreeProgrammes.name), asc(degreeProgrammes.code));
  return rows.map((row) => ({ ...row, type: row.type as ProgrammeType }));
};

/** The enrolment of each student's latest academic year: what the lists show and what unit scoping uses. */
const currentEnrolments = (db: DbOrTx) =>
  db
    .selectDistinctOn([enrolments.studentId], {
      studentId: enrolments.studentId,
      programmeId: enrolments.programmeId,
      yearOfCourse: enrolments.yearOfCourse,
      yearsBeyond: enrolments.yearsBeyond,
      partTime: enrolments.partTime,
    })
    .from(enrolments)
    .orderBy(enrolments.studentId, desc(enrolments.academicYear), desc(enrolments.yearOfCourse))
    .as('current');

const earnedCredits = (db: DbOrTx) =>
  db
    .select({ studentId: exams.studentId, total: sql<number>`sum(${exams.credits})::int`.as('total') })
    .from(exams)
    .groupBy(exams.studentId)
    .as('earned');

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface StudentFilter extends StudentsExportQuery {
  /** The units whose students the reader may see (with descendants), or null for all. */
  visibleUnitIds: string[] | null;
  /** The unit filter expanded to the unit and its descendants. */
  unitIds?: string[];
}

const selectStudents = (db: DbOrTx, filter: StudentFilter) => {
  const current = currentEnrolments(db);
  const earned = earnedCredits(db);
  const conditions: SQL[] = [];
  const inUnits = (ids: string[]) =>
    or(inArray(degreeProgrammes.unitId, ids), inArray(degreeProgrammes.departmentId, ids)) as SQL;
  if (filter.visibleUnitIds !== null) {
    if (filter.visibleUnitIds.length === 0) conditions.push(sql`false`);
    else conditions.push(inUnits(filter.visibleUnitIds));
  }
  if (filter.unitIds) conditions.push(inUnits(filter.unitIds));
  if (filter.programmeId) conditions.push(eq(current.programmeId, filter.programmeId));
  if (filter.programmeType) conditions.push(eq(degreeProgrammes.type, filter.programmeType));
  if (filter.q) {
    const words = filter.q.split(/\s+/).filter(Boolean);
    for (const word of words) {
      const pattern = `%${escapeLike(word)}%`;
      conditions.push(
        or(
          ilike(people.givenName, pattern),
          ilike(people.familyName, pattern),
          ilike(students.studentNumber, `${escapeLike(word)}%`),
        ) as SQL,
      );
    }
  }
  return db
    .select({
      id: students.personId,
      studentNumber: students.studentNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      programmeCode: degreeProgrammes.code,
      programmeName: degreeProgrammes.name,
      programmeType: degreeProgrammes.type,
      unitName: sql<string | null>`coalesce(${departments.name}, ${units.name})`,
      yearOfCourse: current.yearOfCourse,
      yearsBeyond: current.yearsBeyond,
      partTime: current.partTime,
      creditsEarned: sql<number>`coalesce(${earned.total}, 0)::int`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(students)
    .innerJoin(people, eq(people.id, students.personId))
    .leftJoin(current, eq(current.studentId, students.personId))
    .leftJoin(degreeProgrammes, eq(degreeProgrammes.id, current.programmeId))
    .leftJoin(units, eq(units.id, degreeProgrammes.unitId))
    .leftJoin(departments, eq(departments.id, degreeProgrammes.departmentId))
    .leftJoin(earned, eq(earned.studentId, students.personId))
    .where(and(...conditions))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(students.studentNumber));
};

const asSummary = ({ total: _total, ...row }: Awaited<ReturnType<typeof selectStudents>>[number]) => ({
  ...row,
  programmeType: row.programmeType as ProgrammeType | null,
});

export const listStudents = async (
  db: DbOrTx,
  filter: StudentFilter & Pick<StudentsQuery, 'page' | 'pageSize'>,
) => {
  const rows = await selectStudents(db, filter)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && filter.page > 1) {
    const [first] = await selectStudents(db, filter).limit(1);
    total = first?.total ?? 0;
  }
  return { items: rows.map(asSummary), total };
};

export const EXPORT_LIMIT = 50_000;

export const exportStudents = async (db: DbOrTx, filter: StudentFilter) =>
  (await selectStudents(db, filter).limit(EXPORT_LIMIT)).map(asSummary);

/** The units of a student's current programme (its unit and, for a school's programme, its department). */
export const findStudentUnits = async (db: DbOrTx, personId: string): Promise<string[] | null> => {
  const [student] = await db
    .select({ personId: students.personId })
    .from(students)
    .where(eq(students.personId, personId));
  if (!student) return null;
  const current = currentEnrolments(db);
  const [row] = await db
    .select({ unitId: degreeProgrammes.unitId, departmentId: degreeProgrammes.departmentId })
    .from(current)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, current.programmeId))
    .where(eq(current.studentId, personId));
  return row ? [row.unitId, ...(row.departmentId ? [row.departmentId] : [])] : [];
};

export const findCareerRecords = async (db: DbOrTx, personId: string) => {
  const [person] = await db
    .select({
      id: students.personId,
      studentNumber: students.studentNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      birthDate: people.birthDate,
      economicHardship: students.economicHardship,
      iseeCents: students.iseeCents,
      phdScholarship: students.phdScholarship,
      dualCareer: students.dualCareer,
      bachelorGrade: students.bachelorGrade,
      bachelorHonours: students.bachelorHonours,
      masterGrade: students.masterGrade,
      masterHonours: students.masterHonours,
    })
    .from(students)
    .innerJoin(people, eq(people.id, students.personId))
    .where(eq(students.personId, personId));
  if (!person) return null;
  const enrolmentRows = await db
    .select({
      academicYear: enrolments.academicYear,
      programmeCode: degreeProgrammes.code,
      programmeName: degreeProgrammes.name,
      programmeType: degreeProgrammes.type,
      yearOfCourse: enrolments.yearOfCourse,
      yearsBeyond: enrolments.yearsBeyond,
      partTime: enrolments.partTime,
      singleCourse: enrolments.singleCourse,
      status: enrolments.status,
    })
    .from(enrolments)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .where(eq(enrolments.studentId, personId))
    .orderBy(desc(enrolments.academicYear));
  const examRows = await db
    .select({
      courseCode: exams.courseCode,
      courseName: exams.courseName,
      credits: exams.credits,
      grade: exams.grade,
      honours: exams.honours,
      passedOn: exams.passedOn,
    })
    .from(exams)
    .where(eq(exams.studentId, personId))
    .orderBy(asc(exams.passedOn), asc(exams.courseCode));
  const planRows = await db
    .select({
      courseCode: studyPlanItems.courseCode,
      courseName: studyPlanItems.courseName,
      credits: studyPlanItems.credits,
      yearOfCourse: studyPlanItems.yearOfCourse,
      semester: studyPlanItems.semester,
    })
    .from(studyPlanItems)
    .where(eq(studyPlanItems.studentId, personId))
    .orderBy(asc(studyPlanItems.yearOfCourse), asc(studyPlanItems.semester), asc(studyPlanItems.courseCode));
  return {
    person,
    enrolments: enrolmentRows.map((row) => ({ ...row, programmeType: row.programmeType as ProgrammeType })),
    exams: examRows,
    plan: planRows,
  };
};

export const findSpecialCategory = async (db: DbOrTx, personId: string) => {
  const [row] = await db
    .select({ disability: specialCategoryData.disability, dsa: specialCategoryData.dsa })
    .from(specialCategoryData)
    .where(eq(specialCategoryData.personId, personId));
  return row ?? { disability: false, dsa: false };
};

export const hasActiveSpecialCategoryGrant = async (db: DbOrTx, personId: string): Promise<boolean> => {
  const [row] = await db
    .select({ id: specialCategoryGrants.id })
    .from(specialCategoryGrants)
    .where(and(eq(specialCategoryGrants.granteeId, personId), isNull(specialCategoryGrants.revokedAt)))
    .limit(1);
  return Boolean(row);
};
