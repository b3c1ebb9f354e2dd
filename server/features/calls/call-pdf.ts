import { Temporal } from 'temporal-polyfill';
import type { CallDetail } from '../../../api/calls.ts';
import { ROME } from '../../../domain/calendar/rome-time.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import { type PdfContent, pageLayout, renderPdf } from '../../documents/pdf.ts';

const romeText = (iso: string): string => {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(ROME);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(z.day)}/${pad(z.month)}/${z.year} ore ${pad(z.hour)}:${pad(z.minute)}`;
};
/** The access title as the call's table words it (seed 004 art. 1). */
const ACCESS_TITLES: Record<string, string> = {
  L: 'Laurea',
  LM: 'Laurea Magistrale',
  LMCU: 'Laurea Magistrale a ciclo unico',
  PHD: 'Dottorato di Ricerca',
  SPEC: 'Scuola di specializzazione',
};
const dateText = (date: string) => date.split('-').reverse().join('/');

/** The call as a PDF generated from its data (issue 3): articles, the table of positions, window, rubric. */
export const renderCallPdf = async (
  call: CallDetail,
  universityName: string,
  generatedAt: Date,
): Promise<Buffer> => {
  const positions: PdfContent = {
    table: {
      headerRows: 1,
      widths: ['*', '*', 'auto', 'auto', 'auto', 'auto'],
      body: [
        ['Tipologia', 'Sede di servizio', 'N. assegni', 'Ore', 'Importo lordo', 'Titolo di accesso'].map(
          (text) => ({
            text,
            style: 'tableHeader',
          }),
        ),
        ...call.positions.map((p) => [
          p.activityType,
          p.unitName,
          String(p.grants),
          String(p.hoursPerGrant),
          formatEuro(p.amountPerGrantCents, 'it'),
          `Iscrizione a: ${p.admittedProgrammeTypes.map((t) => ACCESS_TITLES[t] ?? t).join(', ')}`,
        ]),
      ],
    },
  };
  const rubrics: PdfContent[] = call.rules.rubrics.map((rubric) => ({
    stack: [
      {
        text: `Candidati: ${rubric.candidateKinds.join(', ')} (totale ${rubric.totalPoints} punti)`,
        bold: true,
      },
      { ul: rubric.criteria.map((c) => `${c.label.it}: fino a ${c.maxPoints} punti`) },
    ],
    margin: [0, 4, 0, 4],
  }));
  return renderPdf(
    pageLayout({
      universityName,
      title: call.code,
      generatedAt,
      content: [
        { text: call.title, style: 'h1' },
        ...(call.legalReferences
          ? [{ text: call.legalReferences, fontSize: 9, margin: [0, 0, 0, 8] } as PdfContent]
          : []),
        {
          text: `Anno accademico ${call.academicYear}/${String((call.academicYear + 1) % 100).padStart(2, '0')}`,
        },
        { text: 'Posizioni', style: 'h2' },
        positions,
        { text: 'Presentazione delle domande', style: 'h2' },
        { text: `Dal ${romeText(call.opensAt)} al ${romeText(call.closesAt)} (ora di Roma).` },
        {
          text:
            call.rules.maxPositionsPerCandidate !== null
              ? `Ciascun candidato può presentare domanda per un massimo di ${call.rules.maxPositionsPerCandidate} posizioni.`
              : 'Ciascun candidato può presentare domanda per più posizioni.',
        },
        ...(call.requiredAttachments.length > 0
          ? [
              { text: 'Allegati richiesti', style: 'h2' } as PdfContent,
              {
                ul: call.requiredAttachments.map(
                  (a) => a.label.it + (a.required === 'always' ? '' : ' (se ricorre il caso)'),
                ),
              },
            ]
          : []),
        { text: 'Criteri di valutazione', style: 'h2' },
        ...rubrics,
        { text: `Le attività terminano entro il ${dateText(call.activitiesEndDate)}.`, margin: [0, 8, 0, 0] },
        ...call.articles.flatMap((article): PdfContent[] => [
          { text: article.title, style: 'h2' },
          { text: article.body },
        ]),
        ...(call.amendments.length > 0
          ? [
              { text: 'Rettifiche', style: 'h2' } as PdfContent,
              { ul: call.amendments.map((a) => `Versione ${a.version}: ${a.reason}`) },
            ]
          : []),
      ],
    }),
  );
};
