import { romeDateTime } from '../application-format.ts';

/**
 * The last minute an appeal is received: the window's end is exclusive (midnight Rome at the start of the day
 * after the last), so the candidate is told the last day and 23:59 instead of a midnight that reads as a day late.
 */
export const appealDeadline = (appealsCloseAt: string, language: string) =>
  romeDateTime(new Date(new Date(appealsCloseAt).getTime() - 60_000).toISOString(), language);

/** A calendar date (YYYY-MM-DD, a decree's) written day first: 19/05/2026. */
export const calendarDate = (date: string) => date.split('-').reverse().join('/');
