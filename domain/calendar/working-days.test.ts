import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { romeDate } from './rome-time.ts';
import {
  addWorkingDays,
  isWorkingDay,
  nationalHolidays,
  nonWorkingReason,
  type WorkingDaySettings,
} from './working-days.ts';

const BARI: WorkingDaySettings = { saturdaysAreWorkingDays: false, patronDay: '12-06' };
const NO_PATRON: WorkingDaySettings = { saturdaysAreWorkingDays: false, patronDay: null };

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the library. */
const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The list of domain.md section 6, written out by hand. */
const domainHolidays = (year: number): string[] => {
  const fixed = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];
  if (year >= 2026) fixed.push('10-04');
  const easterMonday = Temporal.PlainDate.from(easterSunday(year)).add({ days: 1 }).toString();
  return [...fixed.map((md) => `${year}-${md}`), easterMonday].sort();
};

describe('national holidays from date-holidays', () => {
  it('are exactly the days of domain.md section 6 (plus Easter Sunday), 2020 to 2040', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      // Easter Sunday is public too; in 2038 it falls on 25 April, so the two share a date.
      const expected = [...new Set([...domainHolidays(year), easterSunday(year)])].sort();
      expect([...nationalHolidays(year).keys()].sort(), String(year)).toEqual(expected);
    }
  });

  it('puts Easter Monday where the computus does', () => {
    const mondays = { 2025: '2025-04-21', 2026: '2026-04-06', 2027: '2027-03-29', 2028: '2028-04-17' };
    for (const [year, monday] of Object.entries(mondays)) {
      expect(nationalHolidays(Number(year)).has(monday), monday).toBe(true);
      expect(nonWorkingReason(monday, BARI)?.kind).toBe('national-holiday');
      // The Tuesday after is an ordinary working day.
      expect(isWorkingDay(Temporal.PlainDate.from(monday).add({ days: 1 }).toString(), BARI)).toBe(true);
    }
  });

  it('makes 4 October a holiday from 2026 on (Law 151/2025), not before', () => {
    expect(nationalHolidays(2025).has('2025-10-04')).toBe(false);
    expect(nationalHolidays(2026).get('2026-10-04')).toMatch(/San Francesco/);
    // 4/10/2025 is a Saturday: open only where Saturdays are working days.
    expect(isWorkingDay('2025-10-04', { ...BARI, saturdaysAreWorkingDays: true })).toBe(true);
    expect(nonWorkingReason('2025-10-04', BARI)).toEqual({ kind: 'saturday' });
    expect(nonWorkingReason('2026-10-04', { ...BARI, saturdaysAreWorkingDays: true })?.kind).toBe('sunday');
    // 4/10/2027 is a Monday.
    expect(nonWorkingReason('2027-10-04', BARI)?.kind).toBe('national-holiday');
    expect(isWorkingDay('2024-10-04', BARI)).toBe(true);
  });

  it('does not close offices on observances such as Mother’s Day', () => {
    expect(isWorkingDay('2026-05-11', BARI)).toBe(true);
    expect([...nationalHolidays(2026).values()]).not.toContain('Festa della mamma');
  });
});

describe('working days', () => {
  it('closes on Sundays always and on Saturdays unless the profile opens them', () => {
    expect(nonWorkingReason('2026-02-22', { ...BARI, saturdaysAreWorkingDays: true })).toEqual({
      kind: 'sunday',
    });
    expect(isWorkingDay('2026-02-21', BARI)).toBe(false);
    expect(isWorkingDay('2026-02-21', { ...BARI, saturdaysAreWorkingDays: true })).toBe(true);
    expect(isWorkingDay('2026-02-23', BARI)).toBe(true);
  });

  it('closes on the patron day of the city only', () => {
    // San Nicola, 6/12/2027 is a Monday; Sant'Ambrogio 7/12/2027 a Tuesday.
    expect(nonWorkingReason('2027-12-06', BARI)).toEqual({ kind: 'patron-day' });
    expect(isWorkingDay('2027-12-06', NO_PATRON)).toBe(true);
    expect(isWorkingDay('2027-12-07', BARI)).toBe(true);
    expect(isWorkingDay('2027-12-07', { saturdaysAreWorkingDays: false, patronDay: '12-07' })).toBe(false);
    // Rome, 29 June 2026 is a Monday.
    expect(isWorkingDay('2026-06-29', { saturdaysAreWorkingDays: false, patronDay: '06-29' })).toBe(false);
  });

  it('does not count the day of the start, even a working one', () => {
    // Friday 20/02/2026 at 11:00 Rome + 5 working days = Friday 27/02/2026, 23:59:59 Rome (22:59:59 UTC).
    const deadline = addWorkingDays(new Date('2026-02-20T10:00:00Z'), 5, BARI);
    expect(deadline.toISOString()).toBe('2026-02-27T22:59:59.000Z');
  });

  it('reads the start in Rome time: 23:30 UTC on Sunday is already Monday in Rome', () => {
    // Monday 23/02/2026 00:30 Rome: counting starts on Tuesday.
    expect(addWorkingDays(new Date('2026-02-22T23:30:00Z'), 1, BARI).toISOString()).toBe(
      '2026-02-24T22:59:59.000Z',
    );
  });

  it('skips Christmas, Saint Stephen and the weekend around them', () => {
    // Wednesday 23/12/2026: 24 (1), 25 Fri holiday, 26 Sat holiday, 27 Sun, 28 (2), 29 (3), 30 (4), 31 (5).
    const deadline = addWorkingDays(new Date('2026-12-23T09:00:00Z'), 5, BARI);
    expect(romeDate(deadline)).toBe('2026-12-31');
    // Opening Saturdays does not open 26 December.
    const open = addWorkingDays(new Date('2026-12-23T09:00:00Z'), 2, {
      ...BARI,
      saturdaysAreWorkingDays: true,
    });
    expect(romeDate(open)).toBe('2026-12-28');
    // 1 and 6 January close too: from 31/12/2026, 1 Fri hol, 4 Mon (1), 5 (2), 6 Wed hol, 7 (3).
    expect(romeDate(addWorkingDays(new Date('2026-12-31T09:00:00Z'), 3, BARI))).toBe('2027-01-07');
  });

  it('skips the patron day inside a window: Bari, December 2027', () => {
    // Friday 3/12/2027: Mon 6 San Nicola closed, Tue 7 (1), Wed 8 Immacolata closed, Thu 9 (2).
    expect(romeDate(addWorkingDays(new Date('2027-12-03T09:00:00Z'), 2, BARI))).toBe('2027-12-09');
    expect(romeDate(addWorkingDays(new Date('2027-12-03T09:00:00Z'), 2, NO_PATRON))).toBe('2027-12-07');
  });

  it('ends at 23:59:59 Rome across the daylight-saving changes', () => {
    // Summer time starts on Sunday 29/03/2026: Monday 30 ends at 21:59:59 UTC.
    expect(addWorkingDays(new Date('2026-03-27T10:00:00Z'), 1, BARI).toISOString()).toBe(
      '2026-03-30T21:59:59.000Z',
    );
    // Winter time returns on Sunday 25/10/2026: Monday 26 ends at 22:59:59 UTC.
    expect(addWorkingDays(new Date('2026-10-23T10:00:00Z'), 1, BARI).toISOString()).toBe(
      '2026-10-26T22:59:59.000Z',
    );
    // A start inside the repeated autumn hour (02:30 Rome, the second time) is still Sunday 25 in Rome.
    expect(addWorkingDays(new Date('2026-10-25T01:30:00Z'), 1, BARI).toISOString()).toBe(
      '2026-10-26T22:59:59.000Z',
    );
  });

  it('refuses an empty or fractional window', () => {
    expect(() => addWorkingDays(new Date('2026-02-20T10:00:00Z'), 0, BARI)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date('2026-02-20T10:00:00Z'), 1.5, BARI)).toThrow(RangeError);
  });

  const settings = fc.record({
    saturdaysAreWorkingDays: fc.boolean(),
    patronDay: fc.constantFrom(null, '12-06', '12-07', '06-29', '04-25', '04-23'),
  });
  const start = fc.date({ min: new Date('2024-01-01'), max: new Date('2035-12-31'), noInvalidDate: true });

  it('always lands on the last second of a working day, after the start', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 30 }), settings, (from, n, s) => {
        const deadline = addWorkingDays(from, n, s);
        expect(isWorkingDay(romeDate(deadline), s)).toBe(true);
        expect(romeDate(deadline) > romeDate(from)).toBe(true);
        // One second later it is the next Rome day.
        expect(romeDate(new Date(deadline.getTime() + 1000))).not.toBe(romeDate(deadline));
      }),
    );
  });

  it('is strictly monotonic in n, with exactly one more working day per step', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 30 }), settings, (from, n, s) => {
        const shorter = addWorkingDays(from, n, s);
        const longer = addWorkingDays(from, n + 1, s);
        expect(longer.getTime()).toBeGreaterThan(shorter.getTime());
        // No working day lies strictly between the two deadlines.
        let day = Temporal.PlainDate.from(romeDate(shorter)).add({ days: 1 });
        while (day.toString() < romeDate(longer)) {
          expect(isWorkingDay(day.toString(), s)).toBe(false);
          day = day.add({ days: 1 });
        }
      }),
    );
  });
});
