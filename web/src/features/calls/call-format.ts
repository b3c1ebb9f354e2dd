import type { TFunction } from 'i18next';
import { formatEuros } from '../../components/format.ts';

const ZONE = 'Europe/Rome';

/** Day-first dates in both languages: an Italian call reads 04/02/2026 whoever opens it. */
const dateLocale = (language: string) => (language === 'en' ? 'en-GB' : 'it-IT');

const romeParts = (iso: string, language: string) => {
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
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(instant);
  return { date, time };
};

/** "Domande dal 04/02/2026 al 27/02/2026 ore 12:00", in Rome time; the opening hour only when not midnight. */
export const windowText = (call: { opensAt: string; closesAt: string }, t: TFunction, language: string) => {
  const opens = romeParts(call.opensAt, language);
  const closes = romeParts(call.closesAt, language);
  return opens.time === '00:00'
    ? t('calls.window', { opens: opens.date, closes: closes.date, time: closes.time })
    : t('calls.windowWithTime', {
        opens: opens.date,
        opensTime: opens.time,
        closes: closes.date,
        time: closes.time,
      });
};

export const euros = formatEuros;

export const academicYearText = (year: number, t: TFunction) =>
  t('calls.academicYear', { year, next: String((year + 1) % 100).padStart(2, '0') });
