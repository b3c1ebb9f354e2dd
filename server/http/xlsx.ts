import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { romeOffsetMinutes } from '../../domain/calendar/rome-time.ts';

export interface XlsxColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | Date | null;
}

/** Every list of the application exports to XLSX through this one function: a header row, frozen, filterable. */
export const buildXlsx = async <T>(
  sheetName: string,
  columns: XlsxColumn<T>[],
  rows: Iterable<T>,
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Affianco';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/**
 * An instant as the date-time cell an office reads: spreadsheets have no time zones, so the cell holds the
 * wall-clock time in Rome (a call closing at 12:00 Rome time shows 12:00, in winter and in summer).
 */
export const romeCell = (instant: Date | string): Date => {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(at.getTime() + romeOffsetMinutes(at) * 60_000);
};

export const sendXlsx = (reply: FastifyReply, fileName: string, body: Buffer) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(body);
