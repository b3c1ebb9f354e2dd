import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPoints, hundredthsHalfUp, parsePoints } from './points.ts';

const frac = (numerator: number, denominator: number) => ({
  numerator: BigInt(numerator),
  denominator: BigInt(denominator),
});

describe('hundredths half-up', () => {
  it('rounds a half hundredth up and anything below it down', () => {
    expect(hundredthsHalfUp(frac(8465, 1000))).toBe(847);
    expect(hundredthsHalfUp(frac(84649, 10000))).toBe(846);
    expect(hundredthsHalfUp(frac(2, 3))).toBe(67);
    expect(hundredthsHalfUp(frac(1, 3))).toBe(33);
    expect(hundredthsHalfUp(frac(0, 7))).toBe(0);
  });

  it('has no float drift where binary floating point has: 0,285 is 0,29, 1,005 is 1,01', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the float trap this avoids
    expect(hundredthsHalfUp(frac(285, 1000))).toBe(29);
    expect(hundredthsHalfUp(frac(1005, 1000))).toBe(101);
  });

  it('is the nearest hundredth, ties up, for any fraction', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        const h = hundredthsHalfUp(frac(n, d));
        // 100n/d - h in [-1/2, 1/2): at exactly half a hundredth h is the upper one
        const twice = 2 * (100 * n - h * d);
        expect(twice).toBeLessThan(d);
        expect(twice).toBeGreaterThanOrEqual(-d);
      }),
    );
  });

  it('refuses a negative fraction or a zero denominator', () => {
    expect(() => hundredthsHalfUp(frac(1, 0))).toThrow(RangeError);
    expect(() => hundredthsHalfUp(frac(-1, 2))).toThrow(RangeError);
  });
});

describe('points as the committee writes them', () => {
  it('shows two decimals with a comma in Italian and a point in English', () => {
    expect(formatPoints(847)).toBe('8,47');
    expect(formatPoints(1800)).toBe('18,00');
    expect(formatPoints(5)).toBe('0,05');
    expect(formatPoints(847, 'en')).toBe('8.47');
  });

  it('reads what a member types: comma or point, at most two decimals, never negative', () => {
    expect(parsePoints('8,5')).toEqual({ ok: true, hundredths: 850 });
    expect(parsePoints(' 8.47 ')).toEqual({ ok: true, hundredths: 847 });
    expect(parsePoints(3)).toEqual({ ok: true, hundredths: 300 });
    expect(parsePoints(2.25)).toEqual({ ok: true, hundredths: 225 });
    expect(parsePoints('8,470')).toEqual({ ok: true, hundredths: 847 });
    expect(parsePoints('8,475')).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(parsePoints(0.1 + 0.2)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(parsePoints('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parsePoints(-0.5)).toEqual({ ok: false, problem: 'negative' });
    expect(parsePoints('-0')).toEqual({ ok: true, hundredths: 0 });
    expect(parsePoints('otto')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parsePoints('')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parsePoints(Number.NaN)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parsePoints(1e-7)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.nat(99_999_999), fc.constantFrom<'it' | 'en'>('it', 'en'), (h, locale) => {
        expect(parsePoints(formatPoints(h, locale))).toEqual({ ok: true, hundredths: h });
      }),
    );
  });
});
