import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';

// The limits are the server's own, not the database's: one backend is enough.
const MB = 1024 * 1024;

describe('upload limits', () => {
  let t: TestApp;
  let student: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    // An attachment limit above the import limit: each route holds uploads to its own limit.
    t = await startTestApp('pglite', {
      env: { IMPORT_MAX_BYTES: String(MB), ATTACHMENT_MAX_BYTES: String(3 * MB) },
    });
    t.clock.set(romeToUtc('2026-03-02', '10:00:00'));
    const db = t.ctx.database.db;
    const call = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
    await insertStudent(db, { username: 'limits.test', academicYear: 2025, programmeType: 'LM' });
    student = new TestClient(t.app);
    await student.login('limits.test');
    applicationId = (await student.post('/api/applications', { callId: call.callId })).json().id;
  });
  afterAll(async () => t?.close());

  const upload = (size: number) => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9)]);
    const body = multipartBody({ code: 'id-document' }, [
      { name: 'doc.pdf', content, type: 'application/pdf' },
    ]);
    return student.request({
      method: 'POST',
      url: `/api/applications/${applicationId}/attachments`,
      ...body,
    });
  };

  it('accepts an attachment above the import limit but within its own', async () => {
    expect((await upload(2 * MB)).statusCode).toBe(201);
  });

  it('refuses an attachment above its own limit, naming that limit', async () => {
    const reply = await upload(3.5 * MB);
    expect(reply.statusCode).toBe(413);
    expect(reply.json()).toMatchObject({ kind: 'file-too-large' });
    expect(reply.json().title).toContain('(3 MB)');
  });
});
