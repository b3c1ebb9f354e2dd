import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { Temporal } from 'temporal-polyfill';
import { ROME } from '../../domain/calendar/rome-time.ts';

/**
 * PDF rendering for every document Affianco issues (calls, application receipts, rankings, letters).
 * pdfmake's server build is CommonJS; it is loaded once and configured here so no caller can reach files or URLs:
 * documents are built only from data, and the one local read allowed is the Roboto font shipped in the package
 * (it covers Italian accented letters, and embedding it lets pdftotext read the text back).
 */
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');
const roboto = require('pdfmake/fonts/Roboto.js') as {
  Roboto: { normal: string; bold: string; italics: string; bolditalics: string };
};

const fontFiles = new Set(Object.values(roboto.Roboto));
pdfmake.addFonts(roboto);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
pdfmake.setUrlAccessPolicy(() => false);

export type PdfDocument = TDocumentDefinitions;
export type PdfContent = Content;

/** Renders a document definition to the bytes of a PDF. */
export const renderPdf = (definition: PdfDocument): Promise<Buffer> =>
  pdfmake
    .createPdf({ ...definition, defaultStyle: { font: 'Roboto', fontSize: 10, ...definition.defaultStyle } })
    .getBuffer();

/** An instant as a person in Rome reads it: 02/03/2026 12:00. */
export const romeDateTime = (instant: Date): string => {
  const z = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(ROME);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(z.day)}/${pad(z.month)}/${z.year} ${pad(z.hour)}:${pad(z.minute)}`;
};

export type PageLayoutInput = {
  universityName: string;
  title: string;
  /** The instant the document is generated (the caller's clock), printed in Europe/Rome. */
  generatedAt: Date;
  language?: 'it' | 'en';
  content: Content;
};

/**
 * The shared page layout: the university's name and the document title in the header, page numbers and the
 * generation time (Europe/Rome) in the footer.
 */
export const pageLayout = (input: PageLayoutInput): PdfDocument => {
  const en = input.language === 'en';
  const generated = `${en ? 'Generated on' : 'Generato il'} ${romeDateTime(input.generatedAt)} (${en ? 'Rome time' : 'ora di Roma'})`;
  return {
    info: { title: input.title, creator: 'Affianco' },
    pageSize: 'A4',
    pageMargins: [50, 70, 50, 60],
    header: {
      margin: [50, 25, 50, 0],
      columns: [
        { text: input.universityName, bold: true, fontSize: 11 },
        { text: input.title, alignment: 'right', fontSize: 9, color: '#444444' },
      ],
    },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [50, 20, 50, 0],
      fontSize: 8,
      color: '#444444',
      columns: [
        { text: generated },
        {
          text: `${en ? 'Page' : 'Pagina'} ${currentPage} ${en ? 'of' : 'di'} ${pageCount}`,
          alignment: 'right',
        },
      ],
    }),
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
    },
    content: input.content,
  };
};
