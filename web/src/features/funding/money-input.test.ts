import { describe, expect, it } from 'vitest';
import { centsToEuroInput, parseEuroCents, remainingCents } from './money-input.ts';

describe('parseEuroCents', () => {
  it.each([
    ['1.234,56', 123_456],
    ['1234,56', 123_456],
    ['1234,5', 123_450],
    ['59.328', 5_932_800],
    ['1.000.000', 100_000_000],
    ['€ 3.000,00', 300_000],
    ['3 000,00 €', 300_000],
    ['0,01', 1],
    ['12.5', 1250],
    ['1234', 123_400],
    ['7,', 700],
  ])('reads %s as %i cents', (typed, cents) => {
    expect(parseEuroCents(typed)).toBe(cents);
  });

  it.each(['', '  ', 'abc', '1,2,3', '1,234', '12.34.5', '1.23,00', '-5', '1e3', '99999999999999999,00'])(
    'refuses %j',
    (typed) => {
      expect(parseEuroCents(typed)).toBeNull();
    },
  );
});

describe('centsToEuroInput', () => {
  it('writes cents back the Italian way and reads back the same', () => {
    expect(centsToEuroInput(5_932_800)).toBe('59.328,00');
    expect(centsToEuroInput(1)).toBe('0,01');
    expect(parseEuroCents(centsToEuroInput(123_456_789))).toBe(123_456_789);
  });
});

describe('remainingCents', () => {
  it('subtracts every share that reads as an amount', () => {
    expect(remainingCents(100_000, ['600,00', '300'])).toBe(10_000);
    expect(remainingCents(100_000, ['600,00', '400'])).toBe(0);
  });

  it('counts a share being typed as nothing and goes negative past the amount', () => {
    expect(remainingCents(100_000, ['600,00', '4x'])).toBe(40_000);
    expect(remainingCents(100_000, ['1.200,00'])).toBe(-20_000);
    expect(remainingCents(100_000, [])).toBe(100_000);
  });
});
