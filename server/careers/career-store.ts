import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { KnownCareers, PersonMatches } from '../../domain/careers/import-references.ts';
import type { CareerBatch, StudentRecord } from '../../domain/careers/records.ts';
import type { ProgrammeType } from '../../domain/careers/types.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  degreeProgrammes,
  enrolments,
  exams,
  people,
  specialCategoryData,
  students,
  studyPlanItems,
  units,
} from '../db/schema/index.ts';

/** Keeps every statement well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const excluded = (column: PgColumn): SQL => sql.raw(`excluded."${column.name}"`);

/** Records grouped by which optional fields they carry, so one upsert statement fits each group. */
const bySignature = <T extends object>(records: readonly T[]): T[][] => {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const signature = Object.keys(record).sort().join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), record]);
  }
  return [...groups.values()];
};

export interface StoredProgramme {
  id: string;
  type: ProgrammeType;
  normalDurationYears: number;
}

/** What the store holds about the codes of a batch, and the ids the writer needs. */
export interface CareerStoreState {
  known: KnownCareers;
  unitIds: Map<string, string>;
  programmes: Map<string, StoredProgramme & { unitId: string; departmentId: string | null }>;
  studentIds: Map<string, string>;
}

const studentNumbersOf = (batch: CareerBatch) => [
  ...new Set([
    ...batch.students.map((s) => s.studentNumber),
    ...batch.exams.map((e) => e.studentNumber),
    ...batch.studyPlans.map((p) => p.studentNumber),
  ]),
];

export const loadCareerStoreState = async (db: DbOrTx, batch: CareerBatch): Promise<CareerStoreState> => {
  const unitRows = await db.select({ id: units.id, code: units.code, kind: units.kind }).from(units);
  const programmeRows = await db.select().from(degreeProgrammes);
  const programmes = new Map(
    programmeRows.map((p) => [p.code, { ...p, type: p.type as ProgrammeType } as const]),
  );
  const programmeCodeById = new Map(programmeRows.map((p) => [p.id, p.code]));

  const knownStudents = new Map<string, { personId: string; programmeCode: string | null }>();
  for (const numbers of chunks(studentNumbersOf(batch))) {
    const rows = await db
      .select({ personId: students.personId, studentNumber: students.studentNumber })
      .from(students)
      .where(inArray(students.studentNumber, numbers));
    const latest = rows.length
      ? await db
          .selectDistinctOn([enrolments.studentId], {
            studentId: enrolments.studentId,
            programmeId: enrolments.programmeId,
          })
          .from(enrolments)
          .where(
            inArray(
              enrolments.studentId,
              rows.map((r) => r.personId),
            ),
          )
          .orderBy(enrolments.studentId, desc(enrolments.academicYear))
      : [];
    const programmeOf = new Map(
      latest.map((e) => [e.studentId, programmeCodeById.get(e.programmeId) ?? null]),
    );
    for (const row of rows)
      knownStudents.set(row.studentNumber, {
        personId: row.personId,
        programmeCode: programmeOf.get(row.personId) ?? null,
      });
  }

  const peopleByEmail = new Map<string, { personId: string; studentNumber: string | null }>();
  const peopleByFiscalCode = new Map<string, { personId: string; studentNumber: string | null }>();
  const personColumns = {
    personId: people.id,
    email: sql<string>`lower(${people.email})`,
    fiscalCode: people.fiscalCode,
    studentNumber: students.studentNumber,
  };
  for (const emails of chunks([...new Set(batch.students.map((s) => s.email))])) {
    const rows = await db
      .select(personColumns)
      .from(people)
      .leftJoin(students, eq(students.personId, people.id))
      .where(inArray(sql`lower(${people.email})`, emails));
    for (const row of rows) peopleByEmail.set(row.email, row);
  }
  const fiscalCodes = [...new Set(batch.students.flatMap((s) => (s.fiscalCode ? [s.fiscalCode] : [])))];
  for (const codes of chunks(fiscalCodes)) {
    const rows = await db
      .select(personColumns)
      .from(people)
      .leftJoin(students, eq(students.personId, people.id))
      .where(inArray(people.fiscalCode, codes));
    for (const row of rows) if (row.fiscalCode) peopleByFiscalCode.set(row.fiscalCode, row);
  }

  return {
    known: {
      units: new Map(unitRows.map((u) => [u.code, { kind: u.kind }])),
      programmes,
      students: knownStudents,
      peopleByEmail,
      peopleByFiscalCode,
    },
    unitIds: new Map(unitRows.map((u) => [u.code, u.id])),
    programmes,
    studentIds: new Map([...knownStudents].map(([number, s]) => [number, s.personId])),
  };
};

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} missing after the reference check`);
  return value;
};

/**
 * Writes a checked batch: upserts by programme code, student number, (student, year, programme) and
 * (student, course). A study plan in the batch replaces the student's plan. Returns the records written.
 */
export const writeCareerBatch = async (
  tx: DbOrTx,
  batch: CareerBatch,
  state: CareerStoreState,
  personMatches: PersonMatches,
  now: Date,
): Promise<number> => {
  await writeProgrammes(tx, batch, state);
  await writeStudents(tx, batch.students, state, personMatches, now);
  await writeExams(tx, batch, state);
  await writeStudyPlans(tx, batch, state);
  return batch.programmes.length + batch.students.length + batch.exams.length + batch.studyPlans.length;
};

const writeProgrammes = async (tx: DbOrTx, batch: CareerBatch, state: CareerStoreState) => {
  for (const group of bySignature(batch.programmes))
    for (const part of chunks(group)) {
      const withDepartment = part[0]?.departmentCode !== undefined;
      const rows = await tx
        .insert(degreeProgrammes)
        .values(
          part.map((p) => ({
            code: p.code,
            name: p.name,
            type: p.type,
            normalDurationYears: p.normalDurationYears,
            unitId: required(state.unitIds.get(p.unitCode), p.unitCode),
            departmentId: p.departmentCode
              ? required(state.unitIds.get(p.departmentCode), p.departmentCode)
              : null,
          })),
        )
        .onConflictDoUpdate({
          target: degreeProgrammes.code,
          set: {
            name: excluded(degreeProgrammes.name),
            type: excluded(degreeProgrammes.type),
            normalDurationYears: excluded(degreeProgrammes.normalDurationYears),
            unitId: excluded(degreeProgrammes.unitId),
            ...(withDepartment ? { departmentId: excluded(degreeProgrammes.departmentId) } : {}),
          },
        })
        .returning();
      for (const row of rows) state.programmes.set(row.code, { ...row, type: row.type as ProgrammeType });
    }
};

const OPTIONAL_STUDENT_FIELDS = [
  'economicHardship',
  'iseeCents',
  'phdScholarship',
  'dualCareer',
  'bachelorGrade',
  'bachelorHonours',
  'masterGrade',
  'masterHonours',
] as const;
const OPTIONAL_ENROLMENT_FIELDS = ['yearsBeyond', 'partTime', 'singleCourse', 'status'] as const;

const presentIn = <K extends keyof StudentRecord>(record: StudentRecord, fields: readonly K[]) =>
  fields.filter((field) => record[field] !== undefined);

const writeStudents = async (
  tx: DbOrTx,
  records: readonly StudentRecord[],
  state: CareerStoreState,
  personMatches: PersonMatches,
  now: Date,
) => {
  const personIds = new Map(
    records.map((r) => [r.studentNumber, personMatches.get(r.studentNumber) ?? randomUUID()]),
  );
  const personOf = (r: StudentRecord) => required(personIds.get(r.studentNumber), r.studentNumber);
  const programmeOf = (r: StudentRecord) => required(state.programmes.get(r.programmeCode), r.programmeCode);

  for (const group of bySignature(records))
    for (const part of chunks(group)) {
      const sample = part[0];
      if (!sample) continue;
      await tx
        .insert(people)
        .values(
          part.map((r) => ({
            id: personOf(r),
            givenName: r.givenName,
            familyName: r.familyName,
            email: r.email,
            fiscalCode: r.fiscalCode ?? null,
            birthDate: r.birthDate ?? null,
            unitId: programmeOf(r).departmentId ?? programmeOf(r).unitId,
          })),
        )
        .onConflictDoUpdate({
          target: people.id,
          set: {
            givenName: excluded(people.givenName),
            familyName: excluded(people.familyName),
            email: excluded(people.email),
            ...(sample.fiscalCode !== undefined ? { fiscalCode: excluded(people.fiscalCode) } : {}),
            ...(sample.birthDate !== undefined ? { birthDate: excluded(people.birthDate) } : {}),
            // Staff who also study keep the unit they work in.
            unitId: sql`case when ${people.isStaff} then ${people.unitId} else ${excluded(people.unitId)} end`,
          },
        });

      const studentFields = presentIn(sample, OPTIONAL_STUDENT_FIELDS);
      await tx
        .insert(students)
        .values(
          part.map((r) => ({
            personId: personOf(r),
            studentNumber: r.studentNumber,
            ...Object.fromEntries(studentFields.map((field) => [field, r[field]])),
          })),
        )
        .onConflictDoUpdate({
          target: students.personId,
          set: {
            studentNumber: excluded(students.studentNumber),
            ...Object.fromEntries(studentFields.map((field) => [field, excluded(students[field])])),
          },
        });

      const enrolmentFields = presentIn(sample, OPTIONAL_ENROLMENT_FIELDS);
      await tx
        .insert(enrolments)
        .values(
          part.map((r) => ({
            studentId: personOf(r),
            programmeId: programmeOf(r).id,
            academicYear: r.academicYear,
            yearOfCourse: r.yearOfCourse,
            ...Object.fromEntries(enrolmentFields.map((field) => [field, r[field]])),
          })),
        )
        .onConflictDoUpdate({
          target: [enrolments.studentId, enrolments.academicYear, enrolments.programmeId],
          set: {
            yearOfCourse: excluded(enrolments.yearOfCourse),
            ...Object.fromEntries(enrolmentFields.map((field) => [field, excluded(enrolments[field])])),
          },
        });

      const specialFields = presentIn(sample, ['disability', 'dsa'] as const);
      if (specialFields.length > 0) {
        const ids = part.map(personOf);
        await tx
          .insert(specialCategoryData)
          .values(
            part.map((r) => ({
              personId: personOf(r),
              disability: r.disability,
              dsa: r.dsa,
              updatedAt: now,
            })),
          )
          .onConflictDoUpdate({
            target: specialCategoryData.personId,
            set: {
              updatedAt: now,
              ...Object.fromEntries(
                specialFields.map((field) => [field, excluded(specialCategoryData[field])]),
              ),
            },
          });
        // Special-category data is kept only where there is something to say (GDPR art. 5: minimisation).
        await tx
          .delete(specialCategoryData)
          .where(
            and(
              inArray(specialCategoryData.personId, ids),
              eq(specialCategoryData.disability, false),
              eq(specialCategoryData.dsa, false),
            ),
          );
      }
    }
  for (const [number, personId] of personIds) state.studentIds.set(number, personId);
};

const writeExams = async (tx: DbOrTx, batch: CareerBatch, state: CareerStoreState) => {
  for (const part of chunks(batch.exams))
    await tx
      .insert(exams)
      .values(
        part.map((e) => ({
          studentId: required(state.studentIds.get(e.studentNumber), e.studentNumber),
          courseCode: e.courseCode,
          courseName: e.courseName,
          credits: e.credits,
          grade: e.grade,
          honours: e.honours,
          passedOn: e.passedOn,
        })),
      )
      .onConflictDoUpdate({
        target: [exams.studentId, exams.courseCode],
        set: {
          courseName: excluded(exams.courseName),
          credits: excluded(exams.credits),
          grade: excluded(exams.grade),
          honours: excluded(exams.honours),
          passedOn: excluded(exams.passedOn),
        },
      });
};

/**
 * A plan export lists a student's whole plan: courses it no longer lists were taken out of the plan. Items
 * are upserted (their ids stay stable for whatever refers to them) and the missing ones deleted.
 */
const writeStudyPlans = async (tx: DbOrTx, batch: CareerBatch, state: CareerStoreState) => {
  const items = batch.studyPlans.map((p) => ({
    studentId: required(state.studentIds.get(p.studentNumber), p.studentNumber),
    courseCode: p.courseCode,
    courseName: p.courseName,
    credits: p.credits,
    yearOfCourse: p.yearOfCourse,
    semester: p.semester,
  }));
  const byStudent = new Map<string, typeof items>();
  for (const item of items) byStudent.set(item.studentId, [...(byStudent.get(item.studentId) ?? []), item]);
  let group: typeof items = [];
  const flush = async () => {
    if (group.length === 0) return;
    const keys = sql.join(
      group.map((item) => sql`(${item.studentId}::uuid, ${item.courseCode})`),
      sql`, `,
    );
    const studentIds = [...new Set(group.map((item) => item.studentId))];
    await tx
      .delete(studyPlanItems)
      .where(
        and(
          inArray(studyPlanItems.studentId, studentIds),
          notExists(
            sql`(select 1 from (values ${keys}) as k(student_id, course_code) where k.student_id = ${studyPlanItems.studentId} and k.course_code = ${studyPlanItems.courseCode})`,
          ),
        ),
      );
    await tx
      .insert(studyPlanItems)
      .values(group)
      .onConflictDoUpdate({
        target: [studyPlanItems.studentId, studyPlanItems.courseCode],
        set: {
          courseName: excluded(studyPlanItems.courseName),
          credits: excluded(studyPlanItems.credits),
          yearOfCourse: excluded(studyPlanItems.yearOfCourse),
          semester: excluded(studyPlanItems.semester),
        },
      });
    group = [];
  };
  for (const plan of byStudent.values()) {
    if (group.length + plan.length > CHUNK) await flush();
    group.push(...plan);
  }
  await flush();
};
