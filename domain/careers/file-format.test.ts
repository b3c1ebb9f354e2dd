import { describe, expect, it } from 'vitest';
import { detectSpreadsheetFormat } from './file-format.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('detectSpreadsheetFormat', () => {
  it('takes text as CSV, with or without a byte-order mark or latin1 letters', () => {
    expect(detectSpreadsheetFormat(text('MATRICOLA;NOME\r\n1;Anna'))).toEqual({ ok: true, format: 'csv' });
    expect(detectSpreadsheetFormat(bytes(0xef, 0xbb, 0xbf, 0x41, 0x3b, 0x42))).toEqual({
      ok: true,
      format: 'csv',
    });
    expect(detectSpreadsheetFormat(bytes(0x4e, 0x49, 0x43, 0xd2, 0x0a))).toEqual({ ok: true, format: 'csv' });
  });

  it('takes a zip with xl/ parts as XLSX, and any other zip as an archive or a Word file', () => {
    const zip = (name: string) =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text(`....${name}document.xml`)]);
    expect(detectSpreadsheetFormat(zip('xl/'))).toEqual({ ok: true, format: 'xlsx' });
    expect(detectSpreadsheetFormat(zip('word/'))).toMatchObject({ problem: { detected: 'word' } });
    expect(detectSpreadsheetFormat(zip('img/'))).toMatchObject({ problem: { detected: 'archive' } });
  });

  it.each([
    ['pdf', text('%PDF-1.7\n%âãÏÓ')],
    ['image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['image', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['legacy-excel', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['archive', bytes(0x1f, 0x8b, 0x08)],
    ['binary', bytes(0x41, 0x00, 0x42)],
    ['binary', bytes(0x41, 0x01, 0x02, 0x03, 0x04)],
  ])('refuses %s content whatever its name', (detected, content) => {
    expect(detectSpreadsheetFormat(content)).toEqual({
      ok: false,
      problem: { code: 'not-a-spreadsheet', detected },
    });
  });

  it('refuses an empty file', () => {
    expect(detectSpreadsheetFormat(new Uint8Array())).toEqual({ ok: false, problem: { code: 'empty-file' } });
  });
});
