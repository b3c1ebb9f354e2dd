import { nextDate, romeDate, romeToUtc } from '../calendar/rome-time.ts';
import { nthWorkingDayAfter, type WorkingDaySettings } from '../calendar/working-days.ts';

/**
 * When an offer must be answered (seed 001 art. 8 c.2: "entro 5 giorni lavorativi"). The day the offer is made
 * does not count, whatever the hour (art. 155 c.p.c., "dies a quo non computatur"); the candidate may answer until
 * the end (23:59:59, Rome time) of the n-th working day after it, working days by the university's calendar
 * (national holidays, Sundays, Saturdays when the office is closed, the patron day).
 */
export interface AcceptanceDeadline {
  /** The last day to answer, a Rome calendar date (YYYY-MM-DD). */
  lastDay: string;
  /** The first instant that is late: midnight, Rome time, at the end of `lastDay` (exclusive). */
  expiresAt: Date;
  /** When the candidate is reminded: 09:00 Rome time on the last day, one working day's notice. */
  remindAt: Date;
}

/** The hour of the reminder on the last day: the start of the office's day, a full day before the end. */
export const REMINDER_TIME = '09:00:00';

export const acceptanceDeadline = (
  offeredAt: Date,
  workingDays: number,
  calendar: WorkingDaySettings,
): AcceptanceDeadline => {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError(`an acceptance window needs at least one working day, got ${workingDays}`);
  const lastDay = nthWorkingDayAfter(romeDate(offeredAt), workingDays, calendar);
  return {
    lastDay,
    expiresAt: romeToUtc(nextDate(lastDay)),
    remindAt: romeToUtc(lastDay, REMINDER_TIME),
  };
};

/** An answer is on time strictly before `expiresAt`: at 23:59:59.999 of the last day, not at midnight. */
export const isAnswerOnTime = (deadline: { expiresAt: Date }, now: Date): boolean =>
  now.getTime() < deadline.expiresAt.getTime();
