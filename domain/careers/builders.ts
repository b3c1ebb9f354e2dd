import type { ImportKind } from './import-issues.ts';

/**
 * Rows of office exports with every column filled with a valid default; tests override only what matters to
 * them. Values are written as an office's spreadsheet would hold them (Italian dates, S/N flags).
 */
export type ExportRow = Record<string, string>;

export const buildProgrammeRow = (overrides: ExportRow = {}): ExportRow => ({
  CDS_COD: 'LM-INF',
  CDS_DES: 'Ingegneria Informatica',
  TIPO_CORSO: 'LM',
  DURATA_ANNI: '2',
  DIP_COD: 'DEI',
  ...overrides,
});

export const buildStudentRow = (overrides: ExportRow = {}): ExportRow => ({
  MATRICOLA: '700001',
  COGNOME: 'Rossi',
  NOME: 'Mario',
  CODICE_FISCALE: 'RSSMRA01E14A662B',
  EMAIL: 'm.rossi@studenti.poliba.it',
  DATA_NASCITA: '14/05/2001',
  CDS_COD: 'LM-INF',
  AA_ISCR: '2025/26',
  ANNO_CORSO: '1',
  ANNI_FUORI_CORSO: '0',
  PART_TIME: 'N',
  SINGOLI_INSEGNAMENTI: 'N',
  STATO: 'ATTIVO',
  VOTO_LAUREA_TRIENNALE: '105',
  LODE_TRIENNALE: 'N',
  DISAGIO_ECONOMICO: 'N',
  DOPPIA_CARRIERA: 'N',
  DISABILITA: 'N',
  DSA: 'N',
  ...overrides,
});

export const buildExamRow = (overrides: ExportRow = {}): ExportRow => ({
  MATRICOLA: '700001',
  COD_INSEGNAMENTO: 'ING-INF/05-01',
  INSEGNAMENTO: 'Sistemi distribuiti',
  CFU: '9',
  VOTO: '28',
  LODE: 'N',
  DATA_ESAME: '20/01/2026',
  ...overrides,
});

export const buildStudyPlanRow = (overrides: ExportRow = {}): ExportRow => ({
  MATRICOLA: '700001',
  COD_INSEGNAMENTO: 'ING-INF/05-01',
  INSEGNAMENTO: 'Sistemi distribuiti',
  CFU: '9',
  ANNO_CORSO: '1',
  SEMESTRE: '1',
  ...overrides,
});

export const ROW_BUILDERS: Record<ImportKind, (overrides?: ExportRow) => ExportRow> = {
  programmes: buildProgrammeRow,
  students: buildStudentRow,
  exams: buildExamRow,
  'study-plans': buildStudyPlanRow,
};

/** A header and data rows (numbered from 2, as in the spreadsheet) from rows sharing the same columns. */
export const tableOf = (rows: readonly ExportRow[], header?: readonly string[]) => {
  const columns = header ?? Object.keys(rows[0] ?? {});
  return {
    header: [...columns],
    rows: rows.map((row, index) => ({ row: index + 2, cells: columns.map((column) => row[column] ?? '') })),
  };
};

/** The same rows as a CSV text, with the separator an Italian Excel uses. */
export const csvOf = (rows: readonly ExportRow[], separator = ';'): string => {
  const table = tableOf(rows);
  const quote = (text: string) =>
    text.includes(separator) || text.includes('"') || text.includes('\n')
      ? `"${text.replaceAll('"', '""')}"`
      : text;
  return [table.header, ...table.rows.map((row) => row.cells)]
    .map((cells) => cells.map(quote).join(separator))
    .join('\r\n');
};
