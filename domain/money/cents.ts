/** Money is held in integer euro cents everywhere; these helpers keep it that way. */

export const isCents = (value: number): boolean => Number.isSafeInteger(value);

export const sumCents = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

/**
 * EUR in the conventions of a language: "3.000,00 €" (it-IT), "€3,000.00" (en-GB). Grouping is forced: it-IT
 * leaves four-digit amounts ungrouped by default ("3000,00 €"), unlike Italian administrative texts.
 */
export const formatEuro = (cents: number, locale: 'it' | 'en' = 'it'): string =>
  new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    useGrouping: 'always',
  }).format(cents / 100);

/**
 * Euros written the Italian way, to integer cents: "12.345,67", "12345,67", "€ 12.345", "12345". A comma is the
 * decimal separator and dots group thousands; with no comma, a dot before one or two final digits is a decimal
 * point ("12345.67", as a spreadsheet's number cell reads), and dots before groups of three are thousands.
 * A trailing comma ("7,", half typed) reads as whole euros. Null for anything else: letters, three decimals,
 * misplaced groups, a sign.
 */
export const parseEuroCents = (text: string): number | null => {
  const compact = text.replace(/[\s\u00a0€]/g, '');
  let integer = compact;
  let decimals = '';
  const comma = compact.lastIndexOf(',');
  if (comma >= 0) {
    integer = compact.slice(0, comma);
    decimals = compact.slice(comma + 1);
    if (!/^\d{0,2}$/.test(decimals)) return null;
  } else {
    const decimal = /^(\d+)\.(\d{1,2})$/.exec(compact);
    if (decimal) {
      integer = decimal[1] ?? '';
      decimals = decimal[2] ?? '';
    }
  }
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(integer)) return null;
  const cents = Number(integer.replaceAll('.', '')) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
};
