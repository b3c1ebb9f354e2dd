import { Temporal } from 'temporal-polyfill';
import { ROME } from '../../../domain/calendar/rome-time.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, type PdfDocument, pageLayout } from '../../documents/pdf.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ReceiptData } from './receipt-repository.ts';

/** An instant as Rome wall-clock time to the second: "02/03/2026 11:59:59". */
export const romeDateTimeSeconds = (instant: Date): string => {
  const z = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(ROME);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(z.day)}/${pad(z.month)}/${z.year} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
};

/** The file name a receipt downloads as: ricevuta-2026-000123.pdf. */
export const receiptFileName = (protocolNumber: string): string =>
  `ricevuta-${protocolNumber.replaceAll('/', '-')}.pdf`;

const TEXT = {
  it: {
    title: 'Ricevuta di presentazione della domanda',
    call: 'Bando',
    protocol: 'Numero di protocollo',
    confirmedAt: 'Confermata il',
    romeTime: 'ora di Roma',
    withdrawnAt: 'Ritirata il',
    candidate: 'Candidato',
    name: 'Nome e cognome',
    studentNumber: 'Matricola',
    fiscalCode: 'Codice fiscale',
    contactEmail: 'Email di contatto',
    positions: 'Posizioni richieste, in ordine di preferenza',
    preference: 'Pref.',
    activityType: 'Tipologia',
    unit: 'Sede di servizio',
    hours: 'Ore',
    amount: 'Importo lordo',
    titles: 'Titoli dichiarati',
    noTitles: 'Nessun titolo dichiarato.',
    situations: 'Situazioni dichiarate',
    requires: 'richiede',
    attachments: 'Allegati',
    noAttachments: 'Nessun allegato.',
    type: 'tipo',
    size: 'dimensione',
    bytes: 'byte',
    final:
      'La domanda è confermata ed è definitiva: i dati inseriti nella domanda già confermata non potranno essere corretti (art. 4 del bando). Per presentarne una diversa occorre ritirarla entro la scadenza e presentarne una nuova.',
    withdrawn: 'Questa domanda è stata ritirata dal candidato e non partecipa alla selezione.',
  },
  en: {
    title: 'Receipt of application',
    call: 'Call',
    protocol: 'Protocol number',
    confirmedAt: 'Confirmed on',
    romeTime: 'Rome time',
    withdrawnAt: 'Withdrawn on',
    candidate: 'Candidate',
    name: 'Name',
    studentNumber: 'Student number',
    fiscalCode: 'Fiscal code',
    contactEmail: 'Contact email',
    positions: 'Positions applied for, in order of preference',
    preference: 'Pref.',
    activityType: 'Activity',
    unit: 'Unit',
    hours: 'Hours',
    amount: 'Gross amount',
    titles: 'Declared titles',
    noTitles: 'No titles declared.',
    situations: 'Declared situations',
    requires: 'requires',
    attachments: 'Attachments',
    noAttachments: 'No attachments.',
    type: 'type',
    size: 'size',
    bytes: 'bytes',
    final:
      'The application is confirmed and final: the data of a confirmed application cannot be corrected (art. 4 of the call). To submit a different one, withdraw it before the deadline and submit a new one.',
    withdrawn: 'This application was withdrawn by the candidate and takes no part in the selection.',
  },
} as const;

/** The receipt of a confirmed application as a pdfmake document: data in, document out (no I/O). */
export const receiptDocument = (
  data: ReceiptData & { protocolNumber: string; confirmedAt: Date },
  options: { universityName: string; generatedAt: Date; locale: Locale },
): PdfDocument => {
  const { locale } = options;
  const t = TEXT[locale];
  const number = (n: number) => new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB').format(n);
  const field = (label: string, value: string): PdfContent => ({
    text: [{ text: `${label}: `, bold: true }, value],
    margin: [0, 1, 0, 1],
  });
  const { candidate } = data;
  const positions: PdfContent = {
    table: {
      headerRows: 1,
      widths: ['auto', '*', '*', 'auto', 'auto'],
      body: [
        [t.preference, t.activityType, t.unit, t.hours, t.amount].map((text) => ({
          text,
          style: 'tableHeader',
        })),
        ...data.positions.map((p) => [
          String(p.preference),
          p.activityType,
          p.unitName,
          String(p.hoursPerGrant),
          formatEuro(p.amountPerGrantCents, locale),
        ]),
      ],
    },
  };
  const titles: PdfContent[] =
    data.titles.length === 0
      ? [{ text: t.noTitles }]
      : data.titles.map((title) => ({
          stack: [{ text: title.label[locale], bold: true }, { ul: title.items }],
          margin: [0, 2, 0, 2],
        }));
  const situations: PdfContent[] =
    data.situations.length === 0
      ? []
      : [
          { text: t.situations, style: 'h2' },
          {
            ul: data.situations.map((s) =>
              s.attachmentLabel ? `${s.code} (${t.requires}: ${s.attachmentLabel[locale]})` : s.code,
            ),
          },
        ];
  const attachments: PdfContent[] =
    data.attachments.length === 0
      ? [{ text: t.noAttachments }]
      : data.attachments.map((a) => ({
          stack: [
            { text: a.fileName, bold: true },
            ...(a.label ? [{ text: a.label[locale] }] : []),
            { text: `${t.type}: ${a.contentType}; ${t.size}: ${number(a.sizeBytes)} ${t.bytes}` },
            { text: `SHA-256: ${a.sha256}`, fontSize: 8 },
          ],
          margin: [0, 2, 0, 4],
        }));
  return pageLayout({
    universityName: options.universityName,
    title: `${t.protocol} ${data.protocolNumber}`,
    generatedAt: options.generatedAt,
    language: locale,
    content: [
      { text: t.title, style: 'h1' },
      field(t.call, `${data.call.code} – ${data.call.title}`),
      field(t.protocol, data.protocolNumber),
      field(t.confirmedAt, `${romeDateTimeSeconds(data.confirmedAt)} (${t.romeTime})`),
      ...(data.withdrawnAt
        ? [field(t.withdrawnAt, `${romeDateTimeSeconds(data.withdrawnAt)} (${t.romeTime})`)]
        : []),
      { text: t.candidate, style: 'h2' },
      field(t.name, `${candidate.givenName} ${candidate.familyName}`),
      ...(candidate.studentNumber ? [field(t.studentNumber, candidate.studentNumber)] : []),
      ...(candidate.fiscalCode ? [field(t.fiscalCode, candidate.fiscalCode)] : []),
      field(t.contactEmail, data.contactEmail),
      { text: t.positions, style: 'h2' },
      positions,
      { text: t.titles, style: 'h2' },
      ...titles,
      ...situations,
      { text: t.attachments, style: 'h2' },
      ...attachments,
      {
        text: data.withdrawnAt ? t.withdrawn : t.final,
        bold: true,
        margin: [0, 16, 0, 0],
      },
    ],
  });
};
