import type { FileProblem } from './import-issues.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x42, 0x4d],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
const ARCHIVES = [
  [0x1f, 0x8b],
  [0x52, 0x61, 0x72, 0x21],
  [0x37, 0x7a, 0xbc, 0xaf],
];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

const includesText = (bytes: Uint8Array, text: string) => {
  const needle = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/**
 * Decides from the bytes, never from the file name, what was uploaded: an office may rename anything ".csv".
 * An XLSX is a zip holding "xl/" parts; a CSV is text: no NUL bytes and few control characters.
 */
export const detectSpreadsheetFormat = (
  bytes: Uint8Array,
): { ok: true; format: SpreadsheetFormat } | { ok: false; problem: FileProblem } => {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty-file' } };
  const notSpreadsheet = (detected: Extract<FileProblem, { code: 'not-a-spreadsheet' }>['detected']) => ({
    ok: false as const,
    problem: { code: 'not-a-spreadsheet' as const, detected },
  });
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    // The central directory lists part names in clear text near the end; a docx has "word/" parts instead.
    const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
    if (includesText(tail, 'xl/')) return { ok: true, format: 'xlsx' };
    if (includesText(tail, 'word/')) return notSpreadsheet('word');
    return notSpreadsheet('archive');
  }
  if (startsWith(bytes, PDF)) return notSpreadsheet('pdf');
  if (startsWith(bytes, OLE2)) return notSpreadsheet('legacy-excel');
  if (IMAGES.some((signature) => startsWith(bytes, signature))) return notSpreadsheet('image');
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return notSpreadsheet('image');
  if (ARCHIVES.some((signature) => startsWith(bytes, signature))) return notSpreadsheet('archive');

  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return notSpreadsheet('binary');
    // Tab, line feed and carriage return are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  }
  if (control > sample.length / 100) return notSpreadsheet('binary');
  return { ok: true, format: 'csv' };
};
