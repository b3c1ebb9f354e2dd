import { IMPORT_KINDS, type ImportIssue, type ImportKind } from './import-issues.ts';

/**
 * The columns of each import file, named as an ESSE3-like office export writes them. A column may be known by a
 * few names (ESSE3's own field names, or the longer ones an office types by hand); headers are matched ignoring
 * case, accents, surrounding spaces and the choice of space, dash or underscore.
 */
export interface ColumnSpec {
  name: string;
  required: boolean;
  aliases?: readonly string[];
}

const column = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

export const IMPORT_COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = {
  programmes: [
    column('CDS_COD', true, 'COD_CDS', 'CODICE_CORSO'),
    column('CDS_DES', true, 'DES_CDS', 'NOME_CORSO', 'DENOMINAZIONE'),
    column('TIPO_CORSO', true, 'TIPO_CORSO_COD', 'TIPO_CDS'),
    column('DURATA_ANNI', false, 'DURATA', 'DURATA_NORMALE'),
    /** The department (or school) that runs the programme, by unit code. */
    column('DIP_COD', true, 'STRUTTURA_COD', 'DIPARTIMENTO_COD'),
    /** For a programme run by a school (a PhD under the doctoral school): the department it belongs to. */
    column('DIP_RIF_COD', false, 'DIPARTIMENTO_RIFERIMENTO_COD'),
  ],
  students: [
    column('MATRICOLA', true, 'MATR'),
    column('COGNOME', true),
    column('NOME', true),
    column('CODICE_FISCALE', false, 'COD_FIS', 'CF'),
    column('EMAIL', true, 'E_MAIL', 'EMAIL_ATENEO', 'MAIL'),
    column('DATA_NASCITA', false, 'DATA_NASC'),
    column('CDS_COD', true, 'COD_CDS', 'CODICE_CORSO'),
    column('AA_ISCR', true, 'AA_ISCR_ID', 'ANNO_ACCADEMICO', 'AA'),
    column('ANNO_CORSO', true),
    column('ANNI_FUORI_CORSO', false, 'FUORI_CORSO', 'ANNI_FC'),
    column('PART_TIME', false, 'PT', 'TEMPO_PARZIALE'),
    column('SINGOLI_INSEGNAMENTI', false, 'CORSI_SINGOLI'),
    column('STATO', false, 'STATO_CARRIERA', 'STA_STU_COD'),
    column('VOTO_LAUREA_TRIENNALE', false, 'VOTO_TRIENNALE'),
    column('LODE_TRIENNALE', false),
    column('VOTO_LAUREA_MAGISTRALE', false, 'VOTO_MAGISTRALE'),
    column('LODE_MAGISTRALE', false),
    column('DISAGIO_ECONOMICO', false),
    /** ISEE for university benefits, in euros (Tor Vergata's tie-break: the lower first). */
    column('ISEE', false, 'VALORE_ISEE', 'ISEE_EURO', 'IMPORTO_ISEE', 'ISEE_UNIVERSITARIO'),
    /** For PhD students: whether they hold a doctoral scholarship (Ca' Foscari's tie-break). */
    column('BORSA_DOTTORATO', false, 'DOTTORANDO_CON_BORSA', 'BORSA_DI_STUDIO_DOTTORATO'),
    column('DOPPIA_CARRIERA', false, 'STUDENTE_ATLETA'),
    column('DISABILITA', false),
    column('DSA', false),
  ],
  exams: [
    column('MATRICOLA', true, 'MATR'),
    column('COD_INSEGNAMENTO', true, 'AD_COD'),
    column('INSEGNAMENTO', true, 'AD_DES', 'DES_INSEGNAMENTO'),
    column('CFU', true, 'PESO'),
    column('VOTO', true, 'VOTO_ESAME'),
    column('LODE', false, 'LODE_FLG'),
    column('DATA_ESAME', true, 'DATA_SUPERAMENTO', 'DATA'),
  ],
  'study-plans': [
    column('MATRICOLA', true, 'MATR'),
    column('COD_INSEGNAMENTO', true, 'AD_COD'),
    column('INSEGNAMENTO', true, 'AD_DES', 'DES_INSEGNAMENTO'),
    column('CFU', true, 'PESO'),
    column('ANNO_CORSO', true),
    column('SEMESTRE', true, 'PERIODO'),
  ],
};

/** "Data di nascita ", "data-nascita" and "DATA_NASCITA" are the same header. */
export const normaliseHeader = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toUpperCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** Where each known column is in the file, and the header text the office sees there. */
export type ColumnMap = ReadonlyMap<string, { index: number; label: string }>;

const lookupOf = (kind: ImportKind) => {
  const lookup = new Map<string, string>();
  for (const spec of IMPORT_COLUMNS[kind]) {
    lookup.set(spec.name, spec.name);
    for (const alias of spec.aliases ?? []) lookup.set(alias, spec.name);
  }
  return lookup;
};

const mapHeader = (kind: ImportKind, header: readonly string[]) => {
  const lookup = lookupOf(kind);
  const columns = new Map<string, { index: number; label: string }>();
  const issues: ImportIssue[] = [];
  header.forEach((text, index) => {
    const label = text.trim();
    const key = normaliseHeader(text);
    if (key === '') return; // trailing empty columns of a spreadsheet
    const name = lookup.get(key);
    if (!name) issues.push({ row: 1, column: label, code: 'unknown-column' });
    else if (columns.has(name)) issues.push({ row: 1, column: label, code: 'duplicate-column' });
    else columns.set(name, { index, label });
  });
  for (const spec of IMPORT_COLUMNS[kind])
    if (spec.required && !columns.has(spec.name))
      issues.push({ row: 1, column: spec.name, code: 'missing-column' });
  return { columns, issues };
};

/**
 * Reads the header row (row 1). Wrong columns are refused as a whole, before any row: a file whose columns do not
 * fit was most likely exported with the wrong layout, or chosen under the wrong kind, which the report then says.
 */
export const checkImportHeader = (
  kind: ImportKind,
  header: readonly string[],
): { ok: true; columns: ColumnMap } | { ok: false; issues: ImportIssue[] } => {
  const { columns, issues } = mapHeader(kind, header);
  if (issues.length === 0) return { ok: true, columns };
  const other = IMPORT_KINDS.find((candidate) => {
    if (candidate === kind) return false;
    return mapHeader(candidate, header).issues.length === 0;
  });
  if (other) issues.unshift({ row: 1, column: null, code: 'looks-like-kind', kind: other });
  return { ok: false, issues };
};
