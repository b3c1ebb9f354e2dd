import type { AppContext } from '../context.ts';
import { claimDueJob, completeJob, failJob, type QueuedJob } from './queue.ts';

export type JobHandler = (ctx: AppContext, job: QueuedJob) => Promise<void>;

const LEASE_MS = 5 * 60_000;
/** A failing job is tried this many times in all (backoff 2, 4, 8, 16 s), then marked failed. */
export const MAX_ATTEMPTS = 5;

/**
 * Thrown by a handler that keeps its own retry schedule (an email may wait hours for its SMTP server): the job is
 * tried again at `retryAt`, whatever MAX_ATTEMPTS says. To give up, the handler throws any other error.
 */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/** Runs every due job once; returns how many ran. Tests call this directly instead of waiting for the poller. */
export const runDueJobs = async (
  ctx: AppContext,
  handlers: Record<string, JobHandler>,
  limit = 100,
): Promise<number> => {
  let ran = 0;
  while (ran < limit) {
    const job = await claimDueJob(ctx.database.db, ctx.clock.now(), LEASE_MS);
    if (!job) break;
    ran += 1;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(ctx, job);
      await completeJob(ctx.database.db, job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        error instanceof RetryLater
          ? error.retryAt
          : job.attempts < MAX_ATTEMPTS
            ? new Date(ctx.clock.now().getTime() + 2 ** job.attempts * 1000)
            : null;
      await failJob(ctx.database.db, job.id, message, retryAt);
    }
  }
  return ran;
};

/** Polls for due jobs until stopped. Any number of instances may run one. */
export const startWorker = (
  ctx: AppContext,
  handlers: Record<string, JobHandler>,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
) => {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(ctx, handlers)
      .catch((error) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 1000);
      });
  };
  let timer = setTimeout(tick, options.intervalMs ?? 1000);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
};
