import type { Appointment } from '../../../api/appointments.ts';
import type { Payout } from '../../../api/payouts.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';
import { fileNameSlug } from '../../http/file-reply.ts';

/** A Rome calendar date as the order prints it: 12/11/2026. */
const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const ENDINGS: Record<NonNullable<Appointment['ending']>['kind'], string> = {
  completed: 'attività completata',
  withdrawal: 'rinuncia del tutor',
  graduation: 'decadenza per conseguimento del titolo',
  'leaving-studies': 'decadenza per rinuncia agli studi',
  transfer: 'decadenza per trasferimento',
  'no-start': 'mancato inizio',
  'breach-of-duties': 'decadenza per inadempienza',
};

/** The file name the order downloads as: dispositivo-liquidazione-<call code>-<name>.pdf, ASCII only. */
export const payoutOrderFileName = (appointment: Appointment): string =>
  `${fileNameSlug('dispositivo-liquidazione', appointment.callCode, appointment.tutorName)}.pdf`;

/**
 * The payout order (dispositivo di liquidazione, seed 003) of a paid appointment, in Italian (it is an act of the
 * university, sent with the INPS declaration to the accounting office): the tutor, the appointment and its ending,
 * the hours paid and the figures as recorded (gross to the student, the INPS Gestione Separata contribution split a
 * third withheld and two thirds on top, net, cost to the university), and the legal basis the seed's letter names.
 */
export const renderPayoutOrderPdf = (
  appointment: Appointment,
  payout: Payout,
  site: { universityName: string },
  generatedAt: Date,
): Promise<Buffer> => {
  const euro = (cents: number | null) => (cents === null ? '—' : formatEuro(cents, 'it'));
  const field = (label: string, value: string): PdfContent => ({
    columns: [
      { width: 190, text: label, bold: true },
      { width: '*', text: value },
    ],
    margin: [0, 2, 0, 2],
  });
  const rate =
    payout.inpsRateBasisPoints === null
      ? '—'
      : `${(payout.inpsRateBasisPoints / 100).toFixed(2).replace('.', ',')}%`;
  // Paid in a year whose rate the profile lacked: the last known year's, to be adjusted (domain/profiles).
  const provisional =
    payout.inpsRateYear !== null && payout.inpsRateYear < payout.year
      ? `, aliquota provvisoria del ${payout.inpsRateYear}, da conguagliare`
      : '';
  const figure = (label: string, value: string, bold = false) => [
    { text: label, bold },
    { text: value, alignment: 'right' as const, bold },
  ];
  const ending = appointment.ending;
  const content: PdfContent[] = [
    { text: 'Dispositivo di liquidazione — assegno di tutorato', style: 'h1' },
    field('Numero', payout.orderNumber ?? '—'),
    field('Data', payout.orderDate ? day(payout.orderDate) : '—'),
    { text: 'Beneficiario', style: 'h2' },
    field('Nome e cognome', appointment.tutorName),
    field('Matricola', appointment.studentNumber ?? '—'),
    field('Codice fiscale', appointment.fiscalCode ?? '—'),
    { text: 'Incarico', style: 'h2' },
    field('Bando', `${appointment.callTitle} (${appointment.callCode})`),
    field('Anno accademico', appointment.academicYear),
    field('Posizione', appointment.activityType),
    field('Struttura', appointment.unitName),
    field('Docente referente', appointment.supervisorName),
    field(
      "Lettera d'incarico",
      appointment.protocol
        ? `prot. n. ${appointment.protocol.number} del ${day(appointment.protocol.date)}`
        : '—',
    ),
    field('Periodo', `dal ${day(appointment.terms.startDate)} al ${day(appointment.terms.endDate)}`),
    field('Ore e importo dell’incarico', `${appointment.hours} ore, ${euro(appointment.grossCents)} lordi`),
    field(
      'Conclusione',
      ending ? `${day(ending.date)}, ${ENDINGS[ending.kind]}; ore svolte ${ending.hoursDone}` : '—',
    ),
    { text: 'Liquidazione', style: 'h2' },
    {
      table: {
        widths: ['*', 130],
        body: [
          figure('Ore liquidate (svolte, non oltre quelle dell’incarico)', String(payout.hoursPaid)),
          figure('Importo lordo percipiente', euro(payout.grossCents), true),
          figure(
            `Contributo INPS Gestione Separata a carico del percipiente (1/3 di ${rate})`,
            euro(payout.studentInpsCents),
          ),
          figure('Netto da corrispondere al percipiente', euro(payout.netCents), true),
          figure(
            `Contributo INPS Gestione Separata a carico dell'Ateneo (2/3 di ${rate})`,
            euro(payout.universityInpsCents),
          ),
          figure("Costo complessivo per l'Ateneo", euro(payout.universityCostCents), true),
        ],
      },
      margin: [0, 4, 0, 4],
    },
    field(`Aliquota INPS Gestione Separata ${payout.year}`, `${rate}${provisional}`),
    {
      text: "All'assegno si applicano, in materia fiscale, le disposizioni dell'art. 4 della legge 13 agosto 1984 n. 476 (esenzione IRPEF) e, in materia previdenziale, quelle dell'art. 2, commi 26 e seguenti, della legge 8 agosto 1995 n. 335.",
      margin: [0, 8, 0, 0],
    },
    {
      text: 'Allegato: dichiarazione previdenziale INPS compilata e sottoscritta dal percipiente.',
      margin: [0, 6, 0, 0],
    },
    { text: 'Il Direttore', alignment: 'right', margin: [0, 30, 0, 0] },
  ];
  return renderPdf(
    pageLayout({
      universityName: site.universityName,
      title: 'Dispositivo di liquidazione',
      generatedAt,
      language: 'it',
      content,
    }),
  );
};
