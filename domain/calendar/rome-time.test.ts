import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextDate, romeDate, romeOffsetMinutes, romeToUtc } from './rome-time.ts';

describe('Rome time', () => {
  it('knows winter and summer offsets', () => {
    expect(romeOffsetMinutes(new Date('2026-02-27T11:00:00Z'))).toBe(60);
    expect(romeOffsetMinutes(new Date('2026-07-01T10:00:00Z'))).toBe(120);
  });

  it('puts the Bari closing time, 12:00 of 27/02/2026, at 11:00 UTC', () => {
    expect(romeToUtc('2026-02-27', '12:00').toISOString()).toBe('2026-02-27T11:00:00.000Z');
  });

  it('puts 12:00 after the spring change at 10:00 UTC', () => {
    // Summer time starts on 29/03/2026.
    expect(romeToUtc('2026-03-28', '12:00').toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(romeToUtc('2026-03-29', '12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('reads a time skipped in spring as after the jump, and a repeated autumn time as the first', () => {
    expect(romeToUtc('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(romeToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives the Rome date of an instant near midnight', () => {
    expect(romeDate(new Date('2026-02-26T23:30:00Z'))).toBe('2026-02-27');
    expect(romeDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(romeDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('round-trips any whole-second Rome time outside the spring gap', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }),
        (d) => {
          const instant = new Date(Math.floor(d.getTime() / 1000) * 1000);
          const date = romeDate(instant);
          const local = new Date(instant.getTime() + romeOffsetMinutes(instant) * 60_000)
            .toISOString()
            .slice(11, 19);
          const back = romeToUtc(date, local);
          // In the repeated autumn hour the first occurrence wins; otherwise the instant comes back exactly.
          expect([0, 3600_000]).toContain(instant.getTime() - back.getTime());
        },
      ),
    );
  });

  it('steps calendar dates across months and leap years', () => {
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });
});
