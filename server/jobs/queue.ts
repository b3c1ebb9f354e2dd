import { and, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';

export interface QueuedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Enqueue in the caller's transaction, so a job exists if and only if the change that asked for it commits.
 * `runAt` comes from the application's clock (ctx.clock.now() for "as soon as possible"): the worker compares it
 * with the same clock, so tests that move the clock move the timers too.
 */
export const enqueueJob = async (
  tx: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  runAt: Date,
): Promise<string> => {
  const [row] = await tx.insert(jobs).values({ kind, payload, runAt }).returning({ id: jobs.id });
  if (!row) throw new Error('job insert returned nothing');
  return row.id;
};

/**
 * Claims one due job. SKIP LOCKED lets several instances poll the same table without taking the same job; the
 * lease (locked_until) hands a job back if the instance that took it dies.
 */
export const claimDueJob = async (db: DbOrTx, now: Date, leaseMs: number): Promise<QueuedJob | null> => {
  const leaseEnd = new Date(now.getTime() + leaseMs);
  const result = await db.execute(sql`
    update ${jobs} set status = 'running', attempts = ${jobs.attempts} + 1, locked_until = ${leaseEnd.toISOString()}
    where ${jobs.id} = (
      select id from ${jobs}
      where (status = 'pending' and run_at <= ${now.toISOString()})
         or (status = 'running' and locked_until < ${now.toISOString()})
      order by run_at
      limit 1
      for update skip locked
    )
    returning id, kind, payload, attempts`);
  // Both drivers (pg and PGlite) return the rows under `rows`.
  const row = (result as unknown as { rows: QueuedJob[] }).rows[0];
  return row ? { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts } : null;
};

export const completeJob = async (db: DbOrTx, id: string) => {
  await db.update(jobs).set({ status: 'done', lockedUntil: null }).where(eq(jobs.id, id));
};

export const failJob = async (db: DbOrTx, id: string, error: string, retryAt: Date | null) => {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'pending', runAt: retryAt, lastError: error, lockedUntil: null }
        : { status: 'failed', lastError: error, lockedUntil: null },
    )
    .where(eq(jobs.id, id));
};

export const countPendingJobs = async (db: DbOrTx, now: Date) => {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)));
  return rows.length;
};
