import { desc, eq } from 'drizzle-orm';
import type { FileProblem, ImportIssue, ImportKind } from '../../../domain/careers/import-issues.ts';
import type { DbOrTx } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';

/** The report as stored: issues as codes, rendered in the reader's language when read. */
export interface StoredImportReport {
  written: number;
  rowCount: number;
  errorCount: number;
  /** The first MAX_STORED_ISSUES issues, by row. */
  issues: ImportIssue[];
  problem: FileProblem | null;
  /** Set when the import stopped on an unexpected error (nothing was written). */
  failed?: boolean;
}

export const MAX_STORED_ISSUES = 1000;

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'rejected';

export interface ImportJobRow {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  totalRows: number | null;
  processedRows: number;
  report: StoredImportReport | null;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

const columns = {
  id: importJobs.id,
  kind: importJobs.kind,
  fileName: importJobs.fileName,
  status: importJobs.status,
  totalRows: importJobs.totalRows,
  processedRows: importJobs.processedRows,
  report: importJobs.report,
  createdBy: importJobs.createdBy,
  createdAt: importJobs.createdAt,
  finishedAt: importJobs.finishedAt,
};

const asJob = (row: { kind: string; status: string; report: unknown }) => row as unknown as ImportJobRow;

export const insertImportJob = async (
  tx: DbOrTx,
  values: { kind: ImportKind; fileName: string; file: Buffer; createdBy: string; createdAt: Date },
): Promise<ImportJobRow> => {
  const [row] = await tx.insert(importJobs).values(values).returning(columns);
  if (!row) throw new Error('import insert returned nothing');
  return asJob(row);
};

export const findImportJob = async (db: DbOrTx, id: string): Promise<ImportJobRow | null> => {
  const [row] = await db.select(columns).from(importJobs).where(eq(importJobs.id, id)).limit(1);
  return row ? asJob(row) : null;
};

export const listImportJobs = async (db: DbOrTx, limit = 100): Promise<ImportJobRow[]> => {
  const rows = await db.select(columns).from(importJobs).orderBy(desc(importJobs.createdAt)).limit(limit);
  return rows.map(asJob);
};

export const findImportFile = async (db: DbOrTx, id: string): Promise<Buffer | null> => {
  const [row] = await db.select({ file: importJobs.file }).from(importJobs).where(eq(importJobs.id, id));
  return row?.file ?? null;
};

export const markImportRunning = async (db: DbOrTx, id: string) => {
  await db
    .update(importJobs)
    .set({ status: 'running', processedRows: 0, totalRows: null })
    .where(eq(importJobs.id, id));
};

export const updateImportProgress = async (db: DbOrTx, id: string, processed: number, total: number) => {
  await db
    .update(importJobs)
    .set({ processedRows: processed, totalRows: total })
    .where(eq(importJobs.id, id));
};

/** Ends an import. The uploaded file is dropped: it holds personal data the store now has (or refused). */
export const finishImportJob = async (
  db: DbOrTx,
  id: string,
  outcome: { status: 'succeeded' | 'rejected'; report: StoredImportReport; finishedAt: Date },
) => {
  await db
    .update(importJobs)
    .set({ status: outcome.status, report: outcome.report, finishedAt: outcome.finishedAt, file: null })
    .where(eq(importJobs.id, id));
};
