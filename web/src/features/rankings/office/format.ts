/** Instants in Rome time, as the decree and the public page write them (dd/mm/yyyy hh:mm). */
export const romeDateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Rome',
  }).format(new Date(iso));

/** The last minute of the appeal window: the stored end is the exclusive next Rome midnight. */
export const lastMinute = (iso: string) => new Date(new Date(iso).getTime() - 60_000).toISOString();

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
export const dateText = (date: string) => date.slice(0, 10).split('-').reverse().join('/');
