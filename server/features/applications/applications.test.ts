import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { applications, auditLog } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

describe.each(testBackends())('applications on %s', (backend) => {
  let t: TestApp;
  let anna: TestClient;
  let bruno: TestClient;
  let office: TestClient;
  let call: { callId: string; positionIds: string[] };
  const closesAt = romeToUtc('2026-03-02', '12:00:00');

  const draft = async (client: TestClient, positionIds: string[]) => {
    const created = await client.post('/api/applications', { callId: call.callId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const saved = await client.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: {
        positionIds,
        declaredTitles: { 'previous-collaborations': 'Tutor 2024' },
        contactEmail: null,
      },
    });
    expect(saved.statusCode).toBe(200);
    return id;
  };
  const confirm = (client: TestClient, id: string, key: string) =>
    client.post(`/api/applications/${id}/confirm`, undefined, { 'idempotency-key': key });

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    call = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt,
      positions: [['LM'], ['LM', 'PHD'], ['LM'], ['L']],
    });
    await insertStudent(db, { username: 'anna.test', academicYear: 2025, programmeType: 'LM' });
    await insertStudent(db, { username: 'bruno.test', academicYear: 2025, programmeType: 'LM' });
    anna = new TestClient(t.app, '10.9.0.1');
    bruno = new TestClient(t.app, '10.9.0.2');
    office = new TestClient(t.app, '10.9.0.3');
    expect((await anna.login('anna.test')).statusCode).toBe(200);
    expect((await bruno.login('bruno.test')).statusCode).toBe(200);
    expect((await office.login('ufficio')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('confirms at 11:59:59 of the closing day with a protocol number, and the same key returns the same receipt', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:59:59'));
    await anna.login('anna.test'); // a session idles out across the days the clock jumps
    const id = await draft(anna, [call.positionIds[1] as string, call.positionIds[0] as string]);
    const first = await confirm(anna, id, 'key-anna-0001');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'confirmed',
      positionIds: [call.positionIds[1], call.positionIds[0]],
    });
    expect(first.json().protocolNumber).toMatch(/^2026\/\d{6}$/);
    const again = await confirm(anna, id, 'key-anna-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json().protocolNumber).toBe(first.json().protocolNumber);
    const other = await confirm(anna, id, 'key-anna-0002');
    expect(other.statusCode).toBe(409);
    expect(other.json().kind).toBe('application-frozen');
    const edit = await anna.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [], declaredTitles: {}, contactEmail: null },
    });
    expect(edit.json().kind).toBe('application-frozen');
    const audits = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.filter((a) => a.event === 'application.confirmed')).toHaveLength(1);
  });

  it('two concurrent confirmations with the same key make one confirmation and one protocol number', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    await bruno.login('bruno.test');
    const id = await draft(bruno, [call.positionIds[0] as string]);
    const [a, b] = await Promise.all([
      confirm(bruno, id, 'key-bruno-0001'),
      confirm(bruno, id, 'key-bruno-0001'),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().protocolNumber).toBe(b.json().protocolNumber);
    const rows = await t.ctx.database.db.select().from(applications).where(eq(applications.id, id));
    expect(rows[0]?.protocolNumber).toBe(a.json().protocolNumber);
    const audits = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.filter((x) => x.event === 'application.confirmed')).toHaveLength(1);
  });

  it('refuses at 12:00:00 naming the closing time in Rome, and the draft survives', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    await anna.login('anna.test');
    const id = await draft(anna, [call.positionIds[0] as string]);
    t.clock.set(romeToUtc('2026-03-02', '12:00:00'));
    const late = await anna.request({
      method: 'POST',
      url: `/api/applications/${id}/confirm`,
      headers: { 'idempotency-key': 'key-anna-late', 'accept-language': 'it' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().kind).toBe('window-closed');
    expect(late.json().title).toContain('02/03/2026, 12:00:00');
    const kept = await anna.get(`/api/applications/${id}`);
    expect(kept.json()).toMatchObject({ status: 'draft', protocolNumber: null });
  });

  it('refuses more positions than allowed and an ineligible position, changing nothing', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    await anna.login('anna.test');
    const three = await draft(anna, call.positionIds.slice(0, 3));
    const tooMany = await confirm(anna, three, 'key-anna-many');
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ kind: 'too-many-positions' });
    const bachelor = await draft(anna, [call.positionIds[3] as string]);
    const refused = await confirm(anna, bachelor, 'key-anna-bachelor');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().kind).toBe('not-eligible');
    for (const id of [three, bachelor])
      expect((await anna.get(`/api/applications/${id}`)).json().status).toBe('draft');
  });

  it("another student's application is not found, and the office cannot write", async () => {
    await office.login('ufficio');
    const id = await draft(anna, [call.positionIds[0] as string]);
    expect((await bruno.get(`/api/applications/${id}`)).statusCode).toBe(404);
    expect((await confirm(bruno, id, 'key-bruno-steal')).statusCode).toBe(404);
    expect((await office.post('/api/applications', { callId: call.callId })).statusCode).toBe(403);
    expect((await confirm(office, id, 'key-office-0001')).statusCode).toBe(403);
  });

  it('requires the Idempotency-Key header', async () => {
    const id = await draft(anna, [call.positionIds[0] as string]);
    expect((await anna.post(`/api/applications/${id}/confirm`)).statusCode).toBe(400);
  });
});
