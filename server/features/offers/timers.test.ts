import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { buildApp } from '../../app.ts';
import { fixedClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { openPostgres } from '../../db/client.ts';
import { auditLog, jobs, offers } from '../../db/schema/index.ts';
import { seedDemo } from '../../demo/seed.ts';
import type { App } from '../../http/app-types.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { startWorker } from '../../jobs/worker.ts';
import { TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { OFFER_EXPIRY_JOB_KIND } from './service.ts';
import { insertDefinitiveRanking } from './test-ranking.ts';

interface Instance {
  app: App;
  ctx: AppContext;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

const OFFERED_AT = romeToUtc('2026-04-03', '18:00:00');

/** One application instance on the shared database: its own pool, clock and HTTP app, as a second process would have. */
const startInstance = async (url: string, at: Date): Promise<Instance> => {
  const database = await openPostgres(url, 4);
  const clock = fixedClock(at);
  const config = loadConfig({ DEMO_STUDENTS: '20', WEB_DIST: './no-web-in-api-tests' });
  const ctx: AppContext = { config, database, clock };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};

const onPostgres = testBackends().includes('postgres');

describe.skipIf(!onPostgres)('offer timers with two instances on one PostgreSQL', () => {
  const admin = process.env.TEST_DATABASE_URL as string;
  const name = `affianco_t_${randomBytes(6).toString('hex')}`;
  let url = '';
  const running: Instance[] = [];

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${name}`;
    url = target.toString();
  });
  afterAll(async () => {
    for (const instance of running) await instance.close().catch(() => undefined);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  it('fire once after a restart: two instances expire each offer exactly once and draw down exactly once', async () => {
    // The first instance makes the offers, then stops (a restart); its timers live on in the jobs table.
    const first = await startInstance(url, OFFERED_AT);
    await seedDemo(first.ctx);
    const f = await insertDefinitiveRanking(first.ctx.database.db, {
      preset: 'poliba',
      grants: 2,
      candidates: ['anna', 'bruno', 'carla', 'dario', 'elena'],
      prefix: 'tmr',
    });
    const office = new TestClient(first.app, '10.10.0.1');
    expect((await office.login('ufficio')).statusCode).toBe(200);
    const started = await office.post(`/api/rankings/${f.rankingId}/offers`);
    expect(started.statusCode).toBe(200);
    expect(started.json().items).toHaveLength(2);
    await first.close();

    // Two new instances on the same database, their clocks past the deadline (Mon 13 April 2026, 24:00 Rome).
    const late = romeToUtc('2026-04-14', '00:00:01');
    const b = await startInstance(url, late);
    const c = await startInstance(url, late);
    running.push(b, c);
    const db = b.ctx.database.db;
    // A duplicate of each expiry timer, as if a lease had run out while the first run was still going.
    const pending = await db.select().from(offers).where(eq(offers.rankingId, f.rankingId));
    for (const offer of pending)
      await enqueueJob(db, OFFER_EXPIRY_JOB_KIND, { offerId: offer.id }, offer.expiresAt);

    const errors: unknown[] = [];
    const stops = [b, c].map((instance) =>
      startWorker(instance.ctx, jobHandlers, { intervalMs: 10, onError: (error) => errors.push(error) }),
    );
    // Meanwhile the office presses "start" again on one instance and a second office member on the other.
    const officeB = new TestClient(b.app, '10.10.0.2');
    const officeC = new TestClient(c.app, '10.10.0.3');
    expect((await officeB.login('ufficio')).statusCode).toBe(200);
    expect((await officeC.login('ufficio')).statusCode).toBe(200);
    const [again1, again2] = await Promise.all([
      officeB.post(`/api/rankings/${f.rankingId}/offers`),
      officeC.post(`/api/rankings/${f.rankingId}/offers`),
    ]);
    expect(again1.statusCode).toBe(200);
    expect(again2.statusCode).toBe(200);

    const expiryJobsDone = async () => {
      const rows = await db.select().from(jobs).where(eq(jobs.kind, OFFER_EXPIRY_JOB_KIND));
      const due = rows.filter((j) => j.runAt.getTime() <= late.getTime());
      return due.length > 0 && due.every((j) => j.status === 'done');
    };
    const deadline = Date.now() + 20_000;
    while (!(await expiryJobsDone())) {
      if (Date.now() > deadline) throw new Error('the expiry timers did not run');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(stops.map((stop) => stop()));
    expect(errors).toEqual([]);

    const rows = await db
      .select()
      .from(offers)
      .where(eq(offers.rankingId, f.rankingId))
      .orderBy(offers.sequence);
    const who = (id: string) => Object.values(f.candidates).find((x) => x.applicationId === id)?.key;
    expect(rows.map((r) => [who(r.applicationId), r.status, r.grantNumber])).toEqual([
      ['anna', 'expired', 1],
      ['bruno', 'expired', 2],
      ['carla', 'pending', 1],
      ['dario', 'pending', 2],
    ]);
    // This ranking's offers only: the demo's past call has offers (and timers) of its own.
    const ofRanking = (event: string) =>
      db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.event, event),
            inArray(
              auditLog.entityId,
              rows.map((r) => r.id),
            ),
          ),
        );
    expect(await ofRanking('offer.expired')).toHaveLength(2);
    expect(await ofRanking('offer.made')).toHaveLength(4);
    // The new offers run from the moment of the draw-down: five working days after Tuesday 14 April.
    expect(rows[2]?.lastDay).toBe('2026-04-21');
  });
});
