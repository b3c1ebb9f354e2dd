import { describe, expect, it } from 'vitest';
import { buildExamRow, buildProgrammeRow, buildStudentRow, buildStudyPlanRow, tableOf } from './builders.ts';
import type { ImportKind } from './import-issues.ts';
import { type KnownCareers, resolveReferences } from './import-references.ts';
import { checkImportTable } from './import-rows.ts';

const known = (overrides: Partial<KnownCareers> = {}): KnownCareers => ({
  units: new Map([
    ['DEI', { kind: 'department' }],
    ['SCUDO', { kind: 'school' }],
    ['DSU', { kind: 'office' }],
  ]),
  programmes: new Map([
    ['LM-INF', { type: 'LM', normalDurationYears: 2 }],
    ['L-INF', { type: 'L', normalDurationYears: 3 }],
  ]),
  students: new Map([['600001', { personId: 'p-600001', programmeCode: 'LM-INF' }]]),
  peopleByEmail: new Map([
    ['studente@demo.poliba.it', { personId: 'p-600001', studentNumber: '600001' }],
    ['prof@poliba.it', { personId: 'p-staff', studentNumber: null }],
  ]),
  peopleByFiscalCode: new Map(),
  ...overrides,
});

const batchOf = (kind: ImportKind, rows: Record<string, string>[]) => {
  const { batch, issues } = checkImportTable(kind, tableOf(rows), { today: '2026-02-20' });
  expect(issues).toEqual([]);
  return batch;
};
const codes = (result: ReturnType<typeof resolveReferences>) =>
  result.issues.map(({ row, column, code }) => ({ row, column, code }));

describe('resolveReferences', () => {
  it('accepts codes that exist', () => {
    const result = resolveReferences(batchOf('students', [buildStudentRow()]), known());
    expect(result.issues).toEqual([]);
    expect(result.personMatches.size).toBe(0);
  });

  it('refuses an unknown programme', () => {
    const batch = batchOf('students', [buildStudentRow({ CDS_COD: 'LM-XYZ' })]);
    expect(codes(resolveReferences(batch, known()))).toEqual([
      { row: 2, column: 'CDS_COD', code: 'unknown-programme' },
    ]);
  });

  it('refuses a year of course beyond the normal duration, and years over before the last year', () => {
    const batch = batchOf('students', [
      buildStudentRow({ ANNO_CORSO: '3' }),
      buildStudentRow({ MATRICOLA: '2', EMAIL: 'b@poliba.it', CODICE_FISCALE: '', ANNI_FUORI_CORSO: '1' }),
      buildStudentRow({
        MATRICOLA: '3',
        EMAIL: 'c@poliba.it',
        CODICE_FISCALE: '',
        ANNO_CORSO: '2',
        ANNI_FUORI_CORSO: '2',
      }),
    ]);
    expect(codes(resolveReferences(batch, known()))).toEqual([
      { row: 2, column: 'ANNO_CORSO', code: 'year-beyond-duration' },
      { row: 3, column: 'ANNI_FUORI_CORSO', code: 'years-beyond-before-last-year' },
    ]);
  });

  it('updates the person of a known student number, and the demo person found by email', () => {
    const batch = batchOf('students', [
      buildStudentRow({ MATRICOLA: '600001', EMAIL: 'studente@demo.poliba.it' }),
    ]);
    const result = resolveReferences(batch, known());
    expect(result.issues).toEqual([]);
    expect(result.personMatches.get('600001')).toBe('p-600001');

    const attach = resolveReferences(
      batchOf('students', [buildStudentRow({ EMAIL: 'prof@poliba.it' })]),
      known(),
    );
    expect(attach.personMatches.get('700001')).toBe('p-staff');
  });

  it('refuses an email or fiscal code of another person, and a person with another student number', () => {
    const batch = batchOf('students', [
      buildStudentRow({ EMAIL: 'studente@demo.poliba.it' }),
      buildStudentRow({ MATRICOLA: '600001', EMAIL: 'prof@poliba.it', CODICE_FISCALE: '' }),
    ]);
    expect(codes(resolveReferences(batch, known()))).toEqual([
      { row: 2, column: 'MATRICOLA', code: 'student-number-mismatch' },
      { row: 3, column: 'EMAIL', code: 'email-taken' },
    ]);
    const byFiscalCode = resolveReferences(
      batchOf('students', [buildStudentRow()]),
      known({
        peopleByFiscalCode: new Map([['RSSMRA01E14A662B', { personId: 'p-staff', studentNumber: null }]]),
        peopleByEmail: new Map([
          ['m.rossi@studenti.poliba.it', { personId: 'p-other', studentNumber: null }],
        ]),
      }),
    );
    expect(codes(byFiscalCode)).toEqual([{ row: 2, column: 'EMAIL', code: 'email-taken' }]);
  });

  it('refuses exams and plan items of unknown student numbers', () => {
    const exams = batchOf('exams', [
      buildExamRow({ MATRICOLA: '600001' }),
      buildExamRow({ MATRICOLA: '999' }),
    ]);
    expect(codes(resolveReferences(exams, known()))).toEqual([
      { row: 3, column: 'MATRICOLA', code: 'unknown-student' },
    ]);
    const plans = batchOf('study-plans', [buildStudyPlanRow({ MATRICOLA: '999' })]);
    expect(codes(resolveReferences(plans, known()))).toEqual([
      { row: 2, column: 'MATRICOLA', code: 'unknown-student' },
    ]);
  });

  it("refuses a plan item beyond the normal duration of the student's programme", () => {
    const plans = batchOf('study-plans', [buildStudyPlanRow({ MATRICOLA: '600001', ANNO_CORSO: '3' })]);
    expect(codes(resolveReferences(plans, known()))).toEqual([
      { row: 2, column: 'ANNO_CORSO', code: 'year-beyond-duration' },
    ]);
  });

  it('refuses programmes of unknown units, or of units that are offices', () => {
    const batch = batchOf('programmes', [
      buildProgrammeRow({ DIP_COD: 'NOPE' }),
      buildProgrammeRow({ CDS_COD: 'B', DIP_COD: 'DSU' }),
      buildProgrammeRow({
        CDS_COD: 'C',
        TIPO_CORSO: 'PHD',
        DURATA_ANNI: '3',
        DIP_COD: 'SCUDO',
        DIP_RIF_COD: 'DEI',
      }),
    ]);
    expect(codes(resolveReferences(batch, known()))).toEqual([
      { row: 2, column: 'DIP_COD', code: 'unknown-unit' },
      { row: 3, column: 'DIP_COD', code: 'not-a-department' },
    ]);
  });

  it('lets a batch refer to programmes and students it brings itself (a live connector)', () => {
    const programmes = batchOf('programmes', [buildProgrammeRow({ CDS_COD: 'NEW' })]);
    const students = batchOf('students', [buildStudentRow({ CDS_COD: 'NEW' })]);
    const exams = batchOf('exams', [buildExamRow()]);
    const result = resolveReferences(
      { ...programmes, students: students.students, exams: exams.exams },
      known(),
    );
    expect(result.issues).toEqual([]);
  });
});
