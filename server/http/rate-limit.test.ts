import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../domain/calendar/rome-time.ts';
import { buildApp } from '../app.ts';
import { localAccounts, people } from '../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { testBackends } from '../test/database.ts';
import { insertCall, insertStudent } from '../test/factories/calls.ts';
import type { App } from './app-types.ts';

describe.each(testBackends())('per-candidate rate limits on %s', (backend) => {
  let t: TestApp;
  /** A second instance on the same database: the budget is the candidate's, not the instance's. */
  let second: App;
  let call: { callId: string; positionIds: string[] };
  let students = 0;

  const newStudent = async (app: App = t.app) => {
    students += 1;
    const username = `limited.${students}`;
    await insertStudent(t.ctx.database.db, { username, academicYear: 2025, programmeType: 'LM' });
    const client = new TestClient(app, `10.9.8.${students}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return { client, username };
  };
  const saveDraft = (client: TestClient, id: string) =>
    client.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [call.positionIds[0]], declaredTitles: {}, contactEmail: null },
    });
  const startDraft = async (client: TestClient) => {
    const created = await client.post('/api/applications', { callId: call.callId });
    expect(created.statusCode).toBe(201);
    return created.json().id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(backend, {
      env: { RATE_LIMIT_CONFIRM_PER_MINUTE: '3', RATE_LIMIT_DRAFT_SAVE_PER_MINUTE: '4' },
    });
    // 11:00:05 Rome: every request of a case falls in the same minute unless the clock is moved.
    t.clock.set(romeToUtc('2026-03-02', '11:00:05'));
    second = await buildApp(t.ctx);
    await second.ready();
    call = await insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('one candidate hammering confirm gets 429 with Retry-After and the message in Italian, across two instances, while another is served', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:05'));
    const hammer = await newStudent();
    const sameOnSecond = new TestClient(second, '10.9.8.200');
    const id = await startDraft(hammer.client);
    expect((await saveDraft(hammer.client, id)).statusCode).toBe(200);
    // The same person on the other instance (a second login, a second session): the budget is shared.
    expect((await sameOnSecond.login(hammer.username)).statusCode).toBe(200);
    const key = { 'idempotency-key': 'hammer-key-0001' };
    const first = await hammer.client.post(`/api/applications/${id}/confirm`, undefined, key);
    expect(first.statusCode).toBe(200);
    expect((await sameOnSecond.post(`/api/applications/${id}/confirm`, undefined, key)).statusCode).toBe(200);
    expect((await hammer.client.post(`/api/applications/${id}/confirm`, undefined, key)).statusCode).toBe(
      200,
    );
    const refused = await sameOnSecond.post(`/api/applications/${id}/confirm`, undefined, key);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('55');
    expect(refused.json()).toMatchObject({ status: 429, kind: 'rate-limited' });
    expect(refused.json().title).toBe(
      'Troppe richieste di conferma in poco tempo. Riprova tra 55 secondi: se la domanda è stata confermata, trovi la ricevuta in «Le mie domande».',
    );
    expect((await hammer.client.post(`/api/applications/${id}/confirm`, undefined, key)).statusCode).toBe(
      429,
    );

    // Another candidate at the same moment: served as usual, on either instance.
    const other = await newStudent(second);
    const otherId = await startDraft(other.client);
    expect((await saveDraft(other.client, otherId)).statusCode).toBe(200);
    const confirmed = await other.client.post(`/api/applications/${otherId}/confirm`, undefined, {
      'idempotency-key': 'other-key-0001',
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().protocolNumber).toMatch(/^2026\/\d{6}$/);

    // The next minute the hammering candidate gets their receipt again.
    t.clock.set(romeToUtc('2026-03-02', '11:01:00'));
    const later = await hammer.client.post(`/api/applications/${id}/confirm`, undefined, key);
    expect(later.statusCode).toBe(200);
    expect(later.json().protocolNumber).toBe(first.json().protocolNumber);
  });

  it('draft saves are limited per candidate too, in the candidate’s language', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:10:30'));
    const saver = await newStudent();
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'en' })
      .where(eq(people.id, await personOf(saver.username)));
    expect((await saver.client.login(saver.username)).statusCode).toBe(200);
    const id = await startDraft(saver.client);
    for (let i = 0; i < 4; i += 1) expect((await saveDraft(saver.client, id)).statusCode).toBe(200);
    const refused = await saveDraft(saver.client, id);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.json().title).toBe('Too many saves in a short time. Try again in 30 seconds.');
    // Confirming has its own budget: the draft-save limit does not spill over.
    const confirmed = await saver.client.post(`/api/applications/${id}/confirm`, undefined, {
      'idempotency-key': 'saver-key-0001',
    });
    expect(confirmed.statusCode).toBe(200);
  });

  const personOf = async (username: string) => {
    const [row] = await t.ctx.database.db
      .select({ id: localAccounts.personId })
      .from(localAccounts)
      .where(eq(localAccounts.username, username));
    if (!row) throw new Error(`no person ${username}`);
    return row.id;
  };
});
