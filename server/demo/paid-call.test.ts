import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { demoPaidCallId } from './call-paid.ts';

/** Only the PGlite variant: the demo step goes through the same services on both backends. */
describe('the demo 2024/25 call with one appointment to pay', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('leaves one appointment completed with all its hours, through its letter and checklist, and not paid', async () => {
    const callId = await demoPaidCallId(t.ctx.database.db);
    const office = new TestClient(t.app);
    await office.login('ufficio');
    const reply = await office.get(`/api/appointments?callId=${callId}`);
    expect(reply.statusCode, reply.body).toBe(200);
    const [appointment, ...others] = reply.json().items;
    expect(others).toEqual([]);
    expect(appointment).toMatchObject({
      academicYear: '2024/25',
      status: 'ended',
      protocol: { number: '2025/00412', date: '2025-02-05' },
      startedOn: '2025-02-10',
      hoursDone: 100,
      ending: { kind: 'completed', date: '2025-10-31', hoursDone: 100, hoursReturned: 0 },
      // The test clock stands in 2026: the INPS rate of 2026 applies to an order dated today.
      payout: { status: 'due', hoursPaid: 100, grossCents: 150_000, netCents: 132_485, orderNumber: null },
    });
    expect(appointment.acknowledgedAt).not.toBeNull();
    expect(appointment.studentNumber).not.toBe('600001');
  });
});
