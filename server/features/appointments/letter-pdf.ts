import type { Appointment } from '../../../api/appointments.ts';
import { hoursByKind } from '../../../domain/appointments/terms.ts';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../domain/appointments/types.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';
import { fileNameSlug } from '../../http/file-reply.ts';

/** A Rome calendar date as the letter prints it: 02/03/2026 (both languages: the letter is an Italian act). */
const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export type LetterLanguage = 'it' | 'en';

/**
 * The letter's words. The English letter is a courtesy translation for a tutor who reads English (their saved
 * language); it carries the same essential elements, and says that the Italian letter is the act.
 */
const WORDS = {
  it: {
    title: "Lettera d'incarico",
    heading: "Lettera di nomina vincitore/vincitrice — conferimento dell'incarico di tutorato",
    courtesy: null,
    protocol: 'Protocollo',
    protocolText: (number: string, date: string) => `n. ${number} del ${date}`,
    unsigned: 'Lettera generata, in attesa di firma del Direttore e di protocollo.',
    tutor: 'Tutor',
    name: 'Nome e cognome',
    studentNumber: 'Matricola',
    fiscalCode: 'Codice fiscale',
    email: 'Email',
    callAndPosition: 'Bando e posizione',
    call: 'Bando',
    academicYear: 'Anno accademico',
    position: 'Posizione',
    unit: 'Struttura (sede di servizio)',
    supervisor: 'Docente referente',
    essentials: 'Elementi essenziali',
    duration: 'Durata',
    fromTo: (from: string, to: string) => `dal ${from} al ${to}`,
    sector: 'Settore di attività',
    hoursColumn: 'Ore',
    cost: 'Costo lordo',
    total: 'Totale',
    kinds: {
      'supplementary-teaching': 'Attività didattico-integrative',
      tutoring: 'Attività di tutorato',
    } satisfies Record<ActivityKind, string>,
    activityHours: 'Ore di attività',
    trainingHours: 'Ore di formazione',
    gross: 'Importo lordo',
    grossNote: 'lordo percipiente',
    duties: 'Compiti',
    dutiesText:
      "Le attività sono avviate e coordinate dal docente referente, responsabile della realizzazione del servizio da parte del tutor. Il tutor assolve l'obbligo formativo in materia di salute e sicurezza sui luoghi di lavoro (D.Lgs. 81/2008), prende visione del Codice etico e del Codice di comportamento e tiene il registro delle attività.",
    taxes: 'Trattamento previdenziale e fiscale',
    taxesText:
      "Il Tutor ha l'onere di effettuare l'iscrizione alla Gestione Separata INPS. All'assegno si applicano, in materia fiscale, le disposizioni dell'art. 4 della legge 13 agosto 1984 n. 476 (esenzione IRPEF) e, in materia previdenziale, quelle dell'art. 2, commi 26 e seguenti, della legge 8 agosto 1995 n. 335.",
    changesText:
      "Una volta firmata, la lettera può essere modificata nei suoi elementi essenziali (durata, importo, ore di attività) solo in casi eccezionali e per ragioni sopravvenute, debitamente motivate. Il tutor che rinuncia o interrompe l'attività ne dà comunicazione scritta; gli sono liquidate le ore già svolte.",
    amendments: 'Modifiche',
    director: 'Il Direttore',
    tutorSignature: 'Il Tutor, per presa visione',
    acknowledged: (date: string) => `Presa visione del tutor registrata il ${date}.`,
  },
  en: {
    title: 'Appointment letter',
    heading: 'Letter of appointment of the winner — tutoring appointment',
    courtesy:
      'Courtesy translation: the letter signed and protocolled in Italian is the act (lettera di nomina / d’incarico).',
    protocol: 'Protocol',
    protocolText: (number: string, date: string) => `no. ${number} of ${date}`,
    unsigned: "Letter generated, awaiting the Director's signature and protocol.",
    tutor: 'Tutor',
    name: 'Name',
    studentNumber: 'Student number',
    fiscalCode: 'Fiscal code',
    email: 'Email',
    callAndPosition: 'Call and position',
    call: 'Call',
    academicYear: 'Academic year',
    position: 'Position',
    unit: 'Unit (place of service)',
    supervisor: 'Supervisor',
    essentials: 'Essential elements',
    duration: 'Duration',
    fromTo: (from: string, to: string) => `from ${from} to ${to}`,
    sector: 'Kind of activity',
    hoursColumn: 'Hours',
    cost: 'Gross cost',
    total: 'Total',
    kinds: {
      'supplementary-teaching': 'Supplementary teaching',
      tutoring: 'Tutoring',
    } satisfies Record<ActivityKind, string>,
    activityHours: 'Hours of activity',
    trainingHours: 'Hours of training',
    gross: 'Gross amount',
    grossNote: 'gross to the tutor',
    duties: 'Duties',
    dutiesText:
      "The activities are started and coordinated by the supervisor, who is responsible for the tutor's service. The tutor completes the mandatory health and safety training (Legislative Decree 81/2008), reads the code of ethics and the code of conduct, and keeps the register of activities.",
    taxes: 'Social security and tax',
    taxesText:
      'The tutor must register with the INPS Gestione Separata. For tax purposes the grant falls under art. 4 of Law 476 of 13 August 1984 (exempt from IRPEF) and, for social security, under art. 2, paragraphs 26 ff., of Law 335 of 8 August 1995.',
    changesText:
      "Once signed, the letter's essential elements (duration, amount, hours of activity) may be changed only in exceptional cases and for new, duly stated reasons. A tutor who withdraws or interrupts the activity says so in writing; the hours already done are paid.",
    amendments: 'Amendments',
    director: 'The Director',
    tutorSignature: 'The Tutor, acknowledged',
    acknowledged: (date: string) => `Acknowledged by the tutor on ${date}.`,
  },
} as const;

/** The file name a letter downloads as: lettera-incarico-<call code>-<family name>.pdf, ASCII only. */
export const letterFileName = (appointment: Appointment): string =>
  `${fileNameSlug('lettera-incarico', appointment.callCode, appointment.tutorName)}.pdf`;

/**
 * The appointment letter (lettera di nomina / d'incarico, seed 003): the mail-merge of the office's "Dati tutor" file
 * done by the system, with every essential element. A letter mixing both ministry sectors keeps the hours and cost of
 * each apart (seed 003); the INPS note and the tax regime are those the seed's letter carries. In English for a
 * tutor who reads English, with the same elements.
 */
export const renderLetterPdf = (
  appointment: Appointment,
  site: { universityName: string },
  generatedAt: Date,
  language: LetterLanguage = 'it',
): Promise<Buffer> => {
  const w = WORDS[language];
  const { terms } = appointment;
  const split = hoursByKind(terms);
  const kinds = ACTIVITY_KINDS.filter((kind) => split[kind].hours > 0 || split[kind].costCents > 0);
  const field = (label: string, value: string): PdfContent => ({
    columns: [
      { width: 170, text: label, bold: true },
      { width: '*', text: value },
    ],
    margin: [0, 2, 0, 2],
  });
  const content: PdfContent[] = [
    { text: w.heading, style: 'h1' },
    ...(w.courtesy ? [{ text: w.courtesy, italics: true, margin: [0, 0, 0, 6] } as PdfContent] : []),
    appointment.protocol
      ? field(w.protocol, w.protocolText(appointment.protocol.number, day(appointment.protocol.date)))
      : { text: w.unsigned, italics: true },
    { text: w.tutor, style: 'h2' },
    field(w.name, appointment.tutorName),
    field(w.studentNumber, appointment.studentNumber ?? '—'),
    field(w.fiscalCode, appointment.fiscalCode ?? '—'),
    field(w.email, appointment.email),
    { text: w.callAndPosition, style: 'h2' },
    field(w.call, `${appointment.callTitle} (${appointment.callCode})`),
    field(w.academicYear, appointment.academicYear),
    field(w.position, appointment.activityType),
    field(w.unit, appointment.unitName),
    field(w.supervisor, appointment.supervisorName),
    { text: w.essentials, style: 'h2' },
    field(w.duration, w.fromTo(day(terms.startDate), day(terms.endDate))),
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 110],
        body: [
          [
            { text: w.sector, style: 'tableHeader' },
            { text: w.hoursColumn, style: 'tableHeader' },
            { text: w.cost, style: 'tableHeader' },
          ],
          ...kinds.map((kind) => [
            w.kinds[kind],
            String(split[kind].hours),
            formatEuro(split[kind].costCents, language),
          ]),
          [
            { text: w.total, bold: true },
            { text: String(appointment.hours), bold: true },
            { text: formatEuro(appointment.grossCents, language), bold: true },
          ],
        ],
      },
      margin: [0, 4, 0, 4],
    },
    field(w.activityHours, `${appointment.hours}`),
    field(w.trainingHours, `${terms.trainingHours}`),
    field(w.gross, `${formatEuro(appointment.grossCents, language)} (${w.grossNote})`),
    { text: w.duties, style: 'h2' },
    { text: appointment.duties },
    { text: w.dutiesText, margin: [0, 6, 0, 0] },
    { text: w.taxes, style: 'h2' },
    { text: w.taxesText },
    { text: w.changesText, margin: [0, 6, 0, 0] },
  ];
  if (appointment.amendments.length > 0) {
    content.push({ text: w.amendments, style: 'h2' });
    for (const amendment of appointment.amendments)
      content.push({ text: `${day(amendment.date)}: ${amendment.reason}`, margin: [0, 2, 0, 2] });
  }
  content.push({
    columns: [
      { text: w.director, alignment: 'center' },
      { text: w.tutorSignature, alignment: 'center' },
    ],
    margin: [0, 30, 0, 0],
  });
  if (appointment.acknowledgedAt)
    content.push({
      text: w.acknowledged(day(romeDate(new Date(appointment.acknowledgedAt)))),
      margin: [0, 8, 0, 0],
      italics: true,
    });
  return renderPdf(
    pageLayout({
      universityName: site.universityName,
      title: w.title,
      generatedAt,
      language,
      content,
    }),
  );
};
