import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { auditLog, jobs, outboundEmails } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

/**
 * Every statement node-postgres sends is one round trip to the database; in the last minutes before a call closes
 * they are what the confirm step waits on (bench/README.md). This pins how many one confirmation costs, counted
 * at the driver on a real PostgreSQL server: the session and the roles (2, before the route), the rate limit's
 * counter (1), then BEGIN, lock, read, protocol number, write, COMMIT (6). It fails if the count grows back.
 */
const CONFIRM_ROUND_TRIPS = 9;

describe.skipIf(!process.env.TEST_DATABASE_URL)('one confirmation on postgres', () => {
  let t: TestApp;
  let student: TestClient;
  let call: { callId: string; positionIds: string[] };

  beforeAll(async () => {
    t = await startTestApp('postgres');
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    call = await insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM'], ['LM']],
    });
    await insertStudent(t.ctx.database.db, {
      username: 'trips.test',
      academicYear: 2025,
      programmeType: 'LM',
    });
    student = new TestClient(t.app, '10.9.7.1');
    expect((await student.login('trips.test')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it(`takes ${CONFIRM_ROUND_TRIPS} round trips to the database, and leaves the application, audit, email and job`, async () => {
    const created = await student.post('/api/applications', { callId: call.callId });
    const id = created.json().id as string;
    const saved = await student.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: {
        positionIds: [call.positionIds[1], call.positionIds[0]],
        declaredTitles: { collaborations: ['Tutor 2024'] },
        contactEmail: null,
      },
    });
    expect(saved.statusCode).toBe(200);

    const sent: string[] = [];
    const realQuery = pg.Client.prototype.query;
    const counting = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const first = args[0];
      sent.push(typeof first === 'string' ? first : String((first as { text?: string }).text ?? first));
      return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    let response: Awaited<ReturnType<TestClient['post']>>;
    try {
      response = await student.post(`/api/applications/${id}/confirm`, undefined, {
        'idempotency-key': 'trips-key-0001',
      });
    } finally {
      counting.mockRestore();
    }
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id,
      status: 'confirmed',
      positionIds: [call.positionIds[1], call.positionIds[0]],
      declaredTitles: { collaborations: ['Tutor 2024'] },
    });
    expect(body.protocolNumber).toMatch(/^2026\/\d{6}$/);
    expect(sent, sent.join('\n')).toHaveLength(CONFIRM_ROUND_TRIPS);

    // What the one write left: the audit entry, the receipt email in the outbox and its job.
    const db = t.ctx.database.db;
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.filter((a) => a.event === 'application.confirmed')).toEqual([
      expect.objectContaining({ data: { protocolNumber: body.protocolNumber } }),
    ]);
    const emails = (await db.select().from(outboundEmails)).filter((e) =>
      e.attachments.some((a) => a.documentId === id),
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toContain(body.protocolNumber);
    const queued = (await db.select().from(jobs)).filter((j) => j.payload.emailId === emails[0]?.id);
    expect(queued).toHaveLength(1);

    // The same key again answers the same receipt.
    const again = await student.post(`/api/applications/${id}/confirm`, undefined, {
      'idempotency-key': 'trips-key-0001',
    });
    expect(again.json()).toEqual(body);
  });
});
