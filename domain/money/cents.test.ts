import { describe, expect, it } from 'vitest';
import { formatEuro, sumCents } from './cents.ts';

describe('cents', () => {
  it('formats EUR in Italian with thousands grouped, and in English', () => {
    expect(formatEuro(300_000, 'it')).toBe('3.000,00\u00a0€');
    expect(formatEuro(5_932_800, 'it')).toBe('59.328,00\u00a0€');
    expect(formatEuro(375_000, 'en')).toBe('€3,750.00');
  });

  it('adds cents exactly', () => {
    expect(sumCents([10, 20, 30])).toBe(60);
  });
});
