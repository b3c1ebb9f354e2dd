import { formatEuro } from '../../../domain/money/cents.ts';

/** Dates and numbers in the page's language; instants shown in the university's time zone. */
const ZONE = 'Europe/Rome';

export const formatDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: ZONE }).format(
    new Date(iso),
  );

/** A calendar date (YYYY-MM-DD) stays the same day whatever the zone. */
export const formatDate = (isoDate: string, locale: string) => {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
};

export const formatNumber = (value: number, locale: string, fractionDigits = 0) =>
  new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);

/** EUR in the page's language (or a locale such as en-GB), always grouped as Italian administrative texts are. */
export const formatEuros = (cents: number, language: string) =>
  formatEuro(cents, language.startsWith('en') ? 'en' : 'it');
