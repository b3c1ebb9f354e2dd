import { z } from 'zod';

/** What the office can import: one file per kind, as its student information system exports them. */
export const ImportKindSchema = z.enum(['programmes', 'students', 'exams', 'study-plans']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

export const ImportRowErrorSchema = z.object({
  /** 1-based row number as the office sees it in the spreadsheet (the header is row 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
  /** The kind of problem (e.g. bad-date, unknown-programme), for a UI that wants to group them. */
  code: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportStatusSchema = z.enum(['queued', 'running', 'succeeded', 'rejected']);

export const ImportJobSchema = z.object({
  id: z.uuid(),
  kind: ImportKindSchema,
  fileName: z.string(),
  status: ImportStatusSchema,
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  /** Set when finished: rows written, or the per-row errors that stopped the import (nothing written). */
  report: z
    .object({
      written: z.number().int(),
      errors: z.array(ImportRowErrorSchema),
      message: z.string().nullable(),
      /** Rows of data in the file (the header excluded). */
      rowCount: z.number().int(),
      /** Every error found; `errors` lists the first 1,000. */
      errorCount: z.number().int(),
    })
    .nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

export const ImportJobListSchema = z.array(ImportJobSchema);

/** POST /api/imports takes multipart/form-data: the field `kind` and one file (CSV or XLSX). */
export const ImportUploadFieldsSchema = z.object({ kind: ImportKindSchema });
