import { parseEuroCents } from '../money/cents.ts';
import type { ImportIssueDetail } from './import-issues.ts';
import { ENROLMENT_STATUSES, type EnrolmentStatus, type ProgrammeType } from './types.ts';

/**
 * Parsers for the cells of an office export. Each takes the trimmed text of a non-empty cell and returns the
 * value or the issue to report; emptiness is handled by the caller, which knows whether the column is required.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issue: ImportIssueDetail };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (issue: ImportIssueDetail): Parsed<never> => ({ ok: false, issue });

const pad = (n: number) => String(n).padStart(2, '0');

const isRealDate = (year: number, month: number, day: number) => {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
};

/** dd/mm/yyyy (also with - or .), as Italian offices write them, or ISO yyyy-mm-dd (a time part is ignored). */
export const parseDate = (text: string): Parsed<string> => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : italian
      ? { year: Number(italian[3]), month: Number(italian[2]), day: Number(italian[1]) }
      : null;
  if (!parts || parts.year < 1900 || !isRealDate(parts.year, parts.month, parts.day))
    return bad({ code: 'bad-date', value: text });
  return ok(`${parts.year}-${pad(parts.month)}-${pad(parts.day)}`);
};

const TRUE_WORDS = new Set(['S', 'SI', 'SÌ', 'Y', 'YES', '1', 'TRUE', 'VERO', 'X']);
const FALSE_WORDS = new Set(['N', 'NO', '0', 'FALSE', 'FALSO']);

/** S/N, SI/NO, Y/N, 1/0, true/false in any case. */
export const parseBoolean = (text: string): Parsed<boolean> => {
  const word = text.toUpperCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad({ code: 'bad-boolean', value: text });
};

/** The largest ISEE an import accepts (EUR 1,000,000): far above any benefit threshold, so a larger one is a typo. */
export const MAX_ISEE_CENTS = 100_000_000;

/** An ISEE in euros, typed the Italian way ("12.345,67") or as a spreadsheet number ("12345.67"), to cents. */
export const parseIseeCents = (text: string): Parsed<number> => {
  const cents = parseEuroCents(text);
  if (cents === null || cents > MAX_ISEE_CENTS) return bad({ code: 'bad-amount', value: text });
  return ok(cents);
};

/** A whole number; spreadsheets often write 3 as "3.0" or "3,0", which is accepted. */
export const parseInteger = (text: string, range?: { min: number; max: number }): Parsed<number> => {
  const match = /^([+-]?\d+)(?:[.,]0+)?$/.exec(text);
  if (!match) return bad({ code: 'bad-integer', value: text });
  const value = Number(match[1]);
  if (range && (value < range.min || value > range.max))
    return bad({ code: 'out-of-range', value: text, min: range.min, max: range.max });
  return ok(value);
};

/** Credits (CFU) of an exam or a course: a positive whole number, at most 60 (a whole year). */
export const parseCredits = (text: string): Parsed<number> => {
  const parsed = parseInteger(text);
  if (!parsed.ok || parsed.value <= 0) return bad({ code: 'credits-not-positive', value: text });
  if (parsed.value > 60) return bad({ code: 'out-of-range', value: text, min: 1, max: 60 });
  return parsed;
};

/** "2025", "2025/26", "2025/2026", "2025-26": the academic year by its starting calendar year. */
export const parseAcademicYear = (text: string): Parsed<number> => {
  const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(text);
  if (!match) return bad({ code: 'bad-academic-year', value: text });
  const start = Number(match[1]);
  const end = match[2];
  if (start < 1950 || start > 2100) return bad({ code: 'bad-academic-year', value: text });
  if (end !== undefined) {
    const expected = end.length === 2 ? (start + 1) % 100 : start + 1;
    if (Number(end) !== expected) return bad({ code: 'bad-academic-year', value: text });
  }
  return ok(start);
};

export interface ExamGrade {
  /** null for a pass/fail exam (idoneità). */
  grade: number | null;
  /** Set when the grade cell itself says "30 e lode" / "30L". */
  honours: boolean;
}

const PASS_FAIL = new Set(['IDO', 'IDONEO', 'IDONEA', 'SUPERATO', 'APPROVATO', 'PASS', 'PASSED', 'G']);

/** An exam grade: 18-30, "30L" / "30 e lode", or a pass/fail word (IDO, IDONEO, SUPERATO). */
export const parseExamGrade = (text: string): Parsed<ExamGrade> => {
  const word = text.toUpperCase().replace(/\s+/g, ' ');
  if (PASS_FAIL.has(word)) return ok({ grade: null, honours: false });
  if (/^30 ?(L|E ?LODE|LODE|CUM LAUDE)$/.test(word)) return ok({ grade: 30, honours: true });
  const parsed = parseInteger(text);
  if (!parsed.ok || parsed.value < 18 || parsed.value > 30)
    return bad({ code: 'grade-out-of-range', value: text, min: 18, max: 30 });
  return ok({ grade: parsed.value, honours: false });
};

/** A final degree grade, out of 110 (the minimum pass is 66). */
export const parseDegreeGrade = (text: string): Parsed<number> => {
  const parsed = parseInteger(text);
  if (!parsed.ok || parsed.value < 66 || parsed.value > 110)
    return bad({ code: 'grade-out-of-range', value: text, min: 66, max: 110 });
  return parsed;
};

const PROGRAMME_TYPE_WORDS: Record<string, { type: ProgrammeType; duration?: number }> = {
  L: { type: 'L' },
  L2: { type: 'L' },
  LT: { type: 'L' },
  LM: { type: 'LM' },
  LS: { type: 'LM' },
  LMCU: { type: 'LMCU' },
  LM5: { type: 'LMCU', duration: 5 },
  LM6: { type: 'LMCU', duration: 6 },
  LMCU5: { type: 'LMCU', duration: 5 },
  LMCU6: { type: 'LMCU', duration: 6 },
  PHD: { type: 'PHD' },
  DR: { type: 'PHD' },
  D: { type: 'PHD' },
  DOTTORATO: { type: 'PHD' },
  SPEC: { type: 'SPEC' },
  SS: { type: 'SPEC' },
  SPECIALIZZAZIONE: { type: 'SPEC' },
};

/** L, LM, LMCU (LM5/LM6 as ESSE3 writes them, which also fix the duration), PHD/DR, SPEC/SS. */
export const parseProgrammeType = (text: string): Parsed<{ type: ProgrammeType; duration?: number }> => {
  const found = PROGRAMME_TYPE_WORDS[text.toUpperCase().replace(/[\s-]/g, '')];
  return found ? ok(found) : bad({ code: 'bad-programme-type', value: text });
};

/** The normal durations the Italian system allows for each type of programme. */
export const ALLOWED_DURATIONS: Record<ProgrammeType, readonly number[]> = {
  L: [3],
  LM: [2],
  LMCU: [5, 6],
  PHD: [3, 4],
  SPEC: [1, 2, 3, 4, 5, 6],
};

/** The duration when the file does not say: only where the type admits a single one, or PhD's usual 3. */
export const DEFAULT_DURATIONS: Partial<Record<ProgrammeType, number>> = { L: 3, LM: 2, PHD: 3 };

const STATUS_WORDS: Record<string, EnrolmentStatus> = {
  A: 'active',
  ATTIVO: 'active',
  ATTIVA: 'active',
  ISCRITTO: 'active',
  ISCRITTA: 'active',
  IN_CORSO: 'active',
  L: 'graduated',
  LAUREATO: 'graduated',
  LAUREATA: 'graduated',
  CONSEGUIMENTO_TITOLO: 'graduated',
  R: 'withdrawn',
  RINUNCIA: 'withdrawn',
  RINUNCIATARIO: 'withdrawn',
  RITIRATO: 'withdrawn',
  T: 'transferred',
  TRASFERITO: 'transferred',
  TRASFERITA: 'transferred',
  TRASFERIMENTO: 'transferred',
  S: 'suspended',
  SOSPESO: 'suspended',
  SOSPESA: 'suspended',
  SOSPENSIONE: 'suspended',
};

export const parseEnrolmentStatus = (text: string): Parsed<EnrolmentStatus> => {
  const word = text.toUpperCase().replace(/\s+/g, '_');
  const english = text.toLowerCase() as EnrolmentStatus;
  const status = STATUS_WORDS[word] ?? (ENROLMENT_STATUSES.includes(english) ? english : undefined);
  return status ? ok(status) : bad({ code: 'bad-status', value: text });
};

export const parseSemester = (text: string): Parsed<number> => {
  const word = text.toUpperCase().replace(/SEMESTRE|SEM\.?|[°º\s]/g, '');
  if (word === '1' || word === 'I') return ok(1);
  if (word === '2' || word === 'II') return ok(2);
  return bad({ code: 'bad-semester', value: text });
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const parseEmail = (text: string): Parsed<string> =>
  EMAIL.test(text) && text.length <= 254 ? ok(text.toLowerCase()) : bad({ code: 'bad-email', value: text });
