import type { Appointment } from '../../../api/appointments.ts';
import { hoursByKind } from '../../../domain/appointments/terms.ts';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../domain/appointments/types.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';

/** A Rome calendar date as the letter prints it: 02/03/2026. */
const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The ministry's two sectors (seed 003, rendicontazione), as the letter names them. */
const KIND_WORDS: Record<ActivityKind, string> = {
  'supplementary-teaching': 'Attività didattico-integrative',
  tutoring: 'Attività di tutorato',
};

/** The file name a letter downloads as: lettera-incarico-<call code>-<family name>.pdf, ASCII only. */
export const letterFileName = (appointment: Appointment): string =>
  `lettera-incarico-${appointment.callCode}-${appointment.tutorName}`
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .concat('.pdf');

/**
 * The appointment letter (lettera di nomina / d'incarico, seed 003): the mail-merge of the office's "Dati tutor" file
 * done by the system, with every essential element. A letter mixing both ministry sectors keeps the hours and cost of
 * each apart (seed 003); the INPS note and the tax regime are those the seed's letter carries.
 */
export const renderLetterPdf = (
  appointment: Appointment,
  site: { universityName: string },
  generatedAt: Date,
): Promise<Buffer> => {
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
    { text: "Lettera di nomina vincitore/vincitrice — conferimento dell'incarico di tutorato", style: 'h1' },
    appointment.protocol
      ? field('Protocollo', `n. ${appointment.protocol.number} del ${day(appointment.protocol.date)}`)
      : { text: 'Lettera generata, in attesa di firma del Direttore e di protocollo.', italics: true },
    { text: 'Tutor', style: 'h2' },
    field('Nome e cognome', appointment.tutorName),
    field('Matricola', appointment.studentNumber ?? '—'),
    field('Codice fiscale', appointment.fiscalCode ?? '—'),
    field('Email', appointment.email),
    { text: 'Bando e posizione', style: 'h2' },
    field('Bando', `${appointment.callTitle} (${appointment.callCode})`),
    field('Anno accademico', appointment.academicYear),
    field('Posizione', appointment.activityType),
    field('Struttura (sede di servizio)', appointment.unitName),
    field('Docente referente', appointment.supervisorName),
    { text: 'Elementi essenziali', style: 'h2' },
    field('Durata', `dal ${day(terms.startDate)} al ${day(terms.endDate)}`),
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 110],
        body: [
          [
            { text: 'Settore di attività', style: 'tableHeader' },
            { text: 'Ore', style: 'tableHeader' },
            { text: 'Costo lordo', style: 'tableHeader' },
          ],
          ...kinds.map((kind) => [
            KIND_WORDS[kind],
            String(split[kind].hours),
            formatEuro(split[kind].costCents, 'it'),
          ]),
          [
            { text: 'Totale', bold: true },
            { text: String(appointment.hours), bold: true },
            { text: formatEuro(appointment.grossCents, 'it'), bold: true },
          ],
        ],
      },
      margin: [0, 4, 0, 4],
    },
    field('Ore di attività', `${appointment.hours}`),
    field('Ore di formazione', `${terms.trainingHours}`),
    field('Importo lordo', `${formatEuro(appointment.grossCents, 'it')} (lordo percipiente)`),
    { text: 'Compiti', style: 'h2' },
    { text: appointment.duties },
    {
      text: "Le attività sono avviate e coordinate dal docente referente, responsabile della realizzazione del servizio da parte del tutor. Il tutor assolve l'obbligo formativo in materia di salute e sicurezza sui luoghi di lavoro (D.Lgs. 81/2008), prende visione del Codice etico e del Codice di comportamento e tiene il registro delle attività.",
      margin: [0, 6, 0, 0],
    },
    { text: 'Trattamento previdenziale e fiscale', style: 'h2' },
    {
      text: "Il Tutor ha l'onere di effettuare l'iscrizione alla Gestione Separata INPS. All'assegno si applicano, in materia fiscale, le disposizioni dell'art. 4 della legge 13 agosto 1984 n. 476 (esenzione IRPEF) e, in materia previdenziale, quelle dell'art. 2, commi 26 e seguenti, della legge 8 agosto 1995 n. 335.",
    },
    {
      text: "Una volta firmata, la lettera può essere modificata nei suoi elementi essenziali (durata, importo, ore di attività) solo in casi eccezionali e per ragioni sopravvenute, debitamente motivate. Il tutor che rinuncia o interrompe l'attività ne dà comunicazione scritta; gli sono liquidate le ore già svolte.",
      margin: [0, 6, 0, 0],
    },
  ];
  if (appointment.amendments.length > 0) {
    content.push({ text: 'Modifiche', style: 'h2' });
    for (const amendment of appointment.amendments)
      content.push({ text: `${day(amendment.date)}: ${amendment.reason}`, margin: [0, 2, 0, 2] });
  }
  content.push({
    columns: [
      { text: 'Il Direttore', alignment: 'center' },
      { text: 'Il Tutor, per presa visione', alignment: 'center' },
    ],
    margin: [0, 30, 0, 0],
  });
  if (appointment.acknowledgedAt)
    content.push({
      text: `Presa visione del tutor registrata il ${day(romeDate(new Date(appointment.acknowledgedAt)))}.`,
      margin: [0, 8, 0, 0],
      italics: true,
    });
  return renderPdf(
    pageLayout({
      universityName: site.universityName,
      title: "Lettera d'incarico",
      generatedAt,
      content,
    }),
  );
};
