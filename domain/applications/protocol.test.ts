import { describe, expect, it } from 'vitest';
import { formatProtocolNumber, parseProtocolNumber } from './protocol.ts';

describe('protocol numbers', () => {
  it('formats year/six digits', () => {
    expect(formatProtocolNumber(2026, 123)).toBe('2026/000123');
    expect(formatProtocolNumber(2026, 1)).toBe('2026/000001');
    expect(formatProtocolNumber(2027, 999_999)).toBe('2027/999999');
  });

  it('refuses numbers that do not fit', () => {
    expect(() => formatProtocolNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatProtocolNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatProtocolNumber(2026, 1.5)).toThrow(RangeError);
  });

  it('parses what it formats and nothing else', () => {
    expect(parseProtocolNumber('2026/000123')).toEqual({ year: 2026, number: 123 });
    expect(parseProtocolNumber('2026/123')).toBeNull();
    expect(parseProtocolNumber('2026/000000')).toBeNull();
  });
});
