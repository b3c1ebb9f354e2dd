import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { romeToUtc } from '../../domain/calendar/rome-time.ts';
import { buildXlsx, romeCell } from './xlsx.ts';

describe('romeCell', () => {
  it('shows the Rome wall-clock time in winter and in summer', () => {
    expect(romeCell(romeToUtc('2026-03-02', '12:00:00')).toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(romeCell(romeToUtc('2026-04-02', '12:00:00')).toISOString()).toBe('2026-04-02T12:00:00.000Z');
    expect(romeCell('2026-03-28T23:30:00Z').toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('round-trips through a spreadsheet as the same wall-clock time', async () => {
    const body = await buildXlsx(
      't',
      [{ header: 'Chiusura', value: (d: Date) => romeCell(d) }],
      [romeToUtc('2026-07-15', '12:00:00')],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]?.getRow(2).getCell(1).value as Date;
    expect(cell.toISOString()).toBe('2026-07-15T12:00:00.000Z');
  });
});
