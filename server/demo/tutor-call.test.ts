import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { demoTutorCallId } from './call-tutor.ts';

/** Only the PGlite variant: the demo step goes through the same services on both backends. */
describe("the demo tutor's appointment", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('Marco Santoro (`tutor`) holds one active appointment of 2025/26, letter signed and acknowledged, checklist done', async () => {
    const tutor = new TestClient(t.app);
    expect((await tutor.login('tutor')).statusCode).toBe(200);
    const reply = await tutor.get('/api/me/appointments');
    expect(reply.statusCode, reply.body).toBe(200);
    const [appointment, ...others] = reply.json().items;
    expect(others).toEqual([]);
    expect(appointment).toMatchObject({
      tutorName: 'Marco Santoro',
      callId: await demoTutorCallId(t.ctx.database.db),
      academicYear: '2025/26',
      activityType: 'Tutorato alla pari',
      status: 'active',
      hours: 80,
      grossCents: 120_000,
      protocol: { number: '2025/02208' },
      withdrawalNotice: null,
      ending: null,
    });
    expect(appointment.acknowledgedAt).not.toBeNull();
    expect(appointment.startedOn < '2026-02-20').toBe(true);
    const open = (appointment.checklist as Array<{ item: string; status: string }>).filter(
      (c) => c.status !== 'done' && c.item !== 'regional-communication',
    );
    expect(open).toEqual([]);
  });
});
