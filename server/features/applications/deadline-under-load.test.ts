import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { applications, localAccounts, people } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

/**
 * Issue 6: the deadline holds to the second under load. Confirmations that ARRIVE at 11:59:59 are accepted even
 * when they wait past 12:00:00 for a database connection and for the student's row; those that arrive at 12:00:00
 * are refused (409, in the candidate's language), whatever the queueing. The queue is made on purpose: a
 * transaction holds the rows every confirmation must lock (on PGlite, its one connection) while the clock moves
 * past the deadline; on PostgreSQL the burst is also larger than the pool (8 connections in the tests).
 */
const BURST = 12;

describe.each(testBackends())('the deadline under load on %s', (backend) => {
  let t: TestApp;
  let call: { callId: string; positionIds: string[] };
  let made = 0;

  /** `count` students with a ready draft each, logged in. */
  const candidates = async (count: number) => {
    const db = t.ctx.database.db;
    const ready: Array<{ client: TestClient; applicationId: string; username: string }> = [];
    for (let i = 0; i < count; i += 1) {
      made += 1;
      const username = `deadline.${made}`;
      await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' });
      const client = new TestClient(t.app, `10.9.9.${made}`);
      expect((await client.login(username)).statusCode).toBe(200);
      const created = await client.post('/api/applications', { callId: call.callId });
      const applicationId = created.json().id as string;
      const saved = await client.request({
        method: 'PUT',
        url: `/api/applications/${applicationId}`,
        payload: { positionIds: [call.positionIds[0]], declaredTitles: {}, contactEmail: null },
      });
      expect(saved.statusCode).toBe(200);
      ready.push({ client, applicationId, username });
    }
    return ready;
  };

  /**
   * Sends every confirmation while their rows are locked, waits until they have all arrived, moves the clock to
   * `after`, then releases the rows: the answers are whatever the service decides after queueing past `after`.
   */
  const burstWhileQueued = async (
    burst: Array<{ client: TestClient; applicationId: string; username: string }>,
    after: string,
  ) => {
    const db = t.ctx.database.db;
    const personIds = (
      await db
        .select({ id: localAccounts.personId })
        .from(localAccounts)
        .where(
          inArray(
            localAccounts.username,
            burst.map((c) => c.username),
          ),
        )
    ).map((row) => row.id);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.transaction(async (tx) => {
      await tx.execute(
        sql`select id from people where id in (${sql.join(
          personIds.map((id) => sql`${id}`),
          sql`, `,
        )}) for update`,
      );
      locked();
      await released;
    });
    await isLocked;
    const answers = burst.map((candidate) =>
      candidate.client.request({
        method: 'POST',
        url: `/api/applications/${candidate.applicationId}/confirm`,
        headers: { 'idempotency-key': `deadline-key-${candidate.applicationId}` },
      }),
    );
    // Every request has arrived (its onRequest hook ran) well within this; none can finish while the rows are held.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    t.clock.set(after);
    release();
    await holder;
    return Promise.all(answers);
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    t.clock.set(romeToUtc('2026-03-02', '11:30:00'));
    call = await insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
  });
  afterAll(async () => t?.close());

  it('accepts a burst that arrived at 11:59:59 and was served after 12:00:00, stamped with its arrival', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:30:00'));
    const burst = await candidates(BURST);
    t.clock.set(new Date(romeToUtc('2026-03-02', '11:59:59').getTime() + 900));
    const answers = await burstWhileQueued(burst, romeToUtc('2026-03-02', '12:00:02').toISOString());
    expect(answers.map((a) => a.statusCode)).toEqual(burst.map(() => 200));
    const arrived = new Date(romeToUtc('2026-03-02', '11:59:59').getTime() + 900).toISOString();
    for (const answer of answers) expect(answer.json().confirmedAt).toBe(arrived);
    const protocols = new Set(answers.map((a) => a.json().protocolNumber));
    expect(protocols.size).toBe(BURST);
    const rows = await t.ctx.database.db
      .select({ status: applications.status, confirmedAt: applications.confirmedAt })
      .from(applications)
      .where(
        inArray(
          applications.id,
          burst.map((c) => c.applicationId),
        ),
      );
    expect(rows.map((r) => [r.status, r.confirmedAt?.toISOString()])).toEqual(
      burst.map(() => ['confirmed', arrived]),
    );
  });

  it('refuses a burst that arrived at 12:00:00, in Italian and in English, and keeps the drafts', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:30:00'));
    const burst = await candidates(BURST);
    // The second candidate chose English in their profile.
    const english = burst[1]?.username as string;
    const [account] = await t.ctx.database.db
      .select({ id: localAccounts.personId })
      .from(localAccounts)
      .where(eq(localAccounts.username, english));
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'en' })
      .where(eq(people.id, account?.id as string));
    t.clock.set(romeToUtc('2026-03-02', '12:00:00'));
    // Moving the clock back while they queue changes nothing: they arrived at 12:00:00.
    const answers = await burstWhileQueued(burst, romeToUtc('2026-03-02', '11:59:00').toISOString());
    expect(answers.map((a) => a.statusCode)).toEqual(burst.map(() => 409));
    for (const answer of answers) expect(answer.json().kind).toBe('window-closed');
    expect(answers[0]?.json().title).toBe(
      'Il termine per confermare la domanda è scaduto alle 02/03/2026, 12:00:00 (ora di Roma). La bozza resta salvata.',
    );
    expect(answers[1]?.json().title).toMatch(
      /^The deadline to confirm the application passed at .*12:00:00.* \(Rome time\)\. The draft stays saved\.$/,
    );
    const rows = await t.ctx.database.db
      .select({ status: applications.status })
      .from(applications)
      .where(
        inArray(
          applications.id,
          burst.map((c) => c.applicationId),
        ),
      );
    expect(rows.map((r) => r.status)).toEqual(burst.map(() => 'draft'));
  });
});
