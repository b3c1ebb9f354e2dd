import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { testBackends } from '../test/database.ts';
import { enqueueJob } from './queue.ts';
import { runDueJobs } from './worker.ts';

describe.each(testBackends())('durable jobs on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { seed: false });
  });
  afterAll(async () => t?.close());

  it('runs each due job exactly once even when two workers poll at the same time', async () => {
    const runs: string[] = [];
    const handlers = {
      count: async (_ctx: unknown, job: { payload: Record<string, unknown> }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        runs.push(String(job.payload.n));
      },
    };
    for (let n = 0; n < 20; n++) await enqueueJob(t.ctx.database.db, 'count', { n }, t.clock.now());
    const [a, b] = await Promise.all([runDueJobs(t.ctx, handlers), runDueJobs(t.ctx, handlers)]);
    expect(a + b).toBe(20);
    expect(runs.sort()).toEqual(Array.from({ length: 20 }, (_, n) => String(n)).sort());
  });

  it('waits for a timer to come due, by the application clock', async () => {
    const fired: number[] = [];
    const handlers = { timer: async () => void fired.push(1) };
    await enqueueJob(t.ctx.database.db, 'timer', {}, new Date(t.clock.now().getTime() + 60_000));
    expect(await runDueJobs(t.ctx, handlers)).toBe(0);
    t.clock.advance(60_000);
    expect(await runDueJobs(t.ctx, handlers)).toBe(1);
    expect(await runDueJobs(t.ctx, handlers)).toBe(0);
  });

  it('retries a failing job later, then gives up with the error recorded', async () => {
    const handlers = {
      broken: async () => {
        throw new Error('the mail server is down');
      },
    };
    const id = await enqueueJob(t.ctx.database.db, 'broken', {}, t.clock.now());
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await runDueJobs(t.ctx, handlers)).toBe(1);
      t.clock.advance(60_000);
    }
    const [row] = await t.ctx.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ status: 'failed', attempts: 5, lastError: 'the mail server is down' });
  });

  it('hands back a job whose worker died, once its lease is over', async () => {
    const id = await enqueueJob(t.ctx.database.db, 'orphan', {}, t.clock.now());
    // A worker claimed it and died: running, lease in the past.
    await t.ctx.database.db
      .update(jobs)
      .set({ status: 'running', lockedUntil: new Date(t.clock.now().getTime() - 1000) })
      .where(eq(jobs.id, id));
    const done: string[] = [];
    expect(await runDueJobs(t.ctx, { orphan: async () => void done.push(id) })).toBe(1);
    expect(done).toEqual([id]);
  });
});
