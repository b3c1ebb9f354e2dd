import { describe, expect, it } from 'vitest';
import { romeOffsetMinutes, romeToUtc } from '../calendar/rome-time.ts';
import { windowState } from './window.ts';

describe('application window (closesAt exclusive, to the second, Rome time)', () => {
  const window = {
    opensAt: romeToUtc('2026-11-02', '09:00:00'),
    closesAt: romeToUtc('2026-12-15', '12:00:00'),
  };

  it('accepts 11:59:59 of the closing day and refuses 12:00:00', () => {
    expect(windowState(window, romeToUtc('2026-12-15', '11:59:59'))).toBe('open');
    expect(windowState(window, new Date(window.closesAt.getTime() - 1))).toBe('open');
    expect(windowState(window, romeToUtc('2026-12-15', '12:00:00'))).toBe('closed');
    expect(romeToUtc('2026-12-15', '12:00:00').toISOString()).toBe('2026-12-15T11:00:00.000Z');
  });

  it('opens at opensAt, not before', () => {
    expect(windowState(window, romeToUtc('2026-11-02', '08:59:59'))).toBe('not-yet-open');
    expect(windowState(window, romeToUtc('2026-11-02', '09:00:00'))).toBe('open');
  });

  it('a window opened in winter time and closing after the March change closes at 12:00 summer time', () => {
    const spring = {
      opensAt: romeToUtc('2027-03-01', '09:00:00'),
      closesAt: romeToUtc('2027-03-29', '12:00:00'),
    };
    expect(romeOffsetMinutes(spring.opensAt)).toBe(60);
    expect(romeOffsetMinutes(spring.closesAt)).toBe(120);
    expect(spring.closesAt.toISOString()).toBe('2027-03-29T10:00:00.000Z');
    expect(windowState(spring, romeToUtc('2027-03-29', '11:59:59'))).toBe('open');
    expect(windowState(spring, romeToUtc('2027-03-29', '12:00:00'))).toBe('closed');
    // 11:30 UTC would be 12:30 in winter time but is 13:30 in Rome after the change: closed.
    expect(windowState(spring, new Date('2027-03-29T10:59:59Z'))).toBe('closed');
    expect(windowState(spring, new Date('2027-03-29T09:59:59Z'))).toBe('open');
  });

  it('a window closing after the October change closes at 12:00 winter time', () => {
    const autumn = {
      opensAt: romeToUtc('2026-10-01', '09:00:00'),
      closesAt: romeToUtc('2026-10-26', '12:00:00'),
    };
    expect(autumn.closesAt.toISOString()).toBe('2026-10-26T11:00:00.000Z');
    expect(windowState(autumn, new Date('2026-10-26T10:59:59Z'))).toBe('open');
    expect(windowState(autumn, new Date('2026-10-26T11:00:00Z'))).toBe('closed');
  });
});
