import { Temporal } from 'temporal-polyfill';

/** Affianco reasons about time in Europe/Rome (calls close at 12:00 Rome time) and stores instants in UTC. */
export const ROME = 'Europe/Rome';

const zoned = (instant: Date) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(ROME);

/** Minutes Rome is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export const romeOffsetMinutes = (instant: Date): number => zoned(instant).offsetNanoseconds / 60_000_000_000;

/**
 * The UTC instant of a Rome wall-clock time (date YYYY-MM-DD, time HH:MM[:SS]). 'compatible' reads a time skipped
 * by the spring change as the summer time after the jump, and a time that occurs twice in autumn as its first
 * occurrence, as a person reading a clock would.
 */
export const romeToUtc = (date: string, time = '00:00:00'): Date => {
  const wall = Temporal.PlainDateTime.from(`${date}T${time}`);
  const instant = wall.toZonedDateTime(ROME, { disambiguation: 'compatible' });
  return new Date(instant.epochMilliseconds);
};

/** The Rome calendar date (YYYY-MM-DD) of an instant. */
export const romeDate = (instant: Date): string => zoned(instant).toPlainDate().toString();

/** The next calendar date. */
export const nextDate = (date: string): string => Temporal.PlainDate.from(date).add({ days: 1 }).toString();
