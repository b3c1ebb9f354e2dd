import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import {
  ATTACHMENT_SHA256,
  confirmWithKey,
  draftWithAttachment,
  insertReceiptCall,
} from './receipt-test-fixture.ts';

/** pdftotext -layout spreads table cells with runs of spaces; one space is enough to read them back. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

describe.each(testBackends())('application receipt PDF on %s', (backend) => {
  let t: TestApp;
  let call: { callId: string; positionIds: string[] };

  beforeAll(async () => {
    t = await startTestApp(backend);
    call = await insertReceiptCall(t);
  });
  afterAll(async () => t?.close());

  it('states the protocol number, the Rome time to the second, positions by preference and the sha256', async () => {
    t.clock.set(romeToUtc('2026-03-02', '11:59:59'));
    const { client, id, username } = await draftWithAttachment(t, call, { fiscalCode: 'RSSMRA00A41A662X' });
    const confirmed = await confirmWithKey(client, id, 'receipt-key-0001');
    expect(confirmed.statusCode).toBe(200);
    const protocol = confirmed.json().protocolNumber as string;

    const reply = await client.get(`/api/applications/${id}/receipt.pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="ricevuta-${protocol.replace('/', '-')}.pdf"`,
    );
    const text = squeeze(pdfText(reply.rawPayload));
    expect(text).toContain('Ricevuta di presentazione della domanda');
    expect(text).toContain('Politecnico di Bari');
    expect(text).toContain(`Numero di protocollo: ${protocol}`);
    // 10:59:59 UTC is 11:59:59 in Rome in March (CET).
    expect(text).toContain('Confermata il: 02/03/2026 11:59:59 (ora di Roma)');
    expect(text).toContain('Bando di prova');
    expect(text).toContain(`Test ${username}`);
    expect(text).toContain('Codice fiscale: RSSMRA00A41A662X');
    expect(text).toMatch(/Matricola: T[0-9a-f]{7}/);
    expect(text).toContain(`Email di contatto: ${username}@studenti.poliba.it`);
    // Positions in the order of preference: the second position of the call was chosen first.
    expect(text).toMatch(/1 Tutorato 2 .* 50 1\.000,00 €/);
    expect(text).toMatch(/2 Tutorato 1 .* 50 1\.000,00 €/);
    expect(text.indexOf('1 Tutorato 2')).toBeLessThan(text.indexOf('2 Tutorato 1'));
    expect(text).toContain('Tutor di Analisi 1, a.a. 2024/25');
    expect(text).toContain('carta-identità.pdf');
    expect(text).toContain('tipo: application/pdf');
    expect(text).toContain(`SHA-256: ${ATTACHMENT_SHA256}`);
    expect(text).toContain('La domanda è confermata ed è definitiva');
  });

  it("is in the student's language: English for a student who chose it", async () => {
    t.clock.set(romeToUtc('2026-03-02', '09:30:05'));
    const { client, id } = await draftWithAttachment(t, call, { locale: 'en' });
    const confirmed = await confirmWithKey(client, id, 'receipt-key-0002');
    expect(confirmed.statusCode).toBe(200);
    const text = squeeze(pdfText((await client.get(`/api/applications/${id}/receipt.pdf`)).rawPayload));
    expect(text).toContain('Receipt of application');
    expect(text).toContain(`Protocol number: ${confirmed.json().protocolNumber}`);
    expect(text).toContain('Confirmed on: 02/03/2026 09:30:05 (Rome time)');
    expect(text).toContain('€1,000.00');
    expect(text).toContain('The application is confirmed and final');
  });

  it("is 404 for another student's application and 409 with a clear message for a draft", async () => {
    t.clock.set(romeToUtc('2026-03-02', '10:00:00'));
    const first = await draftWithAttachment(t, call);
    expect((await confirmWithKey(first.client, first.id, 'receipt-key-0003')).statusCode).toBe(200);
    const other = await draftWithAttachment(t, call);
    const stranger = await other.client.get(`/api/applications/${first.id}/receipt.pdf`);
    expect(stranger.statusCode).toBe(404);
    const draft = await other.client.get(`/api/applications/${other.id}/receipt.pdf`, {
      'accept-language': 'it',
    });
    expect(draft.statusCode).toBe(409);
    expect(draft.json()).toMatchObject({ kind: 'application-not-confirmed' });
    expect(draft.json().title).toContain('non è ancora confermata');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/applications/${first.id}/receipt.pdf` });
    expect(anonymous.statusCode).toBe(401);
  });
});
