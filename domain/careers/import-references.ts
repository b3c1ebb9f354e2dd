import type { ImportIssue } from './import-issues.ts';
import type { CareerBatch, StudentRecord } from './records.ts';
import type { ProgrammeType } from './types.ts';

/**
 * What the store already holds about the codes a batch names. The server loads only the entries the batch
 * refers to; the check itself is pure.
 */
export interface KnownCareers {
  units: ReadonlyMap<string, { kind: string }>;
  programmes: ReadonlyMap<string, { type: ProgrammeType; normalDurationYears: number }>;
  /** By student number: the person and the programme of the latest enrolment. */
  students: ReadonlyMap<string, { personId: string; programmeCode: string | null }>;
  /** People by lower-case email and by fiscal code, with their student number if they are students. */
  peopleByEmail: ReadonlyMap<string, { personId: string; studentNumber: string | null }>;
  peopleByFiscalCode: ReadonlyMap<string, { personId: string; studentNumber: string | null }>;
}

/** Which existing person each student record updates; absent means a new person. */
export type PersonMatches = Map<string, string>;

const PROGRAMME_UNIT_KINDS = new Set(['department', 'school']);

/**
 * Checks what a single row cannot: that codes exist (in the store or earlier in the same batch), that a year of
 * course fits the programme's normal duration, and that a new student does not collide with another person.
 */
export const resolveReferences = (
  batch: CareerBatch,
  known: KnownCareers,
): { issues: ImportIssue[]; personMatches: PersonMatches } => {
  const issues: ImportIssue[] = [];
  const programmes = new Map(known.programmes);
  for (const programme of batch.programmes) {
    for (const [column, unitCode] of [
      ['DIP_COD', programme.unitCode],
      ['DIP_RIF_COD', programme.departmentCode],
    ] as const) {
      if (!unitCode) continue;
      const unit = known.units.get(unitCode);
      if (!unit) issues.push({ row: programme.row, column, code: 'unknown-unit', value: unitCode });
      else if (!PROGRAMME_UNIT_KINDS.has(unit.kind))
        issues.push({ row: programme.row, column, code: 'not-a-department', value: unitCode });
    }
    programmes.set(programme.code, programme);
  }

  const personMatches: PersonMatches = new Map();
  const studentProgrammes = new Map<string, string | null>();
  for (const [number, student] of known.students) studentProgrammes.set(number, student.programmeCode);
  for (const student of batch.students) {
    const programme = programmes.get(student.programmeCode);
    if (!programme)
      issues.push({
        row: student.row,
        column: 'CDS_COD',
        code: 'unknown-programme',
        value: student.programmeCode,
      });
    else issues.push(...checkYears(student, programme.normalDurationYears));
    const match = matchPerson(student, known);
    if ('issue' in match) issues.push(match.issue);
    else if (match.personId) personMatches.set(student.studentNumber, match.personId);
    studentProgrammes.set(student.studentNumber, student.programmeCode);
  }

  for (const exam of batch.exams) {
    if (!studentProgrammes.has(exam.studentNumber))
      issues.push({ row: exam.row, column: 'MATRICOLA', code: 'unknown-student', value: exam.studentNumber });
  }
  for (const item of batch.studyPlans) {
    if (!studentProgrammes.has(item.studentNumber)) {
      issues.push({ row: item.row, column: 'MATRICOLA', code: 'unknown-student', value: item.studentNumber });
      continue;
    }
    const programmeCode = studentProgrammes.get(item.studentNumber);
    const duration = programmeCode ? programmes.get(programmeCode)?.normalDurationYears : undefined;
    if (duration !== undefined && item.yearOfCourse > duration)
      issues.push({
        row: item.row,
        column: 'ANNO_CORSO',
        code: 'year-beyond-duration',
        value: item.yearOfCourse,
        duration,
      });
  }
  issues.sort((a, b) => a.row - b.row);
  return { issues, personMatches };
};

/**
 * In an Italian career a student beyond the normal duration stays in its last year and counts the years over
 * (ESSE3's "fuori corso"): year 4 of a 3-year degree is year 3 with one year over.
 */
const checkYears = (student: StudentRecord, duration: number): ImportIssue[] => {
  if (student.yearOfCourse > duration)
    return [
      {
        row: student.row,
        column: 'ANNO_CORSO',
        code: 'year-beyond-duration',
        value: student.yearOfCourse,
        duration,
      },
    ];
  if ((student.yearsBeyond ?? 0) > 0 && student.yearOfCourse !== duration)
    return [
      { row: student.row, column: 'ANNI_FUORI_CORSO', code: 'years-beyond-before-last-year', duration },
    ];
  return [];
};

const matchPerson = (
  student: StudentRecord,
  known: KnownCareers,
): { personId: string | null } | { issue: ImportIssue } => {
  const byEmail = known.peopleByEmail.get(student.email);
  const byFiscalCode = student.fiscalCode ? known.peopleByFiscalCode.get(student.fiscalCode) : undefined;
  const existing = known.students.get(student.studentNumber);
  // A known student number decides who the row is; otherwise the fiscal code, then the email.
  const personId = existing?.personId ?? byFiscalCode?.personId ?? byEmail?.personId ?? null;
  if (byEmail && byEmail.personId !== personId)
    return { issue: { row: student.row, column: 'EMAIL', code: 'email-taken', value: student.email } };
  if (byFiscalCode && byFiscalCode.personId !== personId)
    return {
      issue: {
        row: student.row,
        column: 'CODICE_FISCALE',
        code: 'fiscal-code-taken',
        value: student.fiscalCode ?? '',
      },
    };
  const matched = byFiscalCode ?? byEmail;
  if (!existing && matched?.studentNumber && matched.studentNumber !== student.studentNumber)
    return {
      issue: {
        row: student.row,
        column: 'MATRICOLA',
        code: 'student-number-mismatch',
        value: student.studentNumber,
        existing: matched.studentNumber,
      },
    };
  return { personId };
};
