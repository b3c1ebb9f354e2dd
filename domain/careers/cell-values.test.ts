import { describe, expect, it } from 'vitest';
import {
  parseAcademicYear,
  parseBoolean,
  parseCredits,
  parseDate,
  parseDegreeGrade,
  parseEmail,
  parseEnrolmentStatus,
  parseExamGrade,
  parseInteger,
  parseProgrammeType,
  parseSemester,
} from './cell-values.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : 'ERR');
const code = (result: { ok: true } | { ok: false; issue: { code: string } }) =>
  result.ok ? 'OK' : result.issue.code;

describe('parseDate', () => {
  it('reads Italian and ISO dates', () => {
    expect(value(parseDate('14/05/2001'))).toBe('2001-05-14');
    expect(value(parseDate('4/5/2001'))).toBe('2001-05-04');
    expect(value(parseDate('14-05-2001'))).toBe('2001-05-14');
    expect(value(parseDate('14.05.2001'))).toBe('2001-05-14');
    expect(value(parseDate('2001-05-14'))).toBe('2001-05-14');
    expect(value(parseDate('2001-05-14T00:00:00.000Z'))).toBe('2001-05-14');
  });

  it('refuses dates that do not exist or are ambiguous', () => {
    expect(code(parseDate('31/02/2025'))).toBe('bad-date');
    expect(code(parseDate('29/02/2025'))).toBe('bad-date');
    expect(value(parseDate('29/02/2024'))).toBe('2024-02-29');
    expect(code(parseDate('13/13/2025'))).toBe('bad-date');
    expect(code(parseDate('14/05/01'))).toBe('bad-date');
    expect(code(parseDate('ieri'))).toBe('bad-date');
    expect(code(parseDate('2025-00-10'))).toBe('bad-date');
  });
});

describe('parseBoolean', () => {
  it.each([
    ['S', true],
    ['si', true],
    ['SÌ', true],
    ['1', true],
    ['true', true],
    ['Y', true],
    ['N', false],
    ['no', false],
    ['0', false],
    ['FALSE', false],
  ])('reads %s as %s', (text, expected) => {
    expect(value(parseBoolean(text))).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(code(parseBoolean('forse'))).toBe('bad-boolean');
  });
});

describe('numbers', () => {
  it('reads whole numbers as spreadsheets write them', () => {
    expect(value(parseInteger('3'))).toBe(3);
    expect(value(parseInteger('3.0'))).toBe(3);
    expect(value(parseInteger('3,0'))).toBe(3);
    expect(code(parseInteger('3.5'))).toBe('bad-integer');
    expect(code(parseInteger('7', { min: 1, max: 6 }))).toBe('out-of-range');
  });

  it('wants credits positive and at most a year', () => {
    expect(value(parseCredits('9'))).toBe(9);
    expect(code(parseCredits('0'))).toBe('credits-not-positive');
    expect(code(parseCredits('-6'))).toBe('credits-not-positive');
    expect(code(parseCredits('nove'))).toBe('credits-not-positive');
    expect(code(parseCredits('61'))).toBe('out-of-range');
  });
});

describe('parseAcademicYear', () => {
  it('reads the starting year in every usual spelling', () => {
    for (const text of ['2025', '2025/26', '2025/2026', '2025-26', '2025 / 26'])
      expect(value(parseAcademicYear(text))).toBe(2025);
    expect(value(parseAcademicYear('1999/00'))).toBe(1999);
  });

  it('refuses a second year that does not follow the first', () => {
    expect(code(parseAcademicYear('2025/27'))).toBe('bad-academic-year');
    expect(code(parseAcademicYear('25/26'))).toBe('bad-academic-year');
    expect(code(parseAcademicYear('2025/2027'))).toBe('bad-academic-year');
  });
});

describe('grades', () => {
  it('reads exam grades, honours written in the grade, and pass/fail words', () => {
    expect(value(parseExamGrade('18'))).toEqual({ grade: 18, honours: false });
    expect(value(parseExamGrade('30L'))).toEqual({ grade: 30, honours: true });
    expect(value(parseExamGrade('30 e lode'))).toEqual({ grade: 30, honours: true });
    expect(value(parseExamGrade('IDO'))).toEqual({ grade: null, honours: false });
    expect(value(parseExamGrade('idoneo'))).toEqual({ grade: null, honours: false });
  });

  it('refuses exam grades outside 18-30', () => {
    expect(code(parseExamGrade('17'))).toBe('grade-out-of-range');
    expect(code(parseExamGrade('31'))).toBe('grade-out-of-range');
    expect(code(parseExamGrade('28L'))).toBe('grade-out-of-range');
  });

  it('reads degree grades out of 110', () => {
    expect(value(parseDegreeGrade('110'))).toBe(110);
    expect(value(parseDegreeGrade('66'))).toBe(66);
    expect(code(parseDegreeGrade('65'))).toBe('grade-out-of-range');
    expect(code(parseDegreeGrade('111'))).toBe('grade-out-of-range');
  });
});

describe('codes and words', () => {
  it('reads programme types as ESSE3 writes them', () => {
    expect(value(parseProgrammeType('L2'))).toEqual({ type: 'L' });
    expect(value(parseProgrammeType('lm'))).toEqual({ type: 'LM' });
    expect(value(parseProgrammeType('LM5'))).toEqual({ type: 'LMCU', duration: 5 });
    expect(value(parseProgrammeType('DR'))).toEqual({ type: 'PHD' });
    expect(code(parseProgrammeType('MASTER'))).toBe('bad-programme-type');
  });

  it('reads enrolment statuses in Italian and English', () => {
    expect(value(parseEnrolmentStatus('attivo'))).toBe('active');
    expect(value(parseEnrolmentStatus('A'))).toBe('active');
    expect(value(parseEnrolmentStatus('In corso'))).toBe('active');
    expect(value(parseEnrolmentStatus('Laureato'))).toBe('graduated');
    expect(value(parseEnrolmentStatus('withdrawn'))).toBe('withdrawn');
    expect(code(parseEnrolmentStatus('boh'))).toBe('bad-status');
  });

  it('reads semesters', () => {
    expect(value(parseSemester('1'))).toBe(1);
    expect(value(parseSemester('II'))).toBe(2);
    expect(value(parseSemester('2° semestre'))).toBe(2);
    expect(code(parseSemester('3'))).toBe('bad-semester');
  });

  it('checks and lower-cases emails', () => {
    expect(value(parseEmail('M.Rossi@Studenti.Poliba.it'))).toBe('m.rossi@studenti.poliba.it');
    expect(code(parseEmail('m.rossi@'))).toBe('bad-email');
    expect(code(parseEmail('m rossi@poliba.it'))).toBe('bad-email');
  });
});
