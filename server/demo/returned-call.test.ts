import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { demoReturnedCallId } from './call-returned.ts';

/** Only the PGlite variant: the demo step goes through the same services on both backends. */
describe('the demo call whose hours came back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('holds a withdrawal that gave 50 hours back and another tutor at work who may take them', async () => {
    const office = new TestClient(t.app);
    expect((await office.login('ufficio')).statusCode).toBe(200);
    const callId = await demoReturnedCallId(t.ctx.database.db);
    const register = (await office.get(`/api/appointments?callId=${callId}`)).json().items as Array<{
      id: string;
      status: string;
      hours: number;
      ending: { kind: string; hoursDone: number; hoursReturned: number } | null;
    }>;
    const ended = register.filter((a) => a.status === 'ended');
    const running = register.filter((a) => a.status === 'active');
    expect(ended).toHaveLength(1);
    expect(running).toHaveLength(1);
    expect(ended[0]?.ending).toMatchObject({ kind: 'withdrawal', hoursDone: 30, hoursReturned: 50 });
    const returned = (await office.get(`/api/appointments/${ended[0]?.id}/returned-hours`)).json();
    expect(returned).toMatchObject({
      returned: { hours: 50, amountCents: 75_000 },
      left: { hours: 50, amountCents: 75_000 },
      offer: null,
      assignable: true,
      assignments: [],
    });
    expect(returned.targets).toEqual([
      expect.objectContaining({ appointmentId: running[0]?.id, hours: 80, grossCents: 120_000 }),
    ]);
  });
});
