import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { yearOfCourseFor } from '../../domain/careers/career-metrics.ts';
import { buildFiscalCode } from '../../domain/careers/fiscal-code.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  degreeProgrammes,
  enrolments,
  exams,
  people,
  specialCategoryData,
  students,
  studyPlanItems,
} from '../db/schema/index.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { coursesOf, DEMO_PROGRAMMES, type DemoCourse, type DemoProgramme } from './career-catalogue.ts';
import { FAMILY_NAMES, GIVEN_NAMES, pick, seededRandom } from './names.ts';
import type { DemoSeedPart } from './seed.ts';

/** The academic year of the demo (2025/26); every exam of the demo was passed before it reached January. */
const ACADEMIC_YEAR = 2025;
const LAST_EXAM_DAY = '2025-12-19';
const BATCH = 1000;

/** Municipalities of birth (cadastral codes) around the university, for fiscal codes. */
const PLACES = [
  'A662',
  'A225',
  'F284',
  'F376',
  'A893',
  'L049',
  'E506',
  'D643',
  'B180',
  'A285',
  'A669',
  'F052',
];

type Random = () => number;

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pad = (n: number) => String(n).padStart(2, '0');

/** A random day between two dates of the same year (month and day, inclusive). */
const dayIn = (random: Random, year: number, from: [number, number], to: [number, number]) => {
  const start = Date.UTC(year, from[0] - 1, from[1]);
  const end = Date.UTC(year, to[0] - 1, to[1]);
  const day = new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
};

interface CareerSpec {
  programme: DemoProgramme;
  yearOfCourse: number;
  yearsBeyond: number;
  partTime: boolean;
  singleCourse: boolean;
  /** 0..1: how well the student does. */
  ability: number;
}

const firstAcademicYearOf = (spec: CareerSpec) => ACADEMIC_YEAR - (spec.yearOfCourse + spec.yearsBeyond) + 1;

/** When a course's exam falls: the session after its semester, in the calendar year after its academic year. */
const examDate = (random: Random, course: DemoCourse, academicYear: number) => {
  const year = academicYear + 1;
  if (course.semester === 1) return dayIn(random, year, [1, 10], [2, 27]);
  return random() < 0.7 ? dayIn(random, year, [6, 15], [7, 25]) : dayIn(random, year, [9, 1], [9, 29]);
};

const gradeOf = (random: Random, ability: number) => {
  const grade = Math.round(21 + 8 * ability + (random() - 0.5) * 6);
  return Math.min(30, Math.max(18, grade));
};

/**
 * The exams of a student: courses of the years already behind them, passed mostly in the session after the
 * course and sometimes a year later; never the thesis (a student who passed it has graduated).
 */
const examsOf = (random: Random, spec: CareerSpec, plan: DemoCourse[]) => {
  const first = firstAcademicYearOf(spec);
  const passChance = Math.max(0.3, 0.6 + 0.38 * spec.ability - (spec.partTime ? 0.25 : 0));
  const passed: Array<{ course: DemoCourse; grade: number | null; honours: boolean; passedOn: string }> = [];
  for (const course of plan) {
    if (course.final) continue;
    const courseYear = first + course.yearOfCourse - 1;
    if (courseYear >= ACADEMIC_YEAR || random() > passChance) continue;
    const late = random() < 0.2 ? 1 : 0;
    const passedOn = examDate(random, course, courseYear + late);
    if (passedOn > LAST_EXAM_DAY) continue;
    const grade = course.passFail ? null : gradeOf(random, spec.ability);
    passed.push({ course, grade, honours: grade === 30 && random() < 0.3, passedOn });
  }
  return passed;
};

const degreeGrade = (random: Random, ability: number) => {
  const grade = Math.min(110, Math.max(66, Math.round(86 + 24 * ability + (random() - 0.5) * 10)));
  return { grade, honours: grade === 110 && random() < 0.4 };
};

const pickProgramme = (random: Random) => {
  const total = DEMO_PROGRAMMES.reduce((sum, p) => sum + p.weight, 0);
  let at = random() * total;
  for (const programme of DEMO_PROGRAMMES) {
    at -= programme.weight;
    if (at < 0) return programme;
  }
  return DEMO_PROGRAMMES[0] as DemoProgramme;
};

const randomSpec = (random: Random): CareerSpec => {
  const programme = pickProgramme(random);
  const singleCourse = programme.type === 'L' && random() < 0.015;
  const duration = programme.normalDurationYears;
  const yearsEnrolled = singleCourse ? 1 : between(random, 1, duration);
  const beyond = !singleCourse && programme.type !== 'PHD' && yearsEnrolled === duration && random() < 0.3;
  const { yearOfCourse, yearsBeyond } = yearOfCourseFor(
    yearsEnrolled + (beyond ? (random() < 0.7 ? 1 : between(random, 2, 3)) : 0),
    duration,
  );
  const ability = random() * (yearsBeyond > 0 ? 0.6 : 1);
  const partTime = !singleCourse && programme.type !== 'PHD' && random() < 0.05;
  return { programme, yearOfCourse, yearsBeyond, partTime, singleCourse, ability };
};

/** Typical age at the first enrolment of each kind of programme. */
const AGE_AT_START = { L: 19, LMCU: 19, LM: 22, PHD: 25, SPEC: 25 } as const;

const birthDateOf = (random: Random, spec: CareerSpec) => {
  const year = firstAcademicYearOf(spec) - AGE_AT_START[spec.programme.type] - between(random, 0, 2);
  return `${year}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

interface Rows {
  people: Array<typeof people.$inferInsert>;
  students: Array<typeof students.$inferInsert>;
  enrolments: Array<typeof enrolments.$inferInsert>;
  exams: Array<typeof exams.$inferInsert>;
  plans: Array<typeof studyPlanItems.$inferInsert>;
  special: Array<typeof specialCategoryData.$inferInsert>;
}

const addCareer = (
  rows: Rows,
  random: Random,
  personId: string,
  studentNumber: string,
  spec: CareerSpec,
  programmeIds: Map<string, string>,
  grades: { bachelor?: { grade: number; honours: boolean }; master?: { grade: number; honours: boolean } },
) => {
  const programmeId = programmeIds.get(spec.programme.code) as string;
  const allCourses = coursesOf(spec.programme);
  const plan = spec.singleCourse
    ? allCourses
        .filter((course) => course.yearOfCourse === 1 && !course.passFail)
        .slice(0, between(random, 2, 3))
    : allCourses;
  const economicHardship = random() < 0.08;
  // A stream of its own, so the rest of the demo (names, exams, the calls' candidates) stays as it was.
  const declared = seededRandom(Number(studentNumber) * 31 + 7);
  rows.students.push({
    personId,
    studentNumber,
    economicHardship,
    // Those in hardship have proved it with their ISEE; about half of the others declared one for reduced fees.
    iseeCents: economicHardship
      ? between(declared, 250_000, 1_500_000)
      : declared() < 0.5
        ? between(declared, 900_000, 6_500_000)
        : null,
    // Most PhD students of the demo hold a doctoral scholarship.
    phdScholarship: spec.programme.type === 'PHD' ? declared() < 0.7 : null,
    dualCareer: random() < 0.02,
    bachelorGrade: grades.bachelor?.grade ?? null,
    bachelorHonours: grades.bachelor?.honours ?? false,
    masterGrade: grades.master?.grade ?? null,
    masterHonours: grades.master?.honours ?? false,
  });
  rows.enrolments.push({
    studentId: personId,
    programmeId,
    academicYear: ACADEMIC_YEAR,
    yearOfCourse: spec.yearOfCourse,
    yearsBeyond: spec.yearsBeyond,
    partTime: spec.partTime,
    singleCourse: spec.singleCourse,
    status: 'active',
  });
  for (const course of plan)
    rows.plans.push({
      studentId: personId,
      courseCode: course.code,
      courseName: course.name,
      credits: course.credits,
      yearOfCourse: course.yearOfCourse,
      semester: course.semester,
    });
  for (const exam of examsOf(random, spec, plan))
    rows.exams.push({
      studentId: personId,
      courseCode: exam.course.code,
      courseName: exam.course.name,
      credits: exam.course.credits,
      grade: exam.grade,
      honours: exam.honours,
      passedOn: exam.passedOn,
    });
  const disability = random() < 0.03;
  const dsa = random() < 0.04;
  if (disability || dsa) rows.special.push({ personId, disability, dsa });
};

const gradesFor = (random: Random, spec: CareerSpec) => ({
  ...(spec.programme.type === 'LM' || spec.programme.type === 'PHD'
    ? { bachelor: degreeGrade(random, spec.ability) }
    : {}),
  ...(spec.programme.type === 'PHD' ? { master: degreeGrade(random, Math.max(spec.ability, 0.7)) } : {}),
});

/**
 * Inserts many rows with one JSON parameter per batch instead of one parameter per value: on PGlite this is
 * several times faster than a multi-row VALUES list, and it stays far from PostgreSQL's parameter limit.
 */
const insertInBatches = async (tx: DbOrTx, table: PgTable, rows: Array<Record<string, unknown>>) => {
  const keys = new Set(rows.flatMap((row) => Object.keys(row)));
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => keys.has(key));
  const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(', '));
  const types = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', '));
  const tableName = sql.raw(`"${getTableConfig(table).name}"`);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows
      .slice(i, i + BATCH)
      .map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, row[key] ?? null])));
    await tx.execute(
      sql`insert into ${tableName} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(${types})`,
    );
  }
};

/** The careers of the demo accounts that are students: good master's students, eligible as tutors at Bari. */
const ACCOUNT_CAREERS: Record<string, { programme: string; bachelor: { grade: number; honours: boolean } }> =
  {
    '600001': { programme: 'LM-IINF', bachelor: { grade: 108, honours: false } },
    '600002': { programme: 'LM-IMEC', bachelor: { grade: 110, honours: true } },
  };

/**
 * Degree programmes for every department, and DEMO_STUDENTS students with their 2025/26 enrolment, study plan
 * and exams, the two demo student accounts included. Deterministic: the same careers on every machine.
 */
export const seedDemoCareers: DemoSeedPart = async (ctx, tx, unitIds) => {
  const random = seededRandom(2025);
  const programmeRows = await tx
    .insert(degreeProgrammes)
    .values(
      DEMO_PROGRAMMES.map((p) => ({
        code: p.code,
        name: p.name,
        type: p.type,
        normalDurationYears: p.normalDurationYears,
        unitId: unitIds.get(p.unit) as string,
        departmentId: p.department ? (unitIds.get(p.department) as string) : null,
      })),
    )
    .returning({ id: degreeProgrammes.id, code: degreeProgrammes.code });
  const programmeIds = new Map(programmeRows.map((row) => [row.code, row.id]));
  const rows: Rows = { people: [], students: [], enrolments: [], exams: [], plans: [], special: [] };
  const fiscalCodes = new Set<string>();
  const unitOf = (programme: DemoProgramme) => unitIds.get(programme.department ?? programme.unit) ?? null;

  for (const account of DEMO_ACCOUNTS) {
    const career = account.studentNumber ? ACCOUNT_CAREERS[account.studentNumber] : undefined;
    if (!account.studentNumber || !career) continue;
    const [person] = await tx
      .select({ id: people.id, birthDate: people.birthDate })
      .from(people)
      .where(eq(people.email, `${account.username}@demo.poliba.it`));
    if (!person) throw new Error(`demo account ${account.username} missing`);
    const programme = DEMO_PROGRAMMES.find((p) => p.code === career.programme) as DemoProgramme;
    const spec: CareerSpec = {
      programme,
      yearOfCourse: 2,
      yearsBeyond: 0,
      partTime: false,
      singleCourse: false,
      ability: 0.95,
    };
    const fiscalCode = buildFiscalCode({
      familyName: account.familyName,
      givenName: account.givenName,
      birthDate: person.birthDate ?? '2001-05-14',
      female: account.givenName.endsWith('a'),
      placeCode: 'A662',
    });
    fiscalCodes.add(fiscalCode);
    await tx
      .update(people)
      .set({ fiscalCode, unitId: unitOf(programme) })
      .where(eq(people.id, person.id));
    addCareer(
      rows,
      seededRandom(Number(account.studentNumber)),
      person.id,
      account.studentNumber,
      spec,
      programmeIds,
      {
        bachelor: career.bachelor,
      },
    );
  }

  const count = Math.max(0, ctx.config.DEMO_STUDENTS - rows.students.length);
  for (let index = 0; index < count; index++) {
    const spec = randomSpec(random);
    const nameIndex = Math.floor(random() * GIVEN_NAMES.length);
    const givenName = GIVEN_NAMES[nameIndex] as string;
    const familyName = pick(random, FAMILY_NAMES);
    const birthDate = birthDateOf(random, spec);
    // The names alternate male and female.
    const female = nameIndex % 2 === 1;
    const fiscalCode = buildFiscalCode({
      familyName,
      givenName,
      birthDate,
      female,
      placeCode: pick(random, PLACES),
    });
    const studentNumber = String(570001 + index);
    const personId = randomUUID();
    rows.people.push({
      id: personId,
      givenName,
      familyName,
      email: `${slug(givenName).charAt(0)}.${slug(familyName)}.${studentNumber}@studenti.poliba.it`,
      // Homonyms born the same day in the same place get no code here (the Revenue Agency would vary one).
      fiscalCode: fiscalCodes.has(fiscalCode) ? null : fiscalCode,
      birthDate,
      unitId: unitOf(spec.programme),
    });
    fiscalCodes.add(fiscalCode);
    addCareer(rows, random, personId, studentNumber, spec, programmeIds, gradesFor(random, spec));
  }

  await insertInBatches(tx, people, rows.people);
  await insertInBatches(tx, students, rows.students);
  await insertInBatches(tx, enrolments, rows.enrolments);
  await insertInBatches(tx, studyPlanItems, rows.plans);
  await insertInBatches(tx, exams, rows.exams);
  await insertInBatches(tx, specialCategoryData, rows.special);
};
