import type { Appointment } from '../../../api/appointments.ts';
import { hoursByKind } from '../../../domain/appointments/terms.ts';
import { CHECKLIST_ITEMS, type ChecklistItem } from '../../../domain/appointments/types.ts';
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

/** The payout, once its order is recorded. */
const paid = (a: Appointment) => (a.payout?.status === 'paid' ? a.payout : null);

const CHECKLIST_HEADERS: Record<Locale, Record<ChecklistItem, string>> = {
  it: {
    'inps-registration': 'Iscrizione Gestione Separata INPS',
    'safety-training': 'Formazione sicurezza',
    'code-of-ethics': 'Presa visione Codice etico',
    'regional-communication': 'Comunicazione obbligatoria Regione',
  },
  en: {
    'inps-registration': 'INPS Gestione Separata registration',
    'safety-training': 'Safety training',
    'code-of-ethics': 'Code of ethics read',
    'regional-communication': 'Regional mandatory communication',
  },
};

/**
 * The day the item was done; "non svolto" once the appointment has ended without it; otherwise "da fare entro …" /
 * "scaduto il …" with its due day, or "da fare".
 */
const checklistCell = (a: Appointment, item: ChecklistItem, locale: Locale): string => {
  const entry = a.checklist.find((c) => c.item === item);
  const it = locale === 'it';
  if (!entry) return '';
  if (entry.completedOn) return entry.completedOn;
  if (entry.status === 'not-done') return it ? 'non svolto' : 'not done';
  if (!entry.dueDate) return it ? 'da fare' : 'to do';
  if (entry.status === 'overdue')
    return it ? `scaduto il ${entry.dueDate}` : `overdue since ${entry.dueDate}`;
  return it ? `da fare entro il ${entry.dueDate}` : `due by ${entry.dueDate}`;
};

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
    // The checklist before the start: the day each item was done, or what it waits for (seed 003).
    ...CHECKLIST_ITEMS.map(
      (item): XlsxColumn<Appointment> => ({
        header: CHECKLIST_HEADERS[locale][item],
        width: 18,
        value: (a) => checklistCell(a, item, locale),
      }),
    ),
    {
      header: it ? 'Protocollo comunicazione regionale' : 'Regional communication protocol',
      value: (a) => a.checklist.find((c) => c.item === 'regional-communication')?.protocolNumber ?? null,
    },
    // Seed 003: "Assegno emesso", the date of the payout order once recorded, with its number and what was paid.
    { header: it ? 'Assegno emesso' : 'Paid', value: (a) => paid(a)?.orderDate ?? null },
    {
      header: it ? 'N. dispositivo di liquidazione' : 'Payout order no.',
      value: (a) => paid(a)?.orderNumber ?? null,
    },
    {
      header: it ? 'Lordo liquidato (€)' : 'Gross paid (€)',
      value: (a) => {
        const p = paid(a);
        return p ? euros(p.grossCents) : null;
      },
    },
    {
      header: it ? 'Netto al percipiente (€)' : 'Net to the student (€)',
      value: (a) => {
        const p = paid(a);
        return p?.netCents != null ? euros(p.netCents) : null;
      },
    },
  ];
};
