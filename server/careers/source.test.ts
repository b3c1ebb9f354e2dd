import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildStudentRow, csvOf } from '../../domain/careers/builders.ts';
import { fileSource } from './source.ts';
import { decodeText, detectSeparator, readCsv, readSheet } from './spreadsheet.ts';

describe('reading CSV exports', () => {
  it('detects the separator of the header line, ignoring quoted ones', () => {
    expect(detectSeparator('A;B;C\n1,5;2;3')).toBe(';');
    expect(detectSeparator('A,B,"C;D"\n')).toBe(',');
    expect(detectSeparator('A\tB\tC')).toBe('\t');
  });

  it('reads UTF-8 with a byte-order mark, and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0x4e, 0x69, 0x63, 0x63, 0x6f, 0x6c, 0xf2, 0x80]))).toBe('Niccolò€');
  });

  it('numbers rows as the spreadsheet does, skipping blank lines but not their numbers', () => {
    const table = readCsv(new TextEncoder().encode('A;B\r\n1;"two\nlines"\r\n;\r\n3;4\r\n'));
    expect(table.header).toEqual(['A', 'B']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', 'two\nlines'] },
      { row: 4, cells: ['3', '4'] },
    ]);
  });
});

describe('reading XLSX exports', () => {
  it('turns dates, numbers, formulas and rich text into the text an office sees', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Foglio1');
    sheet.addRow(['MATRICOLA', 'DATA', 'VOTO', 'NOME']);
    sheet.addRow([
      600001,
      new Date('2025-07-01T00:00:00Z'),
      { formula: '27+1', result: 28 },
      { richText: [{ text: 'Anna ' }, { text: 'Maria' }] },
    ]);
    sheet.addRow([]);
    sheet.addRow([600002, '01/02/2025', 30, 'Luca']);
    const reading = await readSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(reading).toEqual({
      ok: true,
      table: {
        header: ['MATRICOLA', 'DATA', 'VOTO', 'NOME'],
        rows: [
          { row: 2, cells: ['600001', '2025-07-01', '28', 'Anna Maria'] },
          { row: 4, cells: ['600002', '01/02/2025', '30', 'Luca'] },
        ],
      },
    });
  });

  it('refuses a damaged XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Foglio1').addRow(['A']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
    // Keep the central directory's tail so the bytes still look like an XLSX.
    const looksLikeXlsx = new Uint8Array([...damaged, ...new TextEncoder().encode('xl/workbook.xml')]);
    expect(await readSheet(looksLikeXlsx)).toEqual({
      ok: false,
      problem: { code: 'unreadable-spreadsheet' },
    });
  });
});

describe('fileSource', () => {
  it('reports progress as it checks rows, ending at the total', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      buildStudentRow({ MATRICOLA: String(800000 + i), EMAIL: `s${i}@poliba.it`, CODICE_FISCALE: '' }),
    );
    const calls: Array<[number, number]> = [];
    const reading = await fileSource({
      kind: 'students',
      bytes: new TextEncoder().encode(csvOf(rows)),
      today: '2026-02-20',
    }).read(async (processed, total) => {
      calls.push([processed, total]);
    });
    expect(reading.ok).toBe(true);
    expect(calls).toEqual([
      [0, 1200],
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });

  it('refuses a header-only file as having no rows', async () => {
    const reading = await fileSource({
      kind: 'students',
      bytes: new TextEncoder().encode('MATRICOLA;COGNOME;NOME;EMAIL;CDS_COD;AA_ISCR;ANNO_CORSO\r\n'),
      today: '2026-02-20',
    }).read(async () => undefined);
    expect(reading).toMatchObject({ ok: false, issues: [{ code: 'no-rows' }] });
  });
});
