import type { FastifyRequest } from 'fastify';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  type ImportJob,
  ImportJobListSchema,
  ImportJobSchema,
  ImportKindSchema,
} from '../../../api/imports.ts';
import { detectSpreadsheetFormat } from '../../../domain/careers/file-format.ts';
import {
  describeFileProblem,
  describeImportIssue,
  describeImportOutcome,
} from '../../../domain/careers/import-issues.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { type Locale, requestLocale } from '../../i18n/locale.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { IMPORT_JOB_KIND } from './import-job.ts';
import { findImportJob, type ImportJobRow, insertImportJob, listImportJobs } from './repository.ts';

const FAILED: Record<Locale, string> = {
  it: 'Errore imprevisto durante l’importazione: nessun dato è stato modificato. Riprova più tardi.',
  en: 'Unexpected error during the import: no data was changed. Please try again later.',
};

export const importJobView = (job: ImportJobRow, locale: Locale): ImportJob => {
  const stored = job.report;
  let report: ImportJob['report'] = null;
  if (stored) {
    const message = stored.failed
      ? FAILED[locale]
      : stored.problem
        ? describeFileProblem(stored.problem, locale)
        : describeImportOutcome(stored, locale);
    report = {
      written: stored.written,
      rowCount: stored.rowCount,
      errorCount: stored.errorCount,
      message,
      errors: stored.issues.map((issue) => ({
        row: issue.row,
        column: issue.column,
        code: issue.code,
        message: describeImportIssue(issue, locale),
      })),
    };
  }
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    report,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
};

const invalid = (field: string, code: string, message: string) =>
  new DomainFailure({ kind: 'invalid-input', issues: [{ field, code, message }] });

const UPLOAD_TEXTS = {
  it: {
    notMultipart: 'Invia il file come multipart/form-data, con i campi "kind" e "file".',
    noFile: 'Scegli il file da importare (CSV o XLSX).',
    oneFile: 'Carica un solo file per volta.',
    kind: 'Scegli il tipo di dati: programmes, students, exams o study-plans.',
  },
  en: {
    notMultipart: 'Send the file as multipart/form-data, with the fields "kind" and "file".',
    noFile: 'Choose the file to import (CSV or XLSX).',
    oneFile: 'Upload one file at a time.',
    kind: 'Choose the kind of data: programmes, students, exams or study-plans.',
  },
} as const;

const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/**
 * Reads the multipart upload whatever the order of its parts. A file over the limit is cut by the multipart
 * parser, which then throws FST_REQ_FILE_TOO_LARGE: it becomes a 413 that says the limit, never a 500.
 */
const readUpload = async (request: FastifyRequest, maxBytes: number) => {
  const texts = UPLOAD_TEXTS[requestLocale(request)];
  if (!request.isMultipart()) throw invalid('file', 'not-multipart', texts.notMultipart);
  const fields = new Map<string, string>();
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file) throw invalid('file', 'too-many-files', texts.oneFile);
        file = { name: part.filename.slice(0, 200) || 'import', bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') fields.set(part.fieldname, part.value);
    }
  } catch (error) {
    if (errorCode(error) === 'FST_REQ_FILE_TOO_LARGE')
      throw new DomainFailure({ kind: 'file-too-large', maxBytes });
    if (errorCode(error) === 'FST_FILES_LIMIT') throw invalid('file', 'too-many-files', texts.oneFile);
    throw error;
  }
  if (!file) throw invalid('file', 'required', texts.noFile);
  if (file.bytes.length > maxBytes) throw new DomainFailure({ kind: 'file-too-large', maxBytes });
  const kind = ImportKindSchema.safeParse(fields.get('kind'));
  if (!kind.success) throw invalid('kind', 'invalid_value', texts.kind);
  return { kind: kind.data, file };
};

export const importRoutes = async (app: App) => {
  const { ctx } = app;

  app.post(
    '/api/imports',
    {
      config: { access: 'students.import' },
      schema: {
        tags: ['imports'],
        summary: 'Upload an export of the student information system (multipart: kind + one CSV/XLSX file)',
        description:
          'The file is checked and written by a job: poll GET /api/imports/{id}. All-or-nothing: one bad row and nothing is written.',
        consumes: ['multipart/form-data'],
        response: { 202: ImportJobSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const { kind, file } = await readUpload(request, ctx.config.IMPORT_MAX_BYTES);
      // Refused at once, before anything is stored: a PDF or an image renamed ".csv" is not worth a job.
      const format = detectSpreadsheetFormat(file.bytes);
      if (!format.ok) throw new DomainFailure({ kind: 'not-a-spreadsheet', problem: format.problem });
      const job = await ctx.database.db.transaction(async (tx) => {
        const created = await insertImportJob(tx, {
          kind,
          fileName: file.name,
          file: file.bytes,
          createdBy: principal.personId,
          createdAt: ctx.clock.now(),
        });
        await writeAudit(tx, {
          event: 'import.requested',
          actorId: principal.personId,
          entityType: 'import',
          entityId: created.id,
          data: { kind, fileName: file.name, bytes: file.bytes.length, format: format.format },
        });
        await enqueueJob(tx, IMPORT_JOB_KIND, { importId: created.id }, ctx.clock.now());
        return created;
      });
      return reply.code(202).send(importJobView(job, requestLocale(request)));
    },
  );

  app.get(
    '/api/imports',
    {
      config: { access: 'students.import' },
      schema: {
        tags: ['imports'],
        summary: 'The latest imports, newest first',
        response: { 200: ImportJobListSchema },
      },
    },
    async (request) => {
      const locale = requestLocale(request);
      return (await listImportJobs(ctx.database.db)).map((job) => importJobView(job, locale));
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: 'students.import' },
      schema: {
        tags: ['imports'],
        summary: 'One import: progress while it runs, then the report',
        params: IdParamsSchema,
        response: { 200: ImportJobSchema },
      },
    },
    async (request) => {
      const job = await findImportJob(ctx.database.db, request.params.id);
      if (!job) throw new DomainFailure({ kind: 'not-found', entity: 'import' });
      return importJobView(job, requestLocale(request));
    },
  );
};
