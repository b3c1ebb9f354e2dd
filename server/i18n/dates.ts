import type { Locale } from './locale.ts';

/** A Rome calendar date (YYYY-MM-DD) in words, as letters and emails write it: "lunedì 13 aprile 2026". */
export const dayInWords = (date: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
