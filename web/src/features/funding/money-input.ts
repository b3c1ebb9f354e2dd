/**
 * Amounts typed in euros, the Italian way ("1.234,56", "1234,5", "€ 1.234"), turned into integer cents; the
 * server never sees a float. A dot is a thousands separator when it splits groups of three digits ("1.234"),
 * otherwise, with no comma in sight, a decimal point ("12.5"), so an amount typed the English way still reads.
 */
export const parseEuroCents = (typed: string): number | null => {
  const text = typed.replace(/[€\s\u00a0]/g, '');
  if (text === '') return null;
  let whole: string;
  let fraction = '';
  if (text.includes(',')) {
    const parts = text.split(',');
    if (parts.length !== 2) return null;
    [whole = '', fraction = ''] = parts;
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(whole)) return null;
    whole = whole.replaceAll('.', '');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    whole = text.replaceAll('.', '');
  } else {
    const parts = text.split('.');
    if (parts.length > 2) return null;
    [whole = '', fraction = ''] = parts;
  }
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
};

/** Cents as the Italian form fields show them again: "1.234,56" (grouped, always two decimals). */
export const centsToEuroInput = (cents: number): string =>
  new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, useGrouping: 'always' }).format(cents / 100);

/**
 * What is left to split: the assignment's amount less every share that reads as an amount (a share still being
 * typed counts as nothing). Negative when the shares go over.
 */
export const remainingCents = (totalCents: number, typedShares: readonly string[]): number =>
  typedShares.reduce((left, typed) => left - (parseEuroCents(typed) ?? 0), totalCents);
