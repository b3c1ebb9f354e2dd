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
