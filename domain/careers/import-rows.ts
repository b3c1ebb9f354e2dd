import {
  ALLOWED_DURATIONS,
  DEFAULT_DURATIONS,
  type Parsed,
  parseAcademicYear,
  parseBoolean,
  parseCredits,
  parseDate,
  parseDegreeGrade,
  parseEmail,
  parseEnrolmentStatus,
  parseExamGrade,
  parseInteger,
  parseIseeCents,
  parseProgrammeType,
  parseSemester,
} from './cell-values.ts';
import { isValidFiscalCode, normaliseFiscalCode } from './fiscal-code.ts';
import { type ColumnMap, checkImportHeader } from './import-columns.ts';
import type { ImportIssue, ImportKind } from './import-issues.ts';
import { type CareerBatch, emptyBatch, type ProgrammeRecord, type StudentRecord } from './records.ts';
import { RowReader } from './row-reader.ts';

export interface RowCheckOptions {
  /** Today's date (ISO, Europe/Rome): exam dates after it are refused. */
  today: string;
}

/** Checks rows one at a time (so a caller can report progress) and remembers keys to catch duplicates. */
export interface RowChecker {
  check(row: number, cells: readonly string[]): void;
  /** The valid records, and every issue found so far; records are only usable when there is no issue. */
  result(): { batch: CareerBatch; issues: ImportIssue[]; rowCount: number };
}

const CODE_MAX = 40;
const NAME_MAX = 200;

const code = (text: string): Parsed<string> =>
  text.length > CODE_MAX
    ? { ok: false, issue: { code: 'too-long', max: CODE_MAX } }
    : { ok: true, value: text.toUpperCase() };

const studentNumber = (text: string): Parsed<string> =>
  text.length > 20 ? { ok: false, issue: { code: 'too-long', max: 20 } } : { ok: true, value: text };

const fiscalCode = (text: string): Parsed<string> =>
  isValidFiscalCode(text)
    ? { ok: true, value: normaliseFiscalCode(text) }
    : { ok: false, issue: { code: 'bad-fiscal-code', value: text } };

const pastDate =
  (today: string) =>
  (text: string): Parsed<string> => {
    const parsed = parseDate(text);
    if (parsed.ok && parsed.value > today)
      return { ok: false, issue: { code: 'date-in-future', value: text } };
    return parsed;
  };

const shiftYears = (isoDate: string, years: number) =>
  `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;

/** A student is at least 15 and less than 100 years old. */
const birthDate =
  (today: string) =>
  (text: string): Parsed<string> => {
    const parsed = parseDate(text);
    if (!parsed.ok) return parsed;
    if (parsed.value > shiftYears(today, -15) || parsed.value < shiftYears(today, -100))
      return { ok: false, issue: { code: 'implausible-birth-date', value: text } };
    return parsed;
  };

/** Remembers the first row of each key, to name it when the key comes again. */
class FirstSeen {
  private readonly rows = new Map<string, number>();
  /** The earlier row that had this key, or undefined (and the key is remembered). */
  seen(key: string, row: number): number | undefined {
    const earlier = this.rows.get(key);
    if (earlier === undefined) this.rows.set(key, row);
    return earlier;
  }
}

const readProgramme = (r: RowReader, seen: FirstSeen): ProgrammeRecord | undefined => {
  const programmeCode = r.required('CDS_COD', code);
  const name = r.requiredText('CDS_DES', NAME_MAX);
  const type = r.required('TIPO_CORSO', parseProgrammeType);
  const duration = r.optional('DURATA_ANNI', (text) => parseInteger(text, { min: 1, max: 6 }));
  const unitCode = r.required('DIP_COD', code);
  const departmentCode = r.optional('DIP_RIF_COD', code);
  if (programmeCode) {
    const firstRow = seen.seen(programmeCode, r.row);
    if (firstRow !== undefined)
      r.report('CDS_COD', { code: 'duplicate-programme', value: programmeCode, firstRow });
  }
  let normalDurationYears: number | undefined;
  if (type) {
    normalDurationYears = duration ?? type.duration ?? DEFAULT_DURATIONS[type.type];
    const fits =
      normalDurationYears !== undefined &&
      ALLOWED_DURATIONS[type.type].includes(normalDurationYears) &&
      (type.duration === undefined || type.duration === normalDurationYears);
    if (!fits && duration !== undefined && duration !== null)
      r.report('DURATA_ANNI', { code: 'bad-duration', value: String(duration), type: type.type });
    else if (!fits) r.report('DURATA_ANNI', { code: 'required' });
  }
  if (r.issues.length > 0 || !programmeCode || !name || !type || !unitCode || !normalDurationYears)
    return undefined;
  return {
    row: r.row,
    code: programmeCode,
    name,
    type: type.type,
    normalDurationYears,
    unitCode,
    ...(departmentCode !== undefined ? { departmentCode } : {}),
  };
};

interface StudentKeys {
  numbers: FirstSeen;
  emails: FirstSeen;
  fiscalCodes: FirstSeen;
}

const readStudent = (r: RowReader, keys: StudentKeys, today: string): StudentRecord | undefined => {
  const number = r.required('MATRICOLA', studentNumber);
  const familyName = r.requiredText('COGNOME', 100);
  const givenName = r.requiredText('NOME', 100);
  const email = r.required('EMAIL', parseEmail);
  const fiscal = r.optional('CODICE_FISCALE', fiscalCode);
  const born = r.optional('DATA_NASCITA', birthDate(today));
  const programmeCode = r.required('CDS_COD', code);
  const academicYear = r.required('AA_ISCR', parseAcademicYear);
  const yearOfCourse = r.required('ANNO_CORSO', (text) => parseInteger(text, { min: 1, max: 10 }));
  const yearsBeyond = r.optional('ANNI_FUORI_CORSO', (text) => parseInteger(text, { min: 0, max: 20 }));
  const partTime = r.flag('PART_TIME', parseBoolean);
  const singleCourse = r.flag('SINGOLI_INSEGNAMENTI', parseBoolean);
  const status = r.optional('STATO', parseEnrolmentStatus);
  const bachelorGrade = r.optional('VOTO_LAUREA_TRIENNALE', parseDegreeGrade);
  const bachelorHonours = r.flag('LODE_TRIENNALE', parseBoolean);
  const masterGrade = r.optional('VOTO_LAUREA_MAGISTRALE', parseDegreeGrade);
  const masterHonours = r.flag('LODE_MAGISTRALE', parseBoolean);
  const economicHardship = r.flag('DISAGIO_ECONOMICO', parseBoolean);
  const dualCareer = r.flag('DOPPIA_CARRIERA', parseBoolean);
  // Unlike the flags, an empty cell here means "not declared" (null), which claims no precedence.
  const iseeCents = r.optional('ISEE', parseIseeCents);
  const phdScholarship = r.optional('BORSA_DOTTORATO', parseBoolean);
  const disability = r.flag('DISABILITA', parseBoolean);
  const dsa = r.flag('DSA', parseBoolean);

  // Honours (lode) crown the top grade, 110/110, and nothing else.
  if (bachelorHonours && bachelorGrade !== 110 && r.has('VOTO_LAUREA_TRIENNALE'))
    r.report('LODE_TRIENNALE', { code: 'honours-without-top-grade', top: 110 });
  if (masterHonours && masterGrade !== 110 && r.has('VOTO_LAUREA_MAGISTRALE'))
    r.report('LODE_MAGISTRALE', { code: 'honours-without-top-grade', top: 110 });
  if (singleCourse && (yearsBeyond ?? 0) > 0)
    r.report('ANNI_FUORI_CORSO', { code: 'single-course-with-years-beyond' });

  if (number) {
    const firstRow = keys.numbers.seen(number, r.row);
    if (firstRow !== undefined)
      r.report('MATRICOLA', { code: 'duplicate-student-number', value: number, firstRow });
  }
  if (email) {
    const firstRow = keys.emails.seen(email, r.row);
    if (firstRow !== undefined) r.report('EMAIL', { code: 'duplicate-email', value: email, firstRow });
  }
  if (fiscal) {
    const firstRow = keys.fiscalCodes.seen(fiscal, r.row);
    if (firstRow !== undefined)
      r.report('CODICE_FISCALE', { code: 'duplicate-fiscal-code', value: fiscal, firstRow });
  }
  if (r.issues.length > 0) return undefined;
  if (!number || !familyName || !givenName || !email || !programmeCode) return undefined;
  if (academicYear === undefined || yearOfCourse === undefined) return undefined;

  const record: StudentRecord = {
    row: r.row,
    studentNumber: number,
    familyName,
    givenName,
    email,
    programmeCode,
    academicYear,
    yearOfCourse,
  };
  const optionalFields = {
    fiscalCode: fiscal,
    birthDate: born,
    yearsBeyond: yearsBeyond === null ? 0 : yearsBeyond,
    partTime,
    singleCourse,
    status: status === null ? 'active' : status,
    bachelorGrade,
    bachelorHonours,
    masterGrade,
    masterHonours,
    economicHardship,
    iseeCents,
    phdScholarship,
    dualCareer,
    disability,
    dsa,
  } as const;
  for (const [key, value] of Object.entries(optionalFields))
    if (value !== undefined) Object.assign(record, { [key]: value });
  return record;
};

const readCourseRow = (r: RowReader, seen: FirstSeen) => {
  const number = r.required('MATRICOLA', studentNumber);
  const courseCode = r.required('COD_INSEGNAMENTO', code);
  const courseName = r.requiredText('INSEGNAMENTO', NAME_MAX);
  const credits = r.required('CFU', parseCredits);
  if (number && courseCode) {
    const firstRow = seen.seen(`${number}\u0000${courseCode}`, r.row);
    if (firstRow !== undefined)
      r.report('COD_INSEGNAMENTO', { code: 'duplicate-course', value: courseCode, firstRow });
  }
  return { number, courseCode, courseName, credits };
};

/** Starts checking the rows of a file of the given kind; the header must have passed checkImportHeader. */
export const createRowChecker = (
  kind: ImportKind,
  columns: ColumnMap,
  options: RowCheckOptions,
): RowChecker => {
  const batch = emptyBatch();
  const issues: ImportIssue[] = [];
  const seen = new FirstSeen();
  const studentKeys: StudentKeys = { numbers: seen, emails: new FirstSeen(), fiscalCodes: new FirstSeen() };
  let rowCount = 0;

  const checkRow = (r: RowReader) => {
    switch (kind) {
      case 'programmes': {
        const record = readProgramme(r, seen);
        if (record) batch.programmes.push(record);
        return;
      }
      case 'students': {
        const record = readStudent(r, studentKeys, options.today);
        if (record) batch.students.push(record);
        return;
      }
      case 'exams': {
        const { number, courseCode, courseName, credits } = readCourseRow(r, seen);
        // An empty grade is a pass/fail exam (idoneità), not a missing value.
        const grade = r.optional('VOTO', parseExamGrade) ?? null;
        const honoursFlag = r.flag('LODE', parseBoolean) ?? false;
        const passedOn = r.required('DATA_ESAME', pastDate(options.today));
        if (honoursFlag && grade?.grade !== 30)
          r.report('LODE', { code: 'honours-without-top-grade', top: 30 });
        if (r.issues.length > 0) return;
        if (!number || !courseCode || !courseName || !credits || !passedOn) return;
        batch.exams.push({
          row: r.row,
          studentNumber: number,
          courseCode,
          courseName,
          credits,
          grade: grade?.grade ?? null,
          honours: honoursFlag || (grade?.honours ?? false),
          passedOn,
        });
        return;
      }
      case 'study-plans': {
        const { number, courseCode, courseName, credits } = readCourseRow(r, seen);
        const yearOfCourse = r.required('ANNO_CORSO', (text) => parseInteger(text, { min: 1, max: 6 }));
        const semester = r.required('SEMESTRE', parseSemester);
        if (r.issues.length > 0 || !number || !courseCode || !courseName || !credits) return;
        if (yearOfCourse === undefined || semester === undefined) return;
        batch.studyPlans.push({
          row: r.row,
          studentNumber: number,
          courseCode,
          courseName,
          credits,
          yearOfCourse,
          semester,
        });
        return;
      }
    }
  };

  return {
    check(row, cells) {
      rowCount += 1;
      const reader = new RowReader(row, cells, columns);
      checkRow(reader);
      issues.push(...reader.issues);
    },
    result: () => ({ batch, issues, rowCount }),
  };
};

export interface ImportTableRow {
  /** The row number in the spreadsheet (the header is row 1). */
  row: number;
  cells: string[];
}

/** Checks a whole table at once: the header, then every row. */
export const checkImportTable = (
  kind: ImportKind,
  table: { header: readonly string[]; rows: readonly ImportTableRow[] },
  options: RowCheckOptions,
): { batch: CareerBatch; issues: ImportIssue[]; rowCount: number } => {
  const header = checkImportHeader(kind, table.header);
  if (!header.ok) return { batch: emptyBatch(), issues: header.issues, rowCount: table.rows.length };
  if (table.rows.length === 0)
    return { batch: emptyBatch(), issues: [{ row: 2, column: null, code: 'no-rows' }], rowCount: 0 };
  const checker = createRowChecker(kind, header.columns, options);
  for (const { row, cells } of table.rows) checker.check(row, cells);
  return checker.result();
};
