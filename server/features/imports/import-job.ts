import type { ImportIssue, ImportKind } from '../../../domain/careers/import-issues.ts';
import { resolveReferences } from '../../../domain/careers/import-references.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { loadCareerStoreState, writeCareerBatch } from '../../careers/career-store.ts';
import { fileSource, type StudentInformationSource } from '../../careers/source.ts';
import type { AppContext } from '../../context.ts';
import type { JobHandler } from '../../jobs/worker.ts';
import {
  findImportFile,
  findImportJob,
  finishImportJob,
  MAX_STORED_ISSUES,
  markImportRunning,
  type StoredImportReport,
  updateImportProgress,
} from './repository.ts';

export const IMPORT_JOB_KIND = 'careers.import';

/** After this many attempts an unexpected error ends the import instead of retrying it. */
const FINAL_ATTEMPT = 3;

/** Today's date where the university is: an exam passed this morning in Bari is not "in the future". */
export const todayInRome = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

const rejection = (rowCount: number, issues: ImportIssue[]): StoredImportReport => ({
  written: 0,
  rowCount,
  errorCount: issues.length,
  issues: issues.slice(0, MAX_STORED_ISSUES),
  problem: null,
});

/**
 * Reads a source, checks every row and every reference, and then either writes everything in one transaction
 * or nothing at all, with a report of each row at fault.
 */
export const importFromSource = async (
  ctx: AppContext,
  job: { id: string; kind: ImportKind; createdBy: string },
  source: StudentInformationSource,
): Promise<void> => {
  const { db } = ctx.database;
  const reading = await source.read((processed, total) => updateImportProgress(db, job.id, processed, total));
  let report: StoredImportReport;
  if (!reading.ok) {
    report = { ...rejection(reading.rowCount, reading.issues), problem: reading.problem };
  } else {
    // References are checked inside the writing transaction, so they cannot change before the write.
    report = await db.transaction(async (tx) => {
      const state = await loadCareerStoreState(tx, reading.batch);
      const { issues, personMatches } = resolveReferences(reading.batch, state.known);
      if (issues.length > 0) return rejection(reading.rowCount, issues);
      const written = await writeCareerBatch(tx, reading.batch, state, personMatches, ctx.clock.now());
      const done: StoredImportReport = {
        written,
        rowCount: reading.rowCount,
        errorCount: 0,
        issues: [],
        problem: null,
      };
      await finishImportJob(tx, job.id, { status: 'succeeded', report: done, finishedAt: ctx.clock.now() });
      await writeAudit(tx, {
        event: 'import.completed',
        actorId: job.createdBy,
        entityType: 'import',
        entityId: job.id,
        data: { kind: job.kind, written },
      });
      return done;
    });
    if (report.errorCount === 0) return;
  }
  await db.transaction(async (tx) => {
    await finishImportJob(tx, job.id, { status: 'rejected', report, finishedAt: ctx.clock.now() });
    await writeAudit(tx, {
      event: 'import.rejected',
      actorId: job.createdBy,
      entityType: 'import',
      entityId: job.id,
      data: { kind: job.kind, errorCount: report.errorCount, problem: report.problem?.code ?? null },
    });
  });
};

/** The job that runs an uploaded import (queued by POST /api/imports). */
export const runImportJob: JobHandler = async (ctx, job) => {
  const { db } = ctx.database;
  const importId = String(job.payload.importId);
  const stored = await findImportJob(db, importId);
  // Finished already (a job re-run after its import committed): nothing to do.
  if (!stored || stored.status === 'succeeded' || stored.status === 'rejected') return;
  const file = await findImportFile(db, importId);
  try {
    await markImportRunning(db, importId);
    if (!file) throw new Error(`import ${importId} has no file`);
    const source = fileSource({ kind: stored.kind, bytes: file, today: todayInRome(ctx.clock.now()) });
    await importFromSource(ctx, stored, source);
  } catch (error) {
    if (job.attempts < FINAL_ATTEMPT) throw error;
    await db.transaction(async (tx) => {
      await finishImportJob(tx, importId, {
        status: 'rejected',
        report: { written: 0, rowCount: 0, errorCount: 0, issues: [], problem: null, failed: true },
        finishedAt: ctx.clock.now(),
      });
      await writeAudit(tx, {
        event: 'import.rejected',
        actorId: stored.createdBy,
        entityType: 'import',
        entityId: importId,
        data: { kind: stored.kind, error: error instanceof Error ? error.message : String(error) },
      });
    });
  }
};
