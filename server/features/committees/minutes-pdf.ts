import type { ApplicationScores } from '../../../api/scoring.ts';
import { type PdfContent, type PdfDocument, pageLayout, romeDateTime } from '../../documents/pdf.ts';

export interface MinutesData {
  universityName: string;
  call: { code: string; title: string };
  appointmentAct: string;
  members: Array<{
    personId: string;
    givenName: string;
    familyName: string;
    role: 'president' | 'secretary' | 'member';
    conflictDeclaredAt: string | null;
  }>;
  sessions: Array<{
    startedAt: string;
    endedAt: string | null;
    place: string;
    present: string[];
    notes: string;
  }>;
  /** Confirmed applications in protocol order, each with the candidate's name and the committee's scores. */
  candidates: Array<{ name: string; scores: ApplicationScores }>;
  generatedAt: Date;
}

const ROLE = { president: 'Presidente', secretary: 'Segretario', member: 'Componente' } as const;

const at = (iso: string) => romeDateTime(new Date(iso));

/**
 * The committee's minutes (verbale, seed 003: "le operazioni di selezione ... riportate in un verbale"): who sat and
 * declared no conflict, the sittings, the criteria and every candidate's scores with how each was obtained, and
 * the exclusions with their reasons. In Italian: it is an act of the university.
 */
export const minutesDocument = (data: MinutesData): PdfDocument => {
  const names = new Map(data.members.map((m) => [m.personId, `${m.givenName} ${m.familyName}`]));
  const members: PdfContent = {
    table: {
      headerRows: 1,
      widths: ['*', 'auto', 'auto'],
      body: [
        ['Componente', 'Ruolo', 'Dichiarazione di assenza di conflitti'].map((text) => ({
          text,
          style: 'tableHeader',
        })),
        ...data.members.map((m) => [
          `${m.givenName} ${m.familyName}`,
          ROLE[m.role],
          m.conflictDeclaredAt ? `resa il ${at(m.conflictDeclaredAt)}` : 'non resa',
        ]),
      ],
    },
  };
  const sessions: PdfContent =
    data.sessions.length === 0
      ? { text: 'Nessuna seduta registrata.', italics: true }
      : {
          ol: data.sessions.map((s) => ({
            stack: [
              `Seduta del ${at(s.startedAt)}${s.endedAt ? `, chiusa alle ${at(s.endedAt).slice(-5)}` : ''}${s.place ? `, ${s.place}` : ''}`,
              `Presenti: ${s.present.map((id) => names.get(id) ?? id).join(', ') || '-'}`,
              ...(s.notes
                ? [{ text: s.notes, margin: [0, 2, 0, 0] as [number, number, number, number] }]
                : []),
            ],
            margin: [0, 0, 0, 6] as [number, number, number, number],
          })),
        };
  const candidates: PdfContent[] = data.candidates.map(({ name, scores }) => ({
    stack: [
      {
        text: `Domanda ${scores.protocolNumber ?? '-'}: ${name}${scores.candidateKind ? ` (${scores.candidateKind})` : ''}`,
        bold: true,
      },
      scores.exclusion?.excluded
        ? { text: `Escluso: ${scores.exclusion.reasonText}`, color: '#8a1c1c' }
        : {
            table: {
              headerRows: 1,
              widths: ['*', 'auto', 'auto', '*'],
              body: [
                ['Criterio', 'Punti', 'Max', 'Come è stato attribuito'].map((text) => ({
                  text,
                  style: 'tableHeader',
                })),
                ...scores.criteria.map((c) => [
                  c.label,
                  c.points ?? 'da attribuire',
                  c.maxPoints,
                  c.explanation ?? c.note ?? '',
                ]),
                [
                  { text: 'Totale', bold: true },
                  { text: scores.total, bold: true },
                  scores.rubricTotal ?? '',
                  '',
                ],
              ],
            },
            fontSize: 9,
          },
    ],
    margin: [0, 6, 0, 6],
  }));
  return pageLayout({
    universityName: data.universityName,
    title: `Verbale della commissione - ${data.call.code}`,
    generatedAt: data.generatedAt,
    content: [
      { text: `Verbale della commissione giudicatrice`, style: 'h1' },
      { text: `${data.call.code} - ${data.call.title}` },
      { text: `Atto di nomina: ${data.appointmentAct || '-'}`, margin: [0, 4, 0, 0] },
      { text: 'Composizione', style: 'h2' },
      members,
      { text: 'Sedute', style: 'h2' },
      sessions,
      { text: 'Valutazione delle domande', style: 'h2' },
      ...(candidates.length > 0 ? candidates : [{ text: 'Nessuna domanda confermata.', italics: true }]),
    ],
  });
};
