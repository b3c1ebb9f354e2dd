import { describe, expect, it } from 'vitest';
import { splitProportionally } from './split.ts';

/** A small deterministic generator, so a failing case can be replayed from its seed. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe('splitProportionally', () => {
  it('gives the leftover cents to the largest remainders', () => {
    // 100 cents over 3 equal weights: 33.33 each, one cent left goes to the first.
    expect(
      splitProportionally(100, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 1 },
      ]).map((s) => s.cents),
    ).toEqual([34, 33, 33]);
    // 1000 over 1:2:4 = 142.86, 285.71, 571.43: the largest remainder (.86) takes the cent.
    expect(
      splitProportionally(1000, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 2 },
        { key: 'c', weight: 4 },
      ]).map((s) => s.cents),
    ).toEqual([143, 286, 571]);
  });

  it('splits the Bari fund of EUR 59,328.00 over four departments to the cent', () => {
    const shares = splitProportionally(5_932_800, [
      { key: 'DMMM', weight: 2417 },
      { key: 'DEI', weight: 3121 },
      { key: 'DICATECH', weight: 1873 },
      { key: 'ARCOD', weight: 1002 },
    ]);
    expect(shares.reduce((t, s) => t + s.cents, 0)).toBe(5_932_800);
  });

  it('splits evenly when nobody is enrolled, and returns nothing for no units', () => {
    expect(
      splitProportionally(10, [
        { key: 'a', weight: 0 },
        { key: 'b', weight: 0 },
      ]).map((s) => s.cents),
    ).toEqual([5, 5]);
    expect(splitProportionally(10, [])).toEqual([]);
  });

  it('refuses fractions of a cent and negative weights', () => {
    expect(() => splitProportionally(10.5, [{ key: 'a', weight: 1 }])).toThrow(RangeError);
    expect(() => splitProportionally(10, [{ key: 'a', weight: -1 }])).toThrow(RangeError);
  });

  it('always adds up to the total, never moves a share more than one cent from its exact quota (property)', () => {
    const next = random(20261123);
    for (let run = 0; run < 500; run += 1) {
      const total = Math.floor(next() * 100_000_000);
      const count = 1 + Math.floor(next() * 12);
      const basis = Array.from({ length: count }, (_, key) => ({ key, weight: Math.floor(next() * 5000) }));
      const shares = splitProportionally(total, basis);
      expect(shares.reduce((t, s) => t + s.cents, 0)).toBe(total);
      const weightSum = basis.reduce((t, b) => t + b.weight, 0);
      for (const share of shares) {
        expect(Number.isInteger(share.cents)).toBe(true);
        const exact = weightSum === 0 ? total / count : (total * share.weight) / weightSum;
        expect(share.cents).toBeGreaterThanOrEqual(Math.floor(exact));
        expect(share.cents).toBeLessThanOrEqual(Math.floor(exact) + 1);
      }
    }
  });
});
