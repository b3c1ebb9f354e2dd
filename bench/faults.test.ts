import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import type { AppContext } from '../server/context.ts';
import { openPostgres } from '../server/db/client.ts';
import {
  applications,
  auditLog,
  calls,
  localAccounts,
  outboundEmails,
  roleAssignments,
} from '../server/db/schema/index.ts';
import { DEMO_CALL_CODE } from '../server/demo/call-poliba.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { makeDrafts } from './drafts.ts';
import { CookieJar, keepAliveAgent, send } from './http.ts';
import { type PrivatePostgres, startPrivatePostgres } from './private-postgres.ts';
import { BENCH_PASSWORD, pickCandidates, recreatePostgres } from './seed.ts';
import { type Instance, startInstance, stopInstance } from './server.ts';

/**
 * Issue 6, faults in the last hour before a call closes, against the application started as its own process on
 * PostgreSQL (the way it runs in production), with candidates whose drafts are ready:
 *
 * - kill -9 of the application in the middle of a burst of confirmations, then a restart: every request that got
 *   no answer is retried with its same Idempotency-Key, as the web app does;
 * - every connection of the application to PostgreSQL terminated (pg_terminate_backend) in the middle of a burst:
 *   what the application sees when PostgreSQL restarts, without restarting the machine's shared server (see
 *   bench/README.md); the application must carry on by itself;
 * - PostgreSQL itself crashed (stopped immediately) and started again in the middle of a burst, on a server of the
 *   test's own (bench/private-postgres.ts) so that the machine's shared server is left alone; skipped where
 *   Debian's PostgreSQL binaries are not installed.
 *
 * Either way: every receipt a client received is in the database, no application is confirmed twice (one
 * protocol number, one audit entry, one receipt email each) and a retry returns the same receipt.
 */
const PORT = 3322;
const PRIVATE_PG_PORT = 55_432;
const PER_FAULT = 16;
const FAULTS = 3;

interface Candidate {
  username: string;
  applicationId: string;
  jar: CookieJar;
  csrf: string;
  key: string;
}

type Outcome = { status: number; protocolNumber: string | null } | { error: string };

describe.skipIf(!process.env.TEST_DATABASE_URL)('faults during the last minutes of a call', () => {
  let url: string;
  let instance: Instance;
  let candidates: Candidate[] = [];
  let privatePg: PrivatePostgres | null = null;
  const agent = keepAliveAgent(64);

  const start = () =>
    startInstance({ port: PORT, databaseUrl: url }).then((started) => {
      instance = started;
    });

  const login = async (candidate: Candidate) => {
    candidate.jar = new CookieJar();
    const anonymous = await send(agent, instance.url, 'GET', '/api/session', { jar: candidate.jar });
    const csrf = JSON.parse(anonymous.body.toString()).csrfToken as string;
    const response = await send(agent, instance.url, 'POST', '/api/session/login', {
      jar: candidate.jar,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ username: candidate.username, password: BENCH_PASSWORD }),
    });
    expect(response.status).toBe(200);
    candidate.csrf = JSON.parse(response.body.toString()).csrfToken as string;
  };

  const confirm = async (candidate: Candidate): Promise<Outcome> => {
    try {
      const response = await send(
        agent,
        instance.url,
        'POST',
        `/api/applications/${candidate.applicationId}/confirm`,
        {
          jar: candidate.jar,
          headers: { 'x-csrf-token': candidate.csrf, 'idempotency-key': candidate.key },
          timeoutMs: 30_000,
        },
      );
      const body = response.body.length > 0 ? JSON.parse(response.body.toString()) : {};
      return { status: response.status, protocolNumber: body.protocolNumber ?? null };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  /** Retries until the application answers 200 (bounded), as a client that got no answer or a 5xx would. */
  const confirmUntilAnswered = async (candidate: Candidate) => {
    const until = Date.now() + 20_000;
    for (;;) {
      const outcome = await confirm(candidate);
      if ('status' in outcome && outcome.status === 200) return outcome;
      if (Date.now() > until)
        throw new Error(`no receipt for ${candidate.username}: ${JSON.stringify(outcome)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  /** Starts every confirmation at once; calls `fault` as soon as the first receipt arrives. */
  const burstWithFault = async (burst: Candidate[], fault: () => Promise<void>) => {
    let faulted: Promise<void> | null = null;
    const outcomes = await Promise.all(
      burst.map(async (candidate) => {
        const outcome = await confirm(candidate);
        if ('status' in outcome && outcome.status === 200) faulted ??= fault();
        return outcome;
      }),
    );
    await faulted;
    return outcomes;
  };

  /** What the database holds for these candidates: one confirmation each, with the receipts they were given. */
  const checkDatabase = async (burst: Candidate[], receipts: Map<string, string>) => {
    const database = await openPostgres(url, 2);
    try {
      const ids = burst.map((c) => c.applicationId);
      const rows = await database.db
        .select({ id: applications.id, status: applications.status, protocol: applications.protocolNumber })
        .from(applications)
        .where(inArray(applications.id, ids));
      expect(rows.map((r) => r.status).sort()).toEqual(burst.map(() => 'confirmed'));
      for (const [applicationId, protocolNumber] of receipts)
        expect(rows.find((r) => r.id === applicationId)?.protocol).toBe(protocolNumber);
      const all = await database.db
        .select({ protocol: applications.protocolNumber })
        .from(applications)
        .where(eq(applications.status, 'confirmed'));
      expect(new Set(all.map((r) => r.protocol)).size).toBe(all.length);
      const audits = await database.db
        .select({ entityId: auditLog.entityId })
        .from(auditLog)
        .where(eq(auditLog.event, 'application.confirmed'));
      for (const id of ids) expect(audits.filter((a) => a.entityId === id)).toHaveLength(1);
      const emails = await database.db
        .select({ attachments: outboundEmails.attachments })
        .from(outboundEmails);
      for (const id of ids)
        expect(emails.filter((e) => e.attachments.some((a) => a.documentId === id))).toHaveLength(1);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    privatePg = await startPrivatePostgres(PRIVATE_PG_PORT).catch((error) => {
      console.warn(`no private PostgreSQL for the crash test: ${(error as Error).message}`);
      return null;
    });
    const base = new URL(process.env.TEST_DATABASE_URL as string);
    base.pathname = `/affianco_faults_${randomBytes(4).toString('hex')}`;
    url = privatePg ? privatePg.url('affianco_faults') : base.toString();
    await recreatePostgres(url);
    const database = await openPostgres(url, 4);
    try {
      const ctx: AppContext = {
        config: loadConfig({ DEMO_STUDENTS: '400', LOG_LEVEL: 'silent' }),
        database,
        clock: systemClock,
      };
      await seedDemo(ctx);
      const { db } = database;
      const picked = await pickCandidates(db, FAULTS * PER_FAULT, new Set());
      expect(picked).toHaveLength(FAULTS * PER_FAULT);
      const drafts = await makeDrafts(db, picked);
      const passwordHash = await hashPassword(BENCH_PASSWORD);
      await db
        .insert(localAccounts)
        .values(picked.map((c) => ({ personId: c.personId, username: c.username, passwordHash })));
      await db
        .insert(roleAssignments)
        .values(picked.map((c) => ({ personId: c.personId, role: 'student' as const })));
      await db
        .update(calls)
        .set({ closesAt: new Date(Date.now() + 3_600_000) })
        .where(eq(calls.code, DEMO_CALL_CODE));
      candidates = picked.map((c, n) => ({
        username: c.username,
        applicationId: drafts[n]?.applicationId as string,
        jar: new CookieJar(),
        csrf: '',
        key: `fault-key-${n}-${randomBytes(6).toString('hex')}`,
      }));
    } finally {
      await database.close();
    }
    await start();
    for (const candidate of candidates) await login(candidate);
  }, 180_000);

  afterAll(async () => {
    if (instance) await stopInstance(instance);
    agent.destroy();
    if (privatePg) return privatePg.stop();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
    await admin.end();
  });

  it('kill -9 mid-burst: after a restart, retries with the same keys lose nothing and duplicate nothing', async () => {
    const burst = candidates.slice(0, PER_FAULT);
    const outcomes = await burstWithFault(burst, async () => {
      instance.process.kill('SIGKILL');
    });
    const receipts = new Map<string, string>();
    outcomes.forEach((outcome, i) => {
      if ('status' in outcome && outcome.status === 200 && outcome.protocolNumber)
        receipts.set(burst[i]?.applicationId as string, outcome.protocolNumber);
    });
    const unanswered = outcomes.filter((o) => !('status' in o) || o.status !== 200).length;
    // The kill landed mid-burst: some had their receipt, some got no answer.
    expect(receipts.size).toBeGreaterThan(0);
    expect(unanswered).toBeGreaterThan(0);

    agent.destroy();
    await start();
    // Sessions live in the database: the same cookies work on the new process.
    const retried = await Promise.all(burst.map((candidate) => confirmUntilAnswered(candidate)));
    retried.forEach((outcome, i) => {
      const applicationId = burst[i]?.applicationId as string;
      const before = receipts.get(applicationId);
      if (before) expect(outcome.protocolNumber).toBe(before);
      receipts.set(applicationId, outcome.protocolNumber as string);
    });
    await checkDatabase(burst, receipts);
  });

  it('every database connection terminated mid-burst (as in a PostgreSQL restart): the application recovers by itself and loses nothing', async () => {
    const burst = candidates.slice(PER_FAULT, 2 * PER_FAULT);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let terminated = 0;
    const outcomes = await burstWithFault(burst, async () => {
      const result = await admin.query(
        'select pg_terminate_backend(pid) as done from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      terminated = result.rows.filter((row) => row.done).length;
    });
    await admin.end();
    expect(terminated).toBeGreaterThan(0);
    // The cut landed mid-burst: some confirmations were refused when their connection went, each with a 503 that
    // tells the client to retry (never a 500: nothing the candidate did).
    expect(outcomes.some((o) => !('status' in o) || o.status !== 200)).toBe(true);
    for (const outcome of outcomes)
      if ('status' in outcome && outcome.status !== 200) expect(outcome.status).toBe(503);
    // The same process goes on: no restart, no manual action.
    expect(instance.process.exitCode, instance.stderr.join('')).toBeNull();
    const health = await send(agent, instance.url, 'GET', '/health');
    expect(health.status).toBe(200);

    const receipts = new Map<string, string>();
    outcomes.forEach((outcome, i) => {
      if ('status' in outcome && outcome.status === 200 && outcome.protocolNumber)
        receipts.set(burst[i]?.applicationId as string, outcome.protocolNumber);
    });
    const retried = await Promise.all(burst.map((candidate) => confirmUntilAnswered(candidate)));
    retried.forEach((outcome, i) => {
      const applicationId = burst[i]?.applicationId as string;
      const before = receipts.get(applicationId);
      if (before) expect(outcome.protocolNumber).toBe(before);
      receipts.set(applicationId, outcome.protocolNumber as string);
    });
    expect(instance.process.exitCode, instance.stderr.join('')).toBeNull();
    await checkDatabase(burst, receipts);
  });

  it('PostgreSQL crashes and starts again mid-burst: the application waits it out by itself and loses nothing', async (test) => {
    const server = privatePg;
    if (!server) return test.skip();
    const burst = candidates.slice(2 * PER_FAULT, 3 * PER_FAULT);
    let crashed: Promise<void> | null = null;
    const outcomes = await burstWithFault(burst, async () => {
      // Down for a second: requests meanwhile find no server at all (connection refused).
      crashed = server.crashAndRestart(1_000);
      await crashed;
    });
    await crashed;
    // Some confirmations failed while the server was down: 503 with Retry-After, never a 500.
    expect(outcomes.some((o) => !('status' in o) || o.status !== 200)).toBe(true);
    for (const outcome of outcomes)
      if ('status' in outcome && outcome.status !== 200) expect(outcome.status).toBe(503);
    expect(instance.process.exitCode, instance.stderr.join('')).toBeNull();

    const receipts = new Map<string, string>();
    outcomes.forEach((outcome, i) => {
      if ('status' in outcome && outcome.status === 200 && outcome.protocolNumber)
        receipts.set(burst[i]?.applicationId as string, outcome.protocolNumber);
    });
    // The same process, no restart and no manual action: the pool reconnects once the server is back.
    const retried = await Promise.all(burst.map((candidate) => confirmUntilAnswered(candidate)));
    retried.forEach((outcome, i) => {
      const applicationId = burst[i]?.applicationId as string;
      const before = receipts.get(applicationId);
      if (before) expect(outcome.protocolNumber).toBe(before);
      receipts.set(applicationId, outcome.protocolNumber as string);
    });
    expect(instance.process.exitCode, instance.stderr.join('')).toBeNull();
    await checkDatabase(burst, receipts);
  });
});
