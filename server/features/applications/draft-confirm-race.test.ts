import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { applicationAttachments, applicationPositions } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';
import { ATTACHMENT_BYTES } from './receipt-test-fixture.ts';

/**
 * A draft saved (or an attachment added) in a second tab while the first one confirms: the change waits for the
 * application's row, which the confirmation holds, and then finds the application confirmed. It never alters a
 * confirmed application. The confirmation in progress is played by a transaction that locks the row as the
 * confirm step does and commits the confirmed status.
 */
describe.each(testBackends())('a draft change racing a confirmation on %s', (backend) => {
  let t: TestApp;
  let call: { callId: string; positionIds: string[] };

  beforeAll(async () => {
    t = await startTestApp(backend);
    t.clock.set(romeToUtc('2026-03-02', '11:00:00'));
    call = await insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM'], ['LM']],
    });
    await insertStudent(t.ctx.database.db, {
      username: 'race.test',
      academicYear: 2025,
      programmeType: 'LM',
    });
  });
  afterAll(async () => t?.close());

  it('waits for the confirmation and is refused as frozen, leaving the confirmed content as it was', async () => {
    const student = new TestClient(t.app, '10.9.11.1');
    expect((await student.login('race.test')).statusCode).toBe(200);
    const created = await student.post('/api/applications', { callId: call.callId });
    const id = created.json().id as string;
    const first = await student.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [call.positionIds[0]], declaredTitles: {}, contactEmail: null },
    });
    expect(first.statusCode).toBe(200);

    const db = t.ctx.database.db;
    let commit: () => void = () => undefined;
    const committing = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const confirmation = db.transaction(async (tx) => {
      await tx.execute(sql`select id from applications where id = ${id} for update`);
      locked();
      await committing;
      await tx.execute(
        sql`update applications set status = 'confirmed', protocol_number = '2026/999999', confirm_key = 'race' where id = ${id}`,
      );
    });
    await isLocked;
    const save = student.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: {
        positionIds: [call.positionIds[1]],
        declaredTitles: { collaborations: ['late'] },
        contactEmail: null,
      },
    });
    const upload = multipartBody({ code: 'id-document' }, [
      { name: 'doc.pdf', content: ATTACHMENT_BYTES, type: 'application/pdf' },
    ]);
    const attach = student.request({
      method: 'POST',
      url: `/api/applications/${id}/attachments`,
      headers: upload.headers,
      payload: upload.payload,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await confirmation;
    const [saved, attached] = await Promise.all([save, attach]);
    expect(saved.statusCode).toBe(409);
    expect(saved.json().kind).toBe('application-frozen');
    expect(attached.statusCode).toBe(409);
    expect(attached.json().kind).toBe('application-frozen');
    const positions = await db
      .select({ id: applicationPositions.positionId })
      .from(applicationPositions)
      .where(eq(applicationPositions.applicationId, id));
    expect(positions.map((p) => p.id)).toEqual([call.positionIds[0]]);
    const attachments = await db
      .select()
      .from(applicationAttachments)
      .where(eq(applicationAttachments.applicationId, id));
    expect(attachments).toHaveLength(0);
    const view = await student.get(`/api/applications/${id}`);
    expect(view.json()).toMatchObject({ status: 'confirmed', declaredTitles: {} });
  });
});
