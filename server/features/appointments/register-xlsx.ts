import type { Appointment } from '../../../api/appointments.ts';
import { hoursByKind } from '../../../domain/appointments/terms.ts';
import type { XlsxColumn } from '../../http/xlsx.ts';
import type { Locale } from '../../i18n/locale.ts';

const STATUS_WORDS: Record<Locale, Record<Appointment['status'], string>> = {
  it: {
    generated: 'Lettera generata',
    signed: 'Firmata e protocollata',
    acknowledged: 'Presa visione del tutor',
    active: 'In corso',
    paused: 'Interrotta',
    ended: 'Conclusa',
  },
  en: {
    generated: 'Letter generated',
    signed: 'Signed and protocolled',
    acknowledged: 'Acknowledged by the tutor',
    active: 'Active',
    paused: 'Paused',
    ended: 'Ended',
  },
};

const euros = (cents: number) => cents / 100;

/**
 * The columns of the office's "Dati tutor" file (seed 003): personal data, call, appointment, hours and amounts per
 * ministry sector, letter and its protocol, status, hours done and returned. Amounts are numbers in euro.
 */
export const registerColumns = (locale: Locale): XlsxColumn<Appointment>[] => {
  const it = locale === 'it';
  const split = (a: Appointment) => hoursByKind(a.terms);
  return [
    { header: it ? 'Cognome e nome' : 'Name', width: 26, value: (a) => a.tutorName },
    { header: it ? 'Matricola' : 'Student number', value: (a) => a.studentNumber },
    { header: it ? 'Codice fiscale' : 'Fiscal code', value: (a) => a.fiscalCode },
    { header: 'Email', width: 28, value: (a) => a.email },
    { header: it ? 'Bando' : 'Call', width: 22, value: (a) => a.callCode },
    { header: it ? 'Anno accademico' : 'Academic year', value: (a) => a.academicYear },
    { header: it ? 'Posizione' : 'Position', width: 26, value: (a) => a.activityType },
    { header: it ? 'Struttura' : 'Unit', width: 26, value: (a) => a.unitName },
    { header: it ? 'Docente referente' : 'Supervisor', width: 24, value: (a) => a.supervisorName },
    { header: it ? 'Inizio' : 'Start', value: (a) => a.terms.startDate },
    { header: it ? 'Fine' : 'End', value: (a) => a.terms.endDate },
    {
      header: it ? 'Ore didattica integrativa' : 'Supplementary teaching hours',
      value: (a) => split(a)['supplementary-teaching'].hours,
    },
    {
      header: it ? 'Costo didattica integrativa (€)' : 'Supplementary teaching cost (€)',
      value: (a) => euros(split(a)['supplementary-teaching'].costCents),
    },
    { header: it ? 'Ore tutorato' : 'Tutoring hours', value: (a) => split(a).tutoring.hours },
    {
      header: it ? 'Costo tutorato (€)' : 'Tutoring cost (€)',
      value: (a) => euros(split(a).tutoring.costCents),
    },
    { header: it ? 'Ore totali' : 'Total hours', value: (a) => a.hours },
    { header: it ? 'Ore di formazione' : 'Training hours', value: (a) => a.terms.trainingHours },
    { header: it ? 'Importo lordo (€)' : 'Gross amount (€)', value: (a) => euros(a.grossCents) },
    { header: it ? 'Protocollo lettera' : 'Letter protocol', value: (a) => a.protocol?.number ?? null },
    { header: it ? 'Data protocollo' : 'Protocol date', value: (a) => a.protocol?.date ?? null },
    { header: it ? 'Stato' : 'Status', width: 22, value: (a) => STATUS_WORDS[locale][a.status] },
    { header: it ? 'Ore svolte' : 'Hours done', value: (a) => a.hoursDone },
    {
      header: it ? 'Ore restituite' : 'Hours returned',
      value: (a) => a.ending?.hoursReturned ?? null,
    },
    { header: it ? 'Modifiche' : 'Amendments', value: (a) => a.amendments.length },
    // Seed 003: "Assegno emesso", filled in once the payout exists (payouts are issue 7).
    { header: it ? 'Assegno emesso' : 'Paid', value: () => null },
  ];
};
