/**
 * Scores are held in integer hundredths of a point everywhere (8,47 points = 847), like money in cents: sums and
 * caps are exact, and the only rounding is the one a formula states, done once on an exact fraction.
 */
export type Hundredths = number;

/** An exact non-negative fraction, numerator and denominator as integers. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/**
 * A non-negative fraction in hundredths rounded half-up (8,465 -> 8,47), in integer arithmetic: no float drift,
 * so 0,285 never becomes 0,28 because 0.285 is 0.28499999... in binary.
 */
export const hundredthsHalfUp = ({ numerator, denominator }: Fraction): Hundredths => {
  if (denominator <= 0n || numerator < 0n)
    throw new RangeError('hundredthsHalfUp needs a non-negative fraction');
  return Number((200n * numerator + denominator) / (2n * denominator));
};

export const pointsToHundredths = (points: number): Hundredths => Math.round(points * 100);

/** The largest score a criterion or rubric allows, in hundredths. */
export const maxHundredths = (maxPoints: number): Hundredths => pointsToHundredths(maxPoints);

/**
 * A score as a committee writes it in the minutes: two decimals, Italian comma ("8,47", "18,00"); in English
 * with a point ("8.47").
 */
export const formatPoints = (hundredths: Hundredths, locale: 'it' | 'en' = 'it'): string => {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}${locale === 'it' ? ',' : '.'}${cents}`;
};

export type PointsProblem = 'not-a-number' | 'negative' | 'too-many-decimals';

/**
 * A score typed by a committee member, "8,5", "8.50" or a JSON number, in hundredths; or why it is not a
 * non-negative number with at most two decimals.
 */
export const parsePoints = (
  input: number | string,
): { ok: true; hundredths: Hundredths } | { ok: false; problem: PointsProblem } => {
  const text = typeof input === 'number' ? numberText(input) : input.trim();
  if (text === null) return { ok: false, problem: 'not-a-number' };
  const match = /^(-?)(\d{1,6})(?:[.,](\d+))?$/.exec(text);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const [, sign, whole, decimals = ''] = match;
  const hundredths = Number(whole) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  if (sign === '-' && (hundredths > 0 || /[1-9]/.test(decimals))) return { ok: false, problem: 'negative' };
  if (/[1-9]/.test(decimals.slice(2))) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, hundredths };
};

/** A JSON number in plain decimal notation (never "1e-7"), or null when it is not finite or that small/large. */
const numberText = (value: number): string | null => {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return /e/i.test(text) ? null : text;
};
