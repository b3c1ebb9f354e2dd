import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls } from '../../db/schema/index.ts';
import { DEMO_CALL_CODE } from '../../demo/call-poliba.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

describe.each(testBackends())("the committee's minutes on %s", (backend) => {
  let t: TestApp;
  let office: TestClient;
  let member: TestClient;
  let callId: string;

  const client = async (username: string) => {
    const c = new TestClient(t.app);
    expect((await c.login(username)).statusCode).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const [call] = await t.ctx.database.db
      .select({ id: calls.id, closesAt: calls.closesAt })
      .from(calls)
      .where(eq(calls.code, DEMO_CALL_CODE));
    callId = call?.id as string;
    const closesAt = call?.closesAt as Date;
    // The committee scores once the call has closed.
    t.clock.set(new Date(closesAt.getTime() + 60 * 60_000));
    office = await client('ufficio');
    member = await client('commissione');
  }, 120_000);
  afterAll(async () => t?.close());

  it('states the members, the sittings, every score with how it was obtained, and is the office’s to download', async () => {
    const declared = await member.post(`/api/committee/calls/${callId}/declaration`, {
      noConflict: true,
      statement: 'Nessun rapporto con i candidati.',
    });
    expect(declared.statusCode).toBe(200);
    const computed = await member.post(`/api/committee/calls/${callId}/scores/compute`);
    expect(computed.statusCode).toBe(200);
    const listed = (await member.get(`/api/committee/calls/${callId}/applications`)).json();
    const first = (listed.items ?? listed)[0] as { id: string; protocolNumber: string };
    const scored = await member.request({
      method: 'PUT',
      url: `/api/committee/calls/${callId}/applications/${first.id}/scores/representation`,
      payload: { points: '2,5', note: 'Rappresentante nel consiglio di dipartimento 2024-2026' },
    });
    expect(scored.statusCode).toBe(200);
    const committee = (await office.get(`/api/calls/${callId}/committee`)).json().committee;
    const present = committee.members.map((m: { personId: string }) => m.personId);
    const sitting = await office.post(`/api/calls/${callId}/committee/sessions`, {
      startedAt: '2026-03-16T09:00:00+01:00',
      endedAt: '2026-03-16T12:30:00+01:00',
      place: 'Aula Consiglio, Rettorato',
      present,
      notes: 'La commissione valuta le domande pervenute.',
    });
    expect(sitting.statusCode).toBe(201);

    const reply = await office.get(`/api/calls/${callId}/committee/minutes.pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    const text = pdfText(reply.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Verbale della commissione giudicatrice');
    expect(text).toContain(`Atto di nomina: ${committee.appointmentAct}`);
    for (const m of committee.members as Array<{ givenName: string; familyName: string }>)
      expect(text).toContain(`${m.givenName} ${m.familyName}`);
    expect(text).toContain('Presidente');
    expect(text).toMatch(/resa il \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    expect(text).toContain('Seduta del 16/03/2026 09:00, chiusa alle 12:30, Aula Consiglio, Rettorato');
    expect(text).toContain(`Domanda ${first.protocolNumber}`);
    expect(text).toContain('Rappresentante nel consiglio di dipartimento 2024-2026');
    expect(text).toContain('2,50');
    // Computed criteria carry their inputs and formula.
    expect(text).toMatch(/Media ponderata \d+,\d\d ×/);
  });

  it('is refused to students and committee members (403) and unknown calls are 404', async () => {
    const student = await client('studente');
    expect((await student.get(`/api/calls/${callId}/committee/minutes.pdf`)).statusCode).toBe(403);
    expect((await member.get(`/api/calls/${callId}/committee/minutes.pdf`)).statusCode).toBe(403);
    const unknown = await office.get('/api/calls/00000000-0000-4000-8000-000000000000/committee/minutes.pdf');
    expect(unknown.statusCode).toBe(404);
  });
});
