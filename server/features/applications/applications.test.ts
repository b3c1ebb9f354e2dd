import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { applications, auditLog } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';

describe.each(testBackends())('applications on %s', (backend) => {
  let t: TestApp;
  let anna: TestClient;
  let bruno: TestClient;
  let office: TestClient;
  let call: { callId: string; positionIds: string[] };
  let callWithId: { callId: string; positionIds: string[] };
  const closesAt = romeToUtc('2026-03-02', '12:00:00');

  let students = 0;
  /** A fresh LM student, logged in: one live application per call and student, so each case has its own. */
  const newStudent = async (programmeType: 'LM' | 'L' = 'LM') => {
    students += 1;
    const username = `student.${students}`;
    await insertStudent(t.ctx.database.db, { username, academicYear: 2025, programmeType });
    const client = new TestClient(t.app, `10.9.1.${students}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const draft = async (client: TestClient, positionIds: string[], callId = call.callId) => {
    const created = await client.post('/api/applications', { callId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const saved = await client.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds, declaredTitles: { collaborations: ['Tutor 2024'] }, contactEmail: null },
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
    callWithId = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt,
      positions: [['LM']],
      requiredAttachments: [
        { code: 'id-document', label: { it: 'Documento', en: 'ID' }, required: 'always' },
      ],
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
    const carla = await newStudent();
    const id = await draft(carla, [call.positionIds[0] as string]);
    t.clock.set(romeToUtc('2026-03-02', '12:00:00'));
    await carla.login(`student.${students}`);
    const late = await carla.request({
      method: 'POST',
      url: `/api/applications/${id}/confirm`,
      headers: { 'idempotency-key': 'key-anna-late', 'accept-language': 'it' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().kind).toBe('window-closed');
    expect(late.json().title).toContain('02/03/2026, 12:00:00');
    const kept = await carla.get(`/api/applications/${id}`);
    expect(kept.json()).toMatchObject({ status: 'draft', protocolNumber: null });
  });

  it('refuses more positions than allowed and an ineligible position, changing nothing', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    const dario = await newStudent();
    const id = await draft(dario, call.positionIds.slice(0, 3));
    const tooMany = await confirm(dario, id, 'key-dario-many');
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ kind: 'too-many-positions' });
    const bachelor = await dario.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [call.positionIds[3]], declaredTitles: {}, contactEmail: null },
    });
    expect(bachelor.statusCode).toBe(200);
    const refused = await confirm(dario, id, 'key-dario-bachelor');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().kind).toBe('not-eligible');
    expect((await dario.get(`/api/applications/${id}`)).json().status).toBe('draft');
  });

  it("another student's application is not found, and the office cannot write", async () => {
    await office.login('ufficio');
    const elena = await newStudent();
    const id = await draft(elena, [call.positionIds[0] as string]);
    expect((await bruno.get(`/api/applications/${id}`)).statusCode).toBe(404);
    expect((await confirm(bruno, id, 'key-bruno-steal')).statusCode).toBe(404);
    expect((await office.post('/api/applications', { callId: call.callId })).statusCode).toBe(403);
    expect((await confirm(office, id, 'key-office-0001')).statusCode).toBe(403);
    expect((await elena.post(`/api/applications/${id}/confirm`)).statusCode).toBe(400); // no Idempotency-Key
  });

  const upload = (
    client: TestClient,
    id: string,
    name: string,
    content: Buffer,
    type = 'application/pdf',
  ) => {
    const body = multipartBody({ code: 'id-document' }, [{ name, content, type }]);
    return client.request({ method: 'POST', url: `/api/applications/${id}/attachments`, ...body });
  };
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('a required attachment is needed; types are read from the bytes; too large is refused', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    await anna.login('anna.test');
    const created = await anna.post('/api/applications', { callId: callWithId.callId });
    const id = created.json().id as string;
    await anna.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: callWithId.positionIds, declaredTitles: {}, contactEmail: null },
    });
    const missing = await confirm(anna, id, 'key-anna-missing');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().kind).toBe('missing-attachment');
    const exe = await upload(anna, id, 'documento.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().kind).toBe('unsupported-file-type');
    const big = await upload(
      anna,
      id,
      'big.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    const png = await upload(anna, id, 'documento.pdf', PNG);
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({
      contentType: 'image/png',
      fileName: 'documento.pdf',
      sizeBytes: PNG.length,
    });
    expect(png.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const removed = await anna.request({
      method: 'DELETE',
      url: `/api/applications/${id}/attachments/${png.json().id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await confirm(anna, id, 'key-anna-missing2')).json().kind).toBe('missing-attachment');
    const pdf = await upload(anna, id, 'documento.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect(pdf.json().contentType).toBe('application/pdf');
    const ok = await confirm(anna, id, 'key-anna-attached');
    expect(ok.statusCode).toBe(200);
    const late = await upload(anna, id, 'altro.pdf', Buffer.from('%PDF-1.7\n'));
    expect(late.json().kind).toBe('application-frozen');
  });

  it('withdraws before the deadline and the student may start again; not after it', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    const franco = await newStudent();
    const id = await draft(franco, [call.positionIds[2] as string]);
    expect((await confirm(franco, id, 'key-franco-w1')).statusCode).toBe(200);
    const withdrawn = await franco.post(`/api/applications/${id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const again = await draft(franco, [call.positionIds[2] as string]);
    expect((await confirm(franco, again, 'key-franco-w2')).statusCode).toBe(200);
    const mine = (await franco.get('/api/applications')).json().items;
    expect(mine.map((a: { status: string }) => a.status).sort()).toEqual(['confirmed', 'withdrawn']);
    t.clock.set(romeToUtc('2026-03-02', '12:00:00'));
    await franco.login(`student.${students}`);
    const late = await franco.post(`/api/applications/${again}/withdraw`);
    expect(late.json().kind).toBe('window-closed');
  });

  it("lists the open calls with eligibility per position and the reasons in the user's language (Italian by default)", async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    await anna.login('anna.test');
    const response = await anna.get('/api/applications/calls');
    expect(response.statusCode).toBe(200);
    const listed = response.json().find((c: { id: string }) => c.id === call.callId);
    expect(listed.maxPositionsPerCandidate).toBe(2);
    expect(listed.positions.map((p: { eligible: boolean }) => p.eligible)).toEqual([true, true, true, false]);
    expect(listed.positions[3].reasons[0]).toMatchObject({ code: 'programme-type-not-admitted' });
    expect(listed.positions[3].reasons[0].message).toContain('il tuo tipo di corso (LM) non è ammesso');
    expect(listed.myApplication).toMatchObject({ status: 'confirmed' });
    expect(listed.myApplication.protocolNumber).toMatch(/^2026\/\d{6}$/);
    expect(listed.positions[0]).toMatchObject({ grants: 2, hoursPerGrant: 50, amountPerGrantCents: 100_000 });
    expect(listed.positions[0].unitName).toBeTruthy();
    // The Bari master's rubric: the committee criteria are the titles an LM candidate declares.
    expect(listed.titleCriteria.map((c: { id: string }) => c.id)).toEqual([
      'collaborations',
      'representation',
      'exchange',
      'certificates',
    ]);
    t.clock.set(romeToUtc('2026-03-02', '12:00:00'));
    await anna.login('anna.test');
    const after = await anna.get('/api/applications/calls');
    expect(after.json().find((c: { id: string }) => c.id === call.callId)).toBeUndefined();
  });

  it('one live application per call: a second start returns the draft, and after confirming it is refused', async () => {
    t.clock.set(romeToUtc('2026-03-02', '10:00:00'));
    const gino = await newStudent();
    const [a, b] = await Promise.all([
      gino.post('/api/applications', { callId: call.callId }),
      gino.post('/api/applications', { callId: call.callId }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    const id = a.json().id as string;
    await gino.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [call.positionIds[0]], declaredTitles: {}, contactEmail: null },
    });
    expect((await confirm(gino, id, 'key-gino-0001')).statusCode).toBe(200);
    const second = await gino.request({
      method: 'POST',
      url: '/api/applications',
      payload: { callId: call.callId },
      headers: { 'accept-language': 'it' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().kind).toBe('already-applied');
    expect(second.json().title).toContain('ritira prima');
    const rows = await t.ctx.database.db
      .select()
      .from(applications)
      .where(eq(applications.callId, call.callId));
    expect(rows.filter((row) => row.studentId === rows.find((r) => r.id === id)?.studentId)).toHaveLength(1);
  });

  it('names every field at fault in a draft, in the user language, and keeps the saved draft', async () => {
    t.clock.set(romeToUtc('2026-03-02', '10:00:00'));
    const ugo = await newStudent();
    const id = await draft(ugo, [call.positionIds[0] as string]);
    const bad = await ugo.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      headers: { 'accept-language': 'it' },
      payload: {
        positionIds: [call.positionIds[0], callWithId.positionIds[0]],
        declaredTitles: { collaborations: true, sport: ['calcio'], certificates: ['B2'] },
        contactEmail: 'ugo@gmail.com',
      },
    });
    expect(bad.statusCode).toBe(400);
    const issues = bad.json().issues as Array<{ field: string; code: string; message: string }>;
    expect(issues.map((i) => i.field)).toEqual([
      'positionIds.1',
      'declaredTitles.collaborations',
      'declaredTitles.sport',
      'contactEmail',
    ]);
    expect(issues[0]?.message).toContain('non appartiene a questo bando');
    expect(issues[3]?.message).toContain('poliba.it');
    const malformed = await ugo.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      headers: { 'accept-language': 'it' },
      payload: { positionIds: [], declaredTitles: { collaborations: [''] }, contactEmail: 'giulia' },
    });
    expect(malformed.statusCode).toBe(400);
    const formats = malformed.json().issues as Array<{ field: string; code: string; message: string }>;
    expect(formats.map((i) => [i.field, i.code])).toEqual([
      ['declaredTitles.collaborations.0', 'too_small'],
      ['contactEmail', 'invalid_format'],
    ]);
    expect(formats[1]?.message).not.toBe('Input non valido');
    const kept = (await ugo.get(`/api/applications/${id}`)).json();
    expect(kept).toMatchObject({
      positionIds: [call.positionIds[0]],
      declaredTitles: { collaborations: ['Tutor 2024'] },
    });
    const good = await ugo.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: {
        positionIds: [call.positionIds[0]],
        declaredTitles: { collaborations: [], certificates: ['English B2'] },
        contactEmail: 'u.go@studenti.poliba.it',
      },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().contactEmail).toBe('u.go@studenti.poliba.it');
  });
});
