import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { romeDate, romeToUtc } from '../calendar/rome-time.ts';
import { isWorkingDay, type WorkingDaySettings } from '../calendar/working-days.ts';
import { acceptanceDeadline, isAnswerOnTime } from './deadline.ts';

const FERRARA: WorkingDaySettings = { saturdaysAreWorkingDays: false, patronDay: '04-23' };
const BARI: WorkingDaySettings = { saturdaysAreWorkingDays: false, patronDay: '12-06' };
const SATURDAYS_OPEN: WorkingDaySettings = { saturdaysAreWorkingDays: true, patronDay: null };

const lastDay = (date: string, time: string, calendar: WorkingDaySettings, n = 5) =>
  acceptanceDeadline(romeToUtc(date, time), n, calendar).lastDay;

describe('the acceptance deadline (seed 001 art. 8: 5 working days)', () => {
  it('an offer at 18:00 on the Friday before Easter runs to the end of the Monday a week later', () => {
    // Sat 4, Sun 5 and Easter Monday 6 April 2026 do not count; Tue 7 is the first day, Mon 13 the fifth.
    const deadline = acceptanceDeadline(romeToUtc('2026-04-03', '18:00:00'), 5, FERRARA);
    expect(deadline.lastDay).toBe('2026-04-13');
    // Midnight at the end of Monday 13 April, summer time (UTC+2).
    expect(deadline.expiresAt.toISOString()).toBe('2026-04-13T22:00:00.000Z');
    expect(deadline.remindAt.toISOString()).toBe('2026-04-13T07:00:00.000Z');
  });

  it('counts the Rome date of the offer, not the UTC one: 00:30 on Friday in Rome is still Thursday in UTC', () => {
    const offeredAt = new Date('2026-04-02T22:30:00Z');
    expect(romeDate(offeredAt)).toBe('2026-04-03');
    expect(acceptanceDeadline(offeredAt, 5, FERRARA).lastDay).toBe('2026-04-13');
  });

  it('does not count the day of the offer even when the offer comes at 00:00:01 or on a holiday', () => {
    expect(lastDay('2026-04-03', '00:00:01', FERRARA)).toBe('2026-04-13');
    expect(lastDay('2026-04-06', '10:00:00', FERRARA)).toBe('2026-04-13');
  });

  it('skips every national holiday of domain.md section 6', () => {
    // 25 April 2025 (Friday) and 1 May 2025 (Thursday).
    expect(lastDay('2025-04-24', '10:00:00', BARI)).toBe('2025-05-05');
    // 1 May 2026 (Friday).
    expect(lastDay('2026-04-28', '10:00:00', BARI)).toBe('2026-05-06');
    // 2 June 2026 (Tuesday).
    expect(lastDay('2026-05-29', '10:00:00', BARI)).toBe('2026-06-08');
    // 15 August 2025 (Friday).
    expect(lastDay('2025-08-13', '10:00:00', BARI)).toBe('2025-08-21');
    // 1 November 2027 (Monday).
    expect(lastDay('2027-10-29', '10:00:00', BARI)).toBe('2027-11-08');
    // 8 December 2026 (Tuesday).
    expect(lastDay('2026-12-04', '10:00:00', BARI)).toBe('2026-12-14');
    // 25 December 2026 (Friday); 26 is a Saturday anyway.
    expect(lastDay('2026-12-22', '10:00:00', BARI)).toBe('2026-12-30');
    // 25 and 26 December 2025 (Thursday, Friday) and 1 January 2026.
    expect(lastDay('2025-12-23', '10:00:00', BARI)).toBe('2026-01-02');
    // 4 October 2027 (Monday), a holiday again from 2026 (Law 151/2025).
    expect(lastDay('2027-10-01', '10:00:00', BARI)).toBe('2027-10-11');
  });

  it('skips the patron day of the profile only', () => {
    // 6 December 2027 is a Monday: a holiday in Bari, a working day in Ferrara.
    expect(lastDay('2027-12-03', '10:00:00', BARI)).toBe('2027-12-14');
    expect(lastDay('2027-12-03', '10:00:00', FERRARA)).toBe('2027-12-13');
    // 23 April 2026 (Thursday) is Ferrara's patron day (San Giorgio), not Bari's.
    expect(lastDay('2026-04-22', '10:00:00', FERRARA)).toBe('2026-04-30');
    expect(lastDay('2026-04-22', '10:00:00', BARI)).toBe('2026-04-29');
  });

  it('counts Saturdays where the office opens on Saturday', () => {
    expect(lastDay('2026-04-03', '18:00:00', SATURDAYS_OPEN)).toBe('2026-04-10');
  });

  it('ends at midnight Rome time across the change to summer and back to winter time', () => {
    // Offered on Friday 27 March 2026 in winter time; clocks go forward on Sunday 29 March.
    const spring = acceptanceDeadline(romeToUtc('2026-03-27', '18:00:00'), 5, BARI);
    expect(spring.lastDay).toBe('2026-04-03');
    expect(spring.expiresAt.toISOString()).toBe('2026-04-03T22:00:00.000Z');
    // Offered on Friday 23 October 2026 in summer time; clocks go back on Sunday 25 October.
    const autumn = acceptanceDeadline(romeToUtc('2026-10-23', '18:00:00'), 5, BARI);
    expect(autumn.lastDay).toBe('2026-10-30');
    expect(autumn.expiresAt.toISOString()).toBe('2026-10-30T23:00:00.000Z');
    expect(autumn.remindAt.toISOString()).toBe('2026-10-30T08:00:00.000Z');
  });

  it('accepts an answer at 23:59:59.999 of the last day and refuses one at midnight', () => {
    const deadline = acceptanceDeadline(romeToUtc('2026-04-03', '18:00:00'), 5, FERRARA);
    expect(isAnswerOnTime(deadline, romeToUtc('2026-04-13', '23:59:59'))).toBe(true);
    expect(isAnswerOnTime(deadline, new Date(deadline.expiresAt.getTime() - 1))).toBe(true);
    expect(isAnswerOnTime(deadline, deadline.expiresAt)).toBe(false);
  });

  it('refuses a window of no working days', () => {
    expect(() => acceptanceDeadline(new Date(), 0, BARI)).toThrow(RangeError);
  });

  it('always gives exactly n working days strictly after the offer date, the last one a working day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(BARI, FERRARA, SATURDAYS_OPEN),
        (offeredAt, n, calendar) => {
          const deadline = acceptanceDeadline(offeredAt, n, calendar);
          expect(isWorkingDay(deadline.lastDay, calendar)).toBe(true);
          let counted = 0;
          let day = Temporal.PlainDate.from(romeDate(offeredAt)).add({ days: 1 });
          while (day.toString() <= deadline.lastDay) {
            if (isWorkingDay(day.toString(), calendar)) counted += 1;
            day = day.add({ days: 1 });
          }
          expect(counted).toBe(n);
          expect(romeDate(deadline.expiresAt)).toBe(day.toString());
          expect(deadline.remindAt.getTime()).toBeGreaterThan(offeredAt.getTime());
          expect(deadline.remindAt.getTime()).toBeLessThan(deadline.expiresAt.getTime());
        },
      ),
    );
  });
});
