import { describe, expect, it } from 'vitest';
import {
  buildExamRow,
  buildProgrammeRow,
  buildStudentRow,
  buildStudyPlanRow,
  type ExportRow,
  tableOf,
} from './builders.ts';
import { checkImportHeader } from './import-columns.ts';
import { describeImportIssue, type ImportKind } from './import-issues.ts';
import { checkImportTable } from './import-rows.ts';

const today = '2026-02-20';
const check = (kind: ImportKind, rows: ExportRow[], header?: string[]) =>
  checkImportTable(kind, tableOf(rows, header), { today });
const issuesOf = (kind: ImportKind, rows: ExportRow[], header?: string[]) =>
  check(kind, rows, header).issues.map(({ row, column, code }) => ({ row, column, code }));

describe('the header', () => {
  it('matches columns ignoring case, accents, spaces and aliases', () => {
    const header = checkImportHeader('students', [
      ' matricola ',
      'Cognome',
      'NOME',
      'Data nascita',
      'e-mail',
      'CDS_COD',
      'aa_iscr',
      'Anno Corso',
      'Disabilità',
    ]);
    expect(header.ok).toBe(true);
    if (header.ok) {
      expect(header.columns.get('DATA_NASCITA')).toEqual({ index: 3, label: 'Data nascita' });
      expect(header.columns.get('EMAIL')?.index).toBe(4);
      expect(header.columns.get('DISABILITA')?.index).toBe(8);
    }
  });

  it('names missing, unknown and repeated columns on row 1', () => {
    const header = checkImportHeader('exams', ['MATRICOLA', 'MATR', 'COD_INSEGNAMENTO', 'COLORE', '']);
    expect(header.ok).toBe(false);
    if (!header.ok)
      expect(header.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
        { row: 1, column: 'MATR', code: 'duplicate-column' },
        { row: 1, column: 'COLORE', code: 'unknown-column' },
        { row: 1, column: 'INSEGNAMENTO', code: 'missing-column' },
        { row: 1, column: 'CFU', code: 'missing-column' },
        { row: 1, column: 'VOTO', code: 'missing-column' },
        { row: 1, column: 'DATA_ESAME', code: 'missing-column' },
      ]);
  });

  it('says when the file is of another kind than the one chosen', () => {
    const header = checkImportHeader('exams', Object.keys(buildStudyPlanRow()));
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.issues[0]).toMatchObject({ code: 'looks-like-kind', kind: 'study-plans' });
  });

  it('refuses a file with a header and no rows', () => {
    expect(check('students', [], Object.keys(buildStudentRow())).issues).toEqual([
      { row: 2, column: null, code: 'no-rows' },
    ]);
  });
});

describe('programme rows', () => {
  it('reads a programme, defaulting the duration where the type fixes it', () => {
    const { batch, issues } = check('programmes', [
      buildProgrammeRow({ DIP_RIF_COD: '' }),
      buildProgrammeRow({ CDS_COD: 'arch', TIPO_CORSO: 'LM5', DURATA_ANNI: '', DIP_COD: 'arcod' }),
      buildProgrammeRow({
        CDS_COD: 'DR-IEI',
        TIPO_CORSO: 'DR',
        DURATA_ANNI: '',
        DIP_COD: 'SCUDO',
        DIP_RIF_COD: 'DEI',
      }),
    ]);
    expect(issues).toEqual([]);
    expect(batch.programmes.map((p) => [p.code, p.type, p.normalDurationYears, p.unitCode])).toEqual([
      ['LM-INF', 'LM', 2, 'DEI'],
      ['ARCH', 'LMCU', 5, 'ARCOD'],
      ['DR-IEI', 'PHD', 3, 'SCUDO'],
    ]);
    expect(batch.programmes.map((p) => p.departmentCode)).toEqual([null, null, 'DEI']);
  });

  it('refuses a duration the type does not allow, an unknown type and a repeated code', () => {
    expect(
      issuesOf('programmes', [
        buildProgrammeRow({ DURATA_ANNI: '3' }),
        buildProgrammeRow({ CDS_COD: 'X', TIPO_CORSO: 'LMCU', DURATA_ANNI: '' }),
        buildProgrammeRow({ CDS_COD: 'Y', TIPO_CORSO: 'MASTER' }),
        buildProgrammeRow({ CDS_COD: 'lm-inf' }),
      ]),
    ).toEqual([
      { row: 2, column: 'DURATA_ANNI', code: 'bad-duration' },
      { row: 3, column: 'DURATA_ANNI', code: 'required' },
      { row: 4, column: 'TIPO_CORSO', code: 'bad-programme-type' },
      { row: 5, column: 'CDS_COD', code: 'duplicate-programme' },
    ]);
  });
});

describe('student rows', () => {
  it('reads a student with enrolment, grades and flags', () => {
    const { batch, issues } = check('students', [
      buildStudentRow({ PART_TIME: 'S', DSA: 'si', LODE_TRIENNALE: 'S', VOTO_LAUREA_TRIENNALE: '110' }),
    ]);
    expect(issues).toEqual([]);
    expect(batch.students[0]).toMatchObject({
      row: 2,
      studentNumber: '700001',
      email: 'm.rossi@studenti.poliba.it',
      birthDate: '2001-05-14',
      programmeCode: 'LM-INF',
      academicYear: 2025,
      yearOfCourse: 1,
      yearsBeyond: 0,
      partTime: true,
      singleCourse: false,
      status: 'active',
      bachelorGrade: 110,
      bachelorHonours: true,
      dsa: true,
      disability: false,
    });
  });

  it('leaves out what the file does not say, so stored values are kept', () => {
    const row = buildStudentRow();
    const { DISABILITA: _d, DSA: _s, PART_TIME: _p, CODICE_FISCALE: _c, ...rest } = row;
    const { batch, issues } = check('students', [rest]);
    expect(issues).toEqual([]);
    const student = batch.students[0];
    expect(student && 'disability' in student).toBe(false);
    expect(student && 'partTime' in student).toBe(false);
    expect(student && 'fiscalCode' in student).toBe(false);
  });

  it('clears a value whose cell is empty', () => {
    const { batch } = check('students', [buildStudentRow({ VOTO_LAUREA_TRIENNALE: '', DATA_NASCITA: '' })]);
    expect(batch.students[0]).toMatchObject({ bachelorGrade: null, birthDate: null });
  });

  it('reports every problem of a row, each in its column', () => {
    expect(
      issuesOf('students', [
        buildStudentRow({
          NOME: '',
          EMAIL: 'rossi-at-poliba',
          DATA_NASCITA: '31/02/2001',
          CODICE_FISCALE: 'RSSMRA01E14A662X',
          AA_ISCR: '2025/27',
          ANNO_CORSO: 'primo',
          PART_TIME: 'forse',
          STATO: 'in gita',
          VOTO_LAUREA_TRIENNALE: '105',
          LODE_TRIENNALE: 'S',
        }),
      ]),
    ).toEqual([
      { row: 2, column: 'NOME', code: 'required' },
      { row: 2, column: 'EMAIL', code: 'bad-email' },
      { row: 2, column: 'CODICE_FISCALE', code: 'bad-fiscal-code' },
      { row: 2, column: 'DATA_NASCITA', code: 'bad-date' },
      { row: 2, column: 'AA_ISCR', code: 'bad-academic-year' },
      { row: 2, column: 'ANNO_CORSO', code: 'bad-integer' },
      { row: 2, column: 'PART_TIME', code: 'bad-boolean' },
      { row: 2, column: 'STATO', code: 'bad-status' },
      { row: 2, column: 'LODE_TRIENNALE', code: 'honours-without-top-grade' },
    ]);
  });

  it('reads the ISEE typed in euros into cents and the PhD scholarship flag; an empty cell is "not declared"', () => {
    const { batch, issues } = check('students', [
      buildStudentRow({ ISEE: '12.345,67', BORSA_DOTTORATO: 'sì' }),
      buildStudentRow({
        MATRICOLA: '700002',
        EMAIL: 'b@studenti.poliba.it',
        CODICE_FISCALE: '',
        ISEE: '€ 9800',
        BORSA_DOTTORATO: 'no',
      }),
      buildStudentRow({
        MATRICOLA: '700003',
        EMAIL: 'c@studenti.poliba.it',
        CODICE_FISCALE: '',
        ISEE: '',
        BORSA_DOTTORATO: '',
      }),
      buildStudentRow({
        MATRICOLA: '700004',
        EMAIL: 'd@studenti.poliba.it',
        CODICE_FISCALE: '',
        ISEE: '23456.5',
        BORSA_DOTTORATO: 'TRUE',
      }),
    ]);
    expect(issues).toEqual([]);
    expect(batch.students.map((s) => [s.iseeCents, s.phdScholarship])).toEqual([
      [1_234_567, true],
      [980_000, false],
      [null, null],
      [2_345_650, true],
    ]);
    // A file without the columns leaves the stored values as they are.
    const without = check('students', [buildStudentRow()]).batch.students[0];
    expect(without && ('iseeCents' in without || 'phdScholarship' in without)).toBe(false);
  });

  it('refuses an ISEE that is not an amount in euros and a scholarship that is not yes or no, in it and en', () => {
    const { issues } = check('students', [
      buildStudentRow({ ISEE: '12,345,67', BORSA_DOTTORATO: 'forse' }),
      buildStudentRow({
        MATRICOLA: '700002',
        EMAIL: 'b@studenti.poliba.it',
        CODICE_FISCALE: '',
        ISEE: '-500',
        BORSA_DOTTORATO: 'S',
      }),
      buildStudentRow({
        MATRICOLA: '700003',
        EMAIL: 'c@studenti.poliba.it',
        CODICE_FISCALE: '',
        ISEE: '2.000.000',
        BORSA_DOTTORATO: 'N',
      }),
    ]);
    expect(issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: 'ISEE', code: 'bad-amount' },
      { row: 2, column: 'BORSA_DOTTORATO', code: 'bad-boolean' },
      { row: 3, column: 'ISEE', code: 'bad-amount' },
      { row: 4, column: 'ISEE', code: 'bad-amount' },
    ]);
    const first = issues[0];
    if (!first) throw new Error('no issue');
    expect(describeImportIssue(first, 'it')).toBe(
      'Importo in euro non valido: "12,345,67" (scrivi ad esempio 12.345,67; al massimo 1.000.000,00).',
    );
    expect(describeImportIssue(first, 'en')).toBe(
      'Invalid amount in euros: "12,345,67" (write e.g. 12.345,67 or 12345.67; at most 1,000,000.00).',
    );
  });

  it('knows the ISEE and scholarship columns by their other names', () => {
    const header = checkImportHeader('students', [
      ...Object.keys(buildStudentRow()),
      'Valore ISEE',
      'Dottorando con borsa',
    ]);
    expect(header.ok).toBe(true);
  });

  it('refuses implausible birth dates', () => {
    expect(issuesOf('students', [buildStudentRow({ DATA_NASCITA: '01/01/2020' })])).toEqual([
      { row: 2, column: 'DATA_NASCITA', code: 'implausible-birth-date' },
    ]);
  });

  it('finds repeated student numbers, emails and fiscal codes and names the first row', () => {
    const { issues } = check('students', [
      buildStudentRow(),
      buildStudentRow({ EMAIL: 'other@poliba.it', CODICE_FISCALE: '' }),
      buildStudentRow({ MATRICOLA: '700003', CODICE_FISCALE: '' }),
    ]);
    expect(issues).toEqual([
      { row: 3, column: 'MATRICOLA', code: 'duplicate-student-number', value: '700001', firstRow: 2 },
      {
        row: 4,
        column: 'EMAIL',
        code: 'duplicate-email',
        value: 'm.rossi@studenti.poliba.it',
        firstRow: 2,
      },
    ]);
  });

  it('refuses a single-course enrolment beyond the normal duration', () => {
    expect(
      issuesOf('students', [buildStudentRow({ SINGOLI_INSEGNAMENTI: 'S', ANNI_FUORI_CORSO: '1' })]),
    ).toEqual([{ row: 2, column: 'ANNI_FUORI_CORSO', code: 'single-course-with-years-beyond' }]);
  });
});

describe('exam rows', () => {
  it('reads graded and pass/fail exams and honours', () => {
    const { batch, issues } = check('exams', [
      buildExamRow(),
      buildExamRow({ COD_INSEGNAMENTO: 'ENG', VOTO: 'IDO' }),
      buildExamRow({ COD_INSEGNAMENTO: 'TIR', VOTO: '' }),
      buildExamRow({ COD_INSEGNAMENTO: 'AN1', VOTO: '30', LODE: 'S', DATA_ESAME: '2025-07-01' }),
      buildExamRow({ COD_INSEGNAMENTO: 'AN2', VOTO: '30L', LODE: '' }),
    ]);
    expect(issues).toEqual([]);
    expect(batch.exams.map((e) => [e.courseCode, e.grade, e.honours, e.passedOn])).toEqual([
      ['ING-INF/05-01', 28, false, '2026-01-20'],
      ['ENG', null, false, '2026-01-20'],
      ['TIR', null, false, '2026-01-20'],
      ['AN1', 30, true, '2025-07-01'],
      ['AN2', 30, true, '2026-01-20'],
    ]);
  });

  it('refuses a grade out of range, honours without 30, non-positive credits, bad and future dates', () => {
    expect(
      issuesOf('exams', [
        buildExamRow({ VOTO: '31' }),
        buildExamRow({ COD_INSEGNAMENTO: 'B', VOTO: '29', LODE: 'S' }),
        buildExamRow({ COD_INSEGNAMENTO: 'C', VOTO: 'IDO', LODE: 'S' }),
        buildExamRow({ COD_INSEGNAMENTO: 'D', CFU: '0' }),
        buildExamRow({ COD_INSEGNAMENTO: 'E', DATA_ESAME: '2026-13-01' }),
        buildExamRow({ COD_INSEGNAMENTO: 'F', DATA_ESAME: '21/02/2026' }),
        buildExamRow({ COD_INSEGNAMENTO: 'G', DATA_ESAME: '' }),
      ]),
    ).toEqual([
      { row: 2, column: 'VOTO', code: 'grade-out-of-range' },
      { row: 3, column: 'LODE', code: 'honours-without-top-grade' },
      { row: 4, column: 'LODE', code: 'honours-without-top-grade' },
      { row: 5, column: 'CFU', code: 'credits-not-positive' },
      { row: 6, column: 'DATA_ESAME', code: 'bad-date' },
      { row: 7, column: 'DATA_ESAME', code: 'date-in-future' },
      { row: 8, column: 'DATA_ESAME', code: 'required' },
    ]);
  });

  it('accepts an exam taken today', () => {
    expect(issuesOf('exams', [buildExamRow({ DATA_ESAME: '20/02/2026' })])).toEqual([]);
  });

  it('refuses the same course twice for one student, but not for two students', () => {
    expect(
      issuesOf('exams', [
        buildExamRow(),
        buildExamRow({ MATRICOLA: '700002' }),
        buildExamRow({ VOTO: '30' }),
      ]),
    ).toEqual([{ row: 4, column: 'COD_INSEGNAMENTO', code: 'duplicate-course' }]);
  });
});

describe('study plan rows', () => {
  it('reads plan items', () => {
    const { batch, issues } = check('study-plans', [buildStudyPlanRow({ SEMESTRE: 'II', ANNO_CORSO: '2' })]);
    expect(issues).toEqual([]);
    expect(batch.studyPlans[0]).toMatchObject({ courseCode: 'ING-INF/05-01', yearOfCourse: 2, semester: 2 });
  });

  it('refuses a bad semester, year and credits', () => {
    expect(
      issuesOf('study-plans', [buildStudyPlanRow({ SEMESTRE: '3', ANNO_CORSO: '0', CFU: '-3' })]),
    ).toEqual([
      { row: 2, column: 'CFU', code: 'credits-not-positive' },
      { row: 2, column: 'ANNO_CORSO', code: 'out-of-range' },
      { row: 2, column: 'SEMESTRE', code: 'bad-semester' },
    ]);
  });
});
