import { checkImportHeader } from '../../domain/careers/import-columns.ts';
import type { FileProblem, ImportIssue, ImportKind } from '../../domain/careers/import-issues.ts';
import { createRowChecker } from '../../domain/careers/import-rows.ts';
import type { CareerBatch } from '../../domain/careers/records.ts';
import { readSheet } from './spreadsheet.ts';

/** Called as rows are checked, so the office sees a progress bar on large files. */
export type ProgressSink = (processed: number, total: number) => Promise<void>;

export type SourceReading =
  | { ok: true; batch: CareerBatch; rowCount: number }
  | { ok: false; problem: FileProblem | null; issues: ImportIssue[]; rowCount: number };

/**
 * Where careers come from. Today: the office's export of its student information system, uploaded as a file.
 * Tomorrow: a live connector to Cineca ESSE3 (carriere-service-v1, libretto-service-v2, piani-service-v1; see
 * docs/decisions/002-careers-import.md) that maps the JSON it reads to the same records. A source only reads
 * and checks what it can check alone; the importer checks references against the store and writes the batch
 * all-or-nothing, whatever the source.
 */
export interface StudentInformationSource {
  read(onProgress: ProgressSink): Promise<SourceReading>;
}

/** How many rows are checked between two progress reports. */
const PROGRESS_EVERY = 500;

/** An uploaded CSV or XLSX holding one kind of records. */
export const fileSource = (options: {
  kind: ImportKind;
  bytes: Uint8Array;
  /** Today in Europe/Rome (ISO date): dates after it are refused. */
  today: string;
}): StudentInformationSource => ({
  async read(onProgress) {
    const sheet = await readSheet(options.bytes);
    if (!sheet.ok) return { ok: false, problem: sheet.problem, issues: [], rowCount: 0 };
    const { header, rows } = sheet.table;
    await onProgress(0, rows.length);
    const columns = checkImportHeader(options.kind, header);
    if (!columns.ok) return { ok: false, problem: null, issues: columns.issues, rowCount: rows.length };
    if (rows.length === 0)
      return { ok: false, problem: null, issues: [{ row: 2, column: null, code: 'no-rows' }], rowCount: 0 };
    const checker = createRowChecker(options.kind, columns.columns, { today: options.today });
    for (const [index, { row, cells }] of rows.entries()) {
      checker.check(row, cells);
      if ((index + 1) % PROGRESS_EVERY === 0) await onProgress(index + 1, rows.length);
    }
    await onProgress(rows.length, rows.length);
    const { batch, issues, rowCount } = checker.result();
    if (issues.length > 0) return { ok: false, problem: null, issues, rowCount };
    return { ok: true, batch, rowCount };
  },
});
