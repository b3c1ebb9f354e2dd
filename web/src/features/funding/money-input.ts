/** Amounts typed in euros the Italian way become integer cents with the one parser the server's imports use too. */
import { parseEuroCents } from '../../../../domain/money/cents.ts';

export { parseEuroCents };

/** Cents as the Italian form fields show them again: "1.234,56" (grouped, always two decimals). */
export const centsToEuroInput = (cents: number): string =>
  new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, useGrouping: 'always' }).format(cents / 100);

/**
 * What is left to split: the assignment's amount less every share that reads as an amount (a share still being
 * typed counts as nothing). Negative when the shares go over.
 */
export const remainingCents = (totalCents: number, typedShares: readonly string[]): number =>
  typedShares.reduce((left, typed) => left - (parseEuroCents(typed) ?? 0), totalCents);
