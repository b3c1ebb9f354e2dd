import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { detectSpreadsheetFormat } from '../../domain/careers/file-format.ts';
import type { FileProblem } from '../../domain/careers/import-issues.ts';
import type { ImportTableRow } from '../../domain/careers/import-rows.ts';

/** A sheet as text: the header (row 1) and the data rows, numbered as the office sees them. */
export interface SheetTable {
  header: string[];
  rows: ImportTableRow[];
}

export type SheetReading = { ok: true; table: SheetTable } | { ok: false; problem: FileProblem };

/** Bytes 0x80-0x9F of Windows-1252 (the euro sign, typographic quotes, dashes); the rest is ISO-8859-1. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node's own decoders read "windows-1252" as ISO-8859-1 (no euro sign, no curly quotes), so it is done here. */
const decodeWindows1252 = (bytes: Uint8Array): string => {
  const units = new Uint16Array(bytes.length);
  bytes.forEach((byte, i) => {
    units[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  });
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192)
    parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
};

/**
 * Text exports come from Excel on Windows as often as from ESSE3: UTF-8 (with or without a byte-order mark) is
 * tried first, and bytes that are not valid UTF-8 are read as Windows-1252 (latin1 plus the euro sign).
 */
export const decodeText = (bytes: Uint8Array): string => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
};

/** The separator of the header line: Italian Excel writes ";", most systems ",", some a tab. */
export const detectSeparator = (text: string): string => {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let most = 0;
  for (const [separator, count] of counts)
    if (count > most) {
      best = separator;
      most = count;
    }
  return best;
};

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

const tableOf = (records: string[][]): SheetTable => {
  const [header = [], ...rest] = records;
  const rows: ImportTableRow[] = [];
  // A record is one spreadsheet row even when a quoted cell spans lines, so record n is row n + 1.
  rest.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 2, cells });
  });
  return { header, rows };
};

export const readCsv = (bytes: Uint8Array): SheetTable => {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectSeparator(text), skipEmptyLines: false });
  return tableOf(parsed.data);
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores a date as a day count; ExcelJS gives it back as midnight UTC of that day. */
const isoDateOf = (date: Date) => {
  const rounded = new Date(date.getTime() + 500);
  return `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
};

export const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDateOf(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
};

export const readXlsx = async (bytes: Uint8Array): Promise<SheetReading> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return { ok: false, problem: { code: 'unreadable-spreadsheet' } };
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: { code: 'empty-file' } };
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    records[rowNumber - 1] = Array.from(values, (value) => cellText(value as ExcelJS.CellValue));
  });
  return { ok: true, table: tableOf(Array.from(records, (cells) => cells ?? [])) };
};

/** Reads an uploaded CSV or XLSX, deciding which from the bytes; anything else is refused with a reason. */
export const readSheet = async (bytes: Uint8Array): Promise<SheetReading> => {
  const format = detectSpreadsheetFormat(bytes);
  if (!format.ok) return format;
  const reading: SheetReading =
    format.format === 'xlsx' ? await readXlsx(bytes) : { ok: true, table: readCsv(bytes) };
  if (reading.ok && isBlank(reading.table.header)) return { ok: false, problem: { code: 'empty-file' } };
  return reading;
};
