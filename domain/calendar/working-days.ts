import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import { ROME, romeDate, romeToUtc } from './rome-time.ts';

/**
 * What makes a day a working day at one university: the national holidays are the same everywhere, Saturdays and
 * the patron saint's day of the city are not (domain.md section 6). Both come from the regulation profile.
 */
export interface WorkingDaySettings {
  /** False for offices closed on Saturday (the usual case). */
  saturdaysAreWorkingDays: boolean;
  /** The patron saint's day of the university's city as MM-DD (Bari 12-06, Milan 12-07), or null. */
  patronDay: string | null;
}

export type NonWorkingReason =
  | { kind: 'sunday' }
  | { kind: 'saturday' }
  | { kind: 'national-holiday'; name: string }
  | { kind: 'patron-day' };

// date-holidays keeps the national calendar, Easter Monday and the new 4 October holiday from 2026 on
// (Law 151/2025). Its regional patron days cover Milan and Rome but not Bari, so the patron day is ours.
// Only `public` days close offices: `observance` days such as Mother's Day do not.
const calendar = new Holidays('IT', { types: ['public'], timezone: ROME });
const byYear = new Map<number, Map<string, string>>();

/** The national public holidays of a year, by date (YYYY-MM-DD) with their Italian names. */
export const nationalHolidays = (year: number): ReadonlyMap<string, string> => {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map();
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') holidays.set(holiday.date.slice(0, 10), holiday.name);
    }
    byYear.set(year, holidays);
  }
  return holidays;
};

/** Why a Rome calendar date (YYYY-MM-DD) is not a working day, or null when it is one. */
export const nonWorkingReason = (date: string, settings: WorkingDaySettings): NonWorkingReason | null => {
  const day = Temporal.PlainDate.from(date);
  if (day.dayOfWeek === 7) return { kind: 'sunday' };
  if (day.dayOfWeek === 6 && !settings.saturdaysAreWorkingDays) return { kind: 'saturday' };
  const national = nationalHolidays(day.year).get(date);
  if (national) return { kind: 'national-holiday', name: national };
  if (settings.patronDay !== null && date.slice(5) === settings.patronDay) return { kind: 'patron-day' };
  return null;
};

export const isWorkingDay = (date: string, settings: WorkingDaySettings): boolean =>
  nonWorkingReason(date, settings) === null;

/**
 * The deadline of a window of `n` working days opened at `start`: the last second (23:59:59, Rome time) of the
 * n-th working day after the Rome date of `start`. The day of the start does not count, even when it is a
 * working day (art. 155 c.p.c., "dies a quo non computatur"): a ranking published on Friday at 10:00 with a
 * 5-day window runs until the following Friday at 23:59:59, holidays permitting.
 */
export const addWorkingDays = (start: Date, n: number, settings: WorkingDaySettings): Date => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a working-day window needs n >= 1, got ${n}`);
  return romeToUtc(nthWorkingDayAfter(romeDate(start), n, settings), '23:59:59');
};

/** The n-th working day after a Rome calendar date (YYYY-MM-DD), not counting the date itself. */
export const nthWorkingDayAfter = (date: string, n: number, settings: WorkingDaySettings): string => {
  let day = Temporal.PlainDate.from(date);
  let counted = 0;
  while (counted < n) {
    day = day.add({ days: 1 });
    if (isWorkingDay(day.toString(), settings)) counted += 1;
  }
  return day.toString();
};
