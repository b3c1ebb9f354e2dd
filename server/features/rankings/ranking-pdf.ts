import { Temporal } from 'temporal-polyfill';
import type { PublicRanking } from '../../../api/rankings.ts';
import { ROME } from '../../../domain/calendar/rome-time.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';

const romeText = (iso: string): string => {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(ROME);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(z.day)}/${pad(z.month)}/${z.year} ore ${pad(z.hour)}:${pad(z.minute)}`;
};
const dateText = (date: string) => date.split('-').reverse().join('/');

const STATUS: Record<PublicRanking['status'], string> = {
  draft: 'Bozza',
  provisional: 'Graduatoria provvisoria',
  definitive: 'Graduatoria definitiva',
  'in-use': 'Graduatoria definitiva',
};
const OUTCOME: Record<PublicRanking['entries'][number]['outcome'], string> = {
  winner: 'Vincitore',
  eligible: 'Idoneo',
  excluded: 'Escluso',
};

/** The published ranking as a PDF, pseudonymised exactly as the public page (no names, no birth dates). */
export const renderRankingPdf = (
  ranking: PublicRanking,
  universityName: string,
  generatedAt: Date,
): Promise<Buffer> => {
  const who = ranking.identifiedBy === 'student-number' ? 'Matricola' : 'N. protocollo domanda';
  const table: PdfContent = {
    table: {
      headerRows: 1,
      widths: ['auto', '*', 'auto', 'auto'],
      body: [
        ['Posizione', who, 'Punteggio', 'Esito'].map((text) => ({ text, style: 'tableHeader' })),
        ...ranking.entries.map((e) => [
          e.place === null ? '-' : `${e.place}${e.tieGroup !== null ? ' (ex aequo)' : ''}`,
          e.candidate,
          e.total ?? '-',
          OUTCOME[e.outcome],
        ]),
      ],
    },
  };
  const dates: PdfContent[] = [];
  if (ranking.publishedAt)
    dates.push({ text: `Pubblicata il ${romeText(ranking.publishedAt)} (ora di Roma).` });
  if (ranking.status === 'provisional' && ranking.appealsCloseAt)
    dates.push({
      text: `Segnalazioni motivate entro il ${romeText(new Date(new Date(ranking.appealsCloseAt).getTime() - 60_000).toISOString())} (ora di Roma).`,
    });
  if (ranking.decreeNumber && ranking.decreeDate)
    dates.push({
      text: `Approvata con decreto n. ${ranking.decreeNumber} del ${dateText(ranking.decreeDate)}.`,
    });
  return renderPdf(
    pageLayout({
      universityName,
      title: `${ranking.callCode} - ${STATUS[ranking.status]}`,
      generatedAt,
      content: [
        { text: ranking.callTitle, style: 'h1' },
        { text: `${STATUS[ranking.status]}: ${ranking.title}`, style: 'h2' },
        ...dates,
        { text: ' ' },
        table,
      ],
    }),
  );
};
