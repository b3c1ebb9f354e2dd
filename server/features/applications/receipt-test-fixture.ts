import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { people } from '../../db/schema/index.ts';
import { type TestApp, TestClient } from '../../test/app.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';

/** A minimal PDF file the attachment upload accepts (its type is read from the first bytes). */
export const ATTACHMENT_BYTES = Buffer.from('%PDF-1.4\n% documento di identità di prova\n%%EOF\n');
export const ATTACHMENT_SHA256 = createHash('sha256').update(ATTACHMENT_BYTES).digest('hex');

/** A call open on 2 March 2026 until 12:00 Rome time, with two LM positions and a required identity document. */
export const insertReceiptCall = (t: TestApp) =>
  insertCall(t.ctx.database.db, {
    academicYear: 2025,
    opensAt: romeToUtc('2026-02-01', '09:00:00'),
    closesAt: romeToUtc('2026-03-02', '12:00:00'),
    positions: [['LM'], ['LM']],
    requiredAttachments: [
      {
        code: 'id-document',
        label: { it: 'Documento di identità', en: 'Identity document' },
        required: 'always',
      },
    ],
  });

let students = 0;

/** A new LM student, logged in, with a saved draft (both positions, second first) and its identity document. */
export const draftWithAttachment = async (
  t: TestApp,
  call: { callId: string; positionIds: string[] },
  options: { locale?: 'it' | 'en'; fiscalCode?: string; contactEmail?: string | null } = {},
) => {
  students += 1;
  const username = `receipt.${students}.${Math.random().toString(36).slice(2, 8)}`;
  const db = t.ctx.database.db;
  const personId = await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' });
  await db
    .update(people)
    .set({ locale: options.locale ?? 'it', fiscalCode: options.fiscalCode ?? null })
    .where(eq(people.id, personId));
  const client = new TestClient(t.app, `10.8.${Math.floor(students / 200)}.${students % 200}`);
  expect((await client.login(username)).statusCode).toBe(200);
  const created = await client.post('/api/applications', { callId: call.callId });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const saved = await client.request({
    method: 'PUT',
    url: `/api/applications/${id}`,
    payload: {
      positionIds: [call.positionIds[1], call.positionIds[0]],
      declaredTitles: { collaborations: ['Tutor di Analisi 1, a.a. 2024/25'] },
      contactEmail: options.contactEmail ?? null,
    },
  });
  expect(saved.statusCode).toBe(200);
  const upload = await client.request({
    method: 'POST',
    url: `/api/applications/${id}/attachments`,
    ...multipartBody({ code: 'id-document' }, [
      { name: 'carta-identità.pdf', content: ATTACHMENT_BYTES, type: 'application/pdf' },
    ]),
  });
  expect(upload.statusCode).toBe(201);
  return { client, id, personId, username, email: `${username}@studenti.poliba.it` };
};

export const confirmWithKey = (client: TestClient, id: string, key: string) =>
  client.post(`/api/applications/${id}/confirm`, undefined, { 'idempotency-key': key });
