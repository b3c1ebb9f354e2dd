import type { TFunction } from 'i18next';
import { closingSoon } from './draft-form.ts';

const ZONE = 'Europe/Rome';

/** Day-first dates in both languages, as the call itself reads them. */
const dateLocale = (language: string) => (language === 'en' ? 'en-GB' : 'it-IT');

/** An instant as a date and a time in Rome, with seconds when asked (a confirmation is timed to the second). */
export const romeDateTime = (iso: string, language: string, seconds = false) => {
  const instant = new Date(iso);
  const date = new Intl.DateTimeFormat(dateLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: ZONE,
  }).format(instant);
  const time = new Intl.DateTimeFormat('it-IT', {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(instant);
  return { date, time };
};

/** "Chiude il 27/02/2026 alle 12:00 (ora italiana)". */
export const closingText = (closesAt: string, t: TFunction, language: string) =>
  t('applications.closes', romeDateTime(closesAt, language));

/** "Chiude tra 5 ore e 12 minuti", only in the last 48 hours. */
export const countdownText = (closesAt: string, now: Date, t: TFunction): string | null => {
  const left = closingSoon(closesAt, now);
  if (!left) return null;
  const hours = t('applications.hours', { count: left.hours });
  const minutes = t('applications.minutes', { count: left.minutes });
  if (left.hours === 0) return t('applications.closesIn', { left: minutes });
  if (left.minutes === 0) return t('applications.closesIn', { left: hours });
  return t('applications.closesIn', { left: t('applications.hoursAndMinutes', { hours, minutes }) });
};

/** A file size as people read it: 312 KB, 2,4 MB. */
export const fileSize = (bytes: number, language: string) => {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(dateLocale(language), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
};

/** The label of the page's language, from the server's Italian and English pair. */
export const inLanguage = (label: { it: string; en: string }, language: string) =>
  language === 'en' ? label.en : label.it;
