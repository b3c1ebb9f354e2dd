import type { Appointment } from '../../../api/appointments.ts';
import type { Payout } from '../../../api/payouts.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';
import { fileNameSlug } from '../../http/file-reply.ts';

/** A Rome calendar date as the order prints it: 12/11/2026 (both languages: the order is an Italian act). */
const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export type OrderLanguage = 'it' | 'en';

type EndingKind = NonNullable<Appointment['ending']>['kind'];

/**
 * The order's words. The English order is a courtesy translation for whoever reads English (a foreign tutor asking
 * for their record, a visiting staff member); it carries the same figures and says that the Italian order is the act.
 */
const WORDS = {
  it: {
    title: 'Dispositivo di liquidazione',
    heading: 'Dispositivo di liquidazione — assegno di tutorato',
    courtesy: null,
    number: 'Numero',
    date: 'Data',
    beneficiary: 'Beneficiario',
    name: 'Nome e cognome',
    studentNumber: 'Matricola',
    fiscalCode: 'Codice fiscale',
    appointment: 'Incarico',
    call: 'Bando',
    academicYear: 'Anno accademico',
    position: 'Posizione',
    unit: 'Struttura',
    supervisor: 'Docente referente',
    letter: "Lettera d'incarico",
    protocolText: (number: string, date: string) => `prot. n. ${number} del ${date}`,
    period: 'Periodo',
    fromTo: (from: string, to: string) => `dal ${from} al ${to}`,
    hoursAndAmount: 'Ore e importo dell’incarico',
    hoursAndAmountText: (hours: number, amount: string) => `${hours} ore, ${amount} lordi`,
    ending: 'Conclusione',
    endingText: (date: string, kind: string, hours: number) => `${date}, ${kind}; ore svolte ${hours}`,
    endings: {
      completed: 'attività completata',
      withdrawal: 'rinuncia del tutor',
      graduation: 'decadenza per conseguimento del titolo',
      'leaving-studies': 'decadenza per rinuncia agli studi',
      transfer: 'decadenza per trasferimento',
      'no-start': 'mancato inizio',
      'breach-of-duties': 'decadenza per inadempienza',
    } satisfies Record<EndingKind, string>,
    payout: 'Liquidazione',
    hoursPaid: 'Ore liquidate (svolte, non oltre quelle dell’incarico)',
    gross: 'Importo lordo percipiente',
    studentInps: (rate: string) =>
      `Contributo INPS Gestione Separata a carico del percipiente (1/3 di ${rate})`,
    net: 'Netto da corrispondere al percipiente',
    universityInps: (rate: string) =>
      `Contributo INPS Gestione Separata a carico dell'Ateneo (2/3 di ${rate})`,
    cost: "Costo complessivo per l'Ateneo",
    rate: (year: number) => `Aliquota INPS Gestione Separata ${year}`,
    provisional: (year: number) => `, aliquota provvisoria del ${year}, da conguagliare`,
    taxesText:
      "All'assegno si applicano, in materia fiscale, le disposizioni dell'art. 4 della legge 13 agosto 1984 n. 476 (esenzione IRPEF) e, in materia previdenziale, quelle dell'art. 2, commi 26 e seguenti, della legge 8 agosto 1995 n. 335.",
    attachment: 'Allegato: dichiarazione previdenziale INPS compilata e sottoscritta dal percipiente.',
    director: 'Il Direttore',
  },
  en: {
    title: 'Payout order',
    heading: 'Payout order — tutoring grant',
    courtesy: 'Courtesy translation: the order signed in Italian is the act (dispositivo di liquidazione).',
    number: 'Number',
    date: 'Date',
    beneficiary: 'Beneficiary',
    name: 'Name',
    studentNumber: 'Student number',
    fiscalCode: 'Fiscal code',
    appointment: 'Appointment',
    call: 'Call',
    academicYear: 'Academic year',
    position: 'Position',
    unit: 'Unit',
    supervisor: 'Supervisor',
    letter: 'Appointment letter',
    protocolText: (number: string, date: string) => `protocol no. ${number} of ${date}`,
    period: 'Period',
    fromTo: (from: string, to: string) => `from ${from} to ${to}`,
    hoursAndAmount: 'Hours and amount of the appointment',
    hoursAndAmountText: (hours: number, amount: string) => `${hours} hours, ${amount} gross`,
    ending: 'Ending',
    endingText: (date: string, kind: string, hours: number) => `${date}, ${kind}; hours done ${hours}`,
    endings: {
      completed: 'activity completed',
      withdrawal: 'withdrawal by the tutor',
      graduation: 'forfeiture on graduation',
      'leaving-studies': 'forfeiture on leaving studies',
      transfer: 'forfeiture on transfer to another university',
      'no-start': 'activity not started',
      'breach-of-duties': 'forfeiture for breach of duties',
    } satisfies Record<EndingKind, string>,
    payout: 'Payout',
    hoursPaid: 'Hours paid (done, no more than those of the appointment)',
    gross: 'Gross amount to the tutor',
    studentInps: (rate: string) => `INPS Gestione Separata contribution paid by the tutor (1/3 of ${rate})`,
    net: 'Net amount paid to the tutor',
    universityInps: (rate: string) =>
      `INPS Gestione Separata contribution paid by the university (2/3 of ${rate})`,
    cost: 'Total cost to the university',
    rate: (year: number) => `INPS Gestione Separata rate ${year}`,
    provisional: (year: number) => `, provisional rate of ${year}, to be adjusted`,
    taxesText:
      'For tax purposes the grant falls under art. 4 of Law 476 of 13 August 1984 (exempt from IRPEF) and, for social security, under art. 2, paragraphs 26 ff., of Law 335 of 8 August 1995.',
    attachment: 'Attached: the INPS social security declaration filled in and signed by the tutor.',
    director: 'The Director',
  },
} as const;

/** A percentage in the conventions of the language: 35,03% (it), 35.03% (en). */
const percent = (basisPoints: number, language: OrderLanguage) => {
  const text = (basisPoints / 100).toFixed(2);
  return `${language === 'it' ? text.replace('.', ',') : text}%`;
};

/** The file name the order downloads as: dispositivo-liquidazione-<call code>-<name>.pdf, ASCII only. */
export const payoutOrderFileName = (appointment: Appointment): string =>
  `${fileNameSlug('dispositivo-liquidazione', appointment.callCode, appointment.tutorName)}.pdf`;

/**
 * The payout order (dispositivo di liquidazione, seed 003) of a paid appointment, in Italian (it is an act of the
 * university, sent with the INPS declaration to the accounting office) or in English as a courtesy translation: the
 * tutor, the appointment and its ending, the hours paid and the figures as recorded (gross to the student, the INPS
 * Gestione Separata contribution split a third withheld and two thirds on top, net, cost to the university), and the
 * legal basis the seed's letter names. Amounts and the rate follow the language (1.234,56 € / €1,234.56).
 */
export const renderPayoutOrderPdf = (
  appointment: Appointment,
  payout: Payout,
  site: { universityName: string },
  generatedAt: Date,
  language: OrderLanguage = 'it',
): Promise<Buffer> => {
  const w = WORDS[language];
  const euro = (cents: number | null) => (cents === null ? '—' : formatEuro(cents, language));
  const field = (label: string, value: string): PdfContent => ({
    columns: [
      { width: 190, text: label, bold: true },
      { width: '*', text: value },
    ],
    margin: [0, 2, 0, 2],
  });
  const rate = payout.inpsRateBasisPoints === null ? '—' : percent(payout.inpsRateBasisPoints, language);
  // Paid in a year whose rate the profile lacked: the last known year's, to be adjusted (domain/profiles).
  const provisional =
    payout.inpsRateYear !== null && payout.inpsRateYear < payout.year
      ? w.provisional(payout.inpsRateYear)
      : '';
  const figure = (label: string, value: string, bold = false) => [
    { text: label, bold },
    { text: value, alignment: 'right' as const, bold },
  ];
  const ending = appointment.ending;
  const content: PdfContent[] = [
    { text: w.heading, style: 'h1' },
    ...(w.courtesy ? [{ text: w.courtesy, italics: true, margin: [0, 0, 0, 6] } as PdfContent] : []),
    field(w.number, payout.orderNumber ?? '—'),
    field(w.date, payout.orderDate ? day(payout.orderDate) : '—'),
    { text: w.beneficiary, style: 'h2' },
    field(w.name, appointment.tutorName),
    field(w.studentNumber, appointment.studentNumber ?? '—'),
    field(w.fiscalCode, appointment.fiscalCode ?? '—'),
    { text: w.appointment, style: 'h2' },
    field(w.call, `${appointment.callTitle} (${appointment.callCode})`),
    field(w.academicYear, appointment.academicYear),
    field(w.position, appointment.activityType),
    field(w.unit, appointment.unitName),
    field(w.supervisor, appointment.supervisorName),
    field(
      w.letter,
      appointment.protocol
        ? w.protocolText(appointment.protocol.number, day(appointment.protocol.date))
        : '—',
    ),
    field(w.period, w.fromTo(day(appointment.terms.startDate), day(appointment.terms.endDate))),
    field(w.hoursAndAmount, w.hoursAndAmountText(appointment.hours, euro(appointment.grossCents))),
    field(w.ending, ending ? w.endingText(day(ending.date), w.endings[ending.kind], ending.hoursDone) : '—'),
    { text: w.payout, style: 'h2' },
    {
      table: {
        widths: ['*', 130],
        body: [
          figure(w.hoursPaid, String(payout.hoursPaid)),
          figure(w.gross, euro(payout.grossCents), true),
          figure(w.studentInps(rate), euro(payout.studentInpsCents)),
          figure(w.net, euro(payout.netCents), true),
          figure(w.universityInps(rate), euro(payout.universityInpsCents)),
          figure(w.cost, euro(payout.universityCostCents), true),
        ],
      },
      margin: [0, 4, 0, 4],
    },
    field(w.rate(payout.year), `${rate}${provisional}`),
    { text: w.taxesText, margin: [0, 8, 0, 0] },
    { text: w.attachment, margin: [0, 6, 0, 0] },
    { text: w.director, alignment: 'right', margin: [0, 30, 0, 0] },
  ];
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
