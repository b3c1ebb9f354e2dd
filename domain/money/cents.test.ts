import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuroCents, sumCents } from './cents.ts';

describe('cents', () => {
  it('formats EUR in Italian with thousands grouped, and in English', () => {
    expect(formatEuro(300_000, 'it')).toBe('3.000,00\u00a0€');
    expect(formatEuro(5_932_800, 'it')).toBe('59.328,00\u00a0€');
    expect(formatEuro(375_000, 'en')).toBe('€3,750.00');
  });

  it('adds cents exactly', () => {
    expect(sumCents([10, 20, 30])).toBe(60);
  });

  it('reads euros typed the Italian way, and a spreadsheet number, to cents', () => {
    expect(parseEuroCents('12.345,67')).toBe(1_234_567);
    expect(parseEuroCents('12345,67')).toBe(1_234_567);
    expect(parseEuroCents('12345,6')).toBe(1_234_560);
    expect(parseEuroCents('€ 12.345')).toBe(1_234_500);
    expect(parseEuroCents('12345.67')).toBe(1_234_567);
    expect(parseEuroCents('1.234.567')).toBe(123_456_700);
    expect(parseEuroCents('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const text of [
      '',
      'dodicimila',
      '12,345,67',
      '12.34,5',
      '1.2345',
      '12,345',
      '-100',
      '12.345.6',
      '1e5',
    ])
      expect(parseEuroCents(text), text).toBeNull();
  });
});
