import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeRankingAppeals } from '../../../api/committee-appeals.ts';
import {
  appeals,
  applications,
  auditLog,
  calls,
  committeeMembers,
  people,
  rankings,
  roleAssignments,
} from '../../db/schema/index.ts';
import {
  DEMO_APPEAL_CALL_CODE,
  DEMO_APPEAL_FILE,
  DEMO_APPEAL_REASON,
  demoAppealRankingId,
} from '../../demo/call-appeal.ts';
import { DEMO_CALL_CODE } from '../../demo/call-poliba.ts';
import { demoPersonByUsername } from '../../demo/seed.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { submitAppeal } from '../rankings/service.ts';

/*
 * The committee answers the appeals of its call (issue 4), on the demo call whose provisional ranking is in its
 * appeal window when the demo loads: the demo student's appeal with its PDF waits for the committee.
 */
describe.each(testBackends())('the committee answers appeals on %s', (backend) => {
  let t: TestApp;
  let callId: string;
  let bariId: string;
  let rankingId: string;
  let memberId: string;
  let studentId: string;
  let member: TestClient;

  const client = async (username: string) => {
    const c = new TestClient(t.app);
    expect((await c.login(username)).statusCode).toBe(200);
    return c;
  };
  const db = () => t.ctx.database.db;
  const setLocale = (personId: string, locale: 'it' | 'en') =>
    db().update(people).set({ locale }).where(eq(people.id, personId));
  const appealRow = async (id: string) => (await db().select().from(appeals).where(eq(appeals.id, id)))[0];
  /** Another candidate of the ranking appeals now (in the window), through the service a candidate's route uses. */
  const anotherAppeal = async (reason: string) => {
    const candidates = await db()
      .select({ id: applications.id, studentId: applications.studentId })
      .from(applications)
      .where(eq(applications.callId, callId));
    const target = candidates.find((c) => c.studentId !== studentId);
    if (!target) throw new Error('no other candidate');
    return submitAppeal(
      { ctx: t.ctx, actorId: target.studentId, locale: 'it' },
      target.studentId,
      target.id,
      {
        reason,
        rankingId,
        attachment: null,
      },
    );
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    const [call] = await db().select().from(calls).where(eq(calls.code, DEMO_APPEAL_CALL_CODE));
    const [bari] = await db().select().from(calls).where(eq(calls.code, DEMO_CALL_CODE));
    callId = call?.id ?? '';
    bariId = bari?.id ?? '';
    rankingId = (await demoAppealRankingId(db())) ?? '';
    memberId = (await demoPersonByUsername(db(), 'commissione')) ?? '';
    studentId = (await demoPersonByUsername(db(), 'studente')) ?? '';
    member = await client('commissione');
  }, 120_000);
  afterAll(async () => t?.close());

  it("lists the call's published ranking with the demo student's pending appeal, named as the committee sees applications", async () => {
    const mine = (await member.get('/api/committee/calls')).json();
    expect(mine).toEqual(
      expect.arrayContaining([expect.objectContaining({ callId, role: 'member', declared: true })]),
    );
    const reply = await member.get(`/api/committee/calls/${callId}/appeals`);
    expect(reply.statusCode, reply.body).toBe(200);
    const items = reply.json().items as CommitteeRankingAppeals[];
    expect(items.map((r) => r.id)).toEqual([rankingId]);
    const [ranking] = items;
    expect(ranking).toMatchObject({ status: 'provisional', appealWindowOpen: true, answering: true });
    expect(Date.parse(ranking?.appealsCloseAt ?? '')).toBeGreaterThan(t.clock.now().getTime());
    expect(ranking?.appeals).toHaveLength(1);
    const appeal = ranking?.appeals[0];
    const [application] = await db()
      .select()
      .from(applications)
      .where(and(eq(applications.callId, callId), eq(applications.studentId, studentId)));
    expect(appeal).toMatchObject({
      applicationId: application?.id,
      protocolNumber: application?.protocolNumber,
      givenName: 'Giulia',
      familyName: 'Lorusso',
      reason: DEMO_APPEAL_REASON,
      attachmentName: DEMO_APPEAL_FILE,
      attachmentType: 'application/pdf',
      status: 'submitted',
      answer: null,
    });
    // The same protocol number and name the member reads in the call's applications.
    const listed = (await member.get(`/api/committee/calls/${callId}/applications?pageSize=200`)).json()
      .items;
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: application?.id,
          protocolNumber: appeal?.protocolNumber,
          givenName: 'Giulia',
        }),
      ]),
    );

    const file = await member.get(`/api/committee/calls/${callId}/appeals/${appeal?.id}/attachment`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(DEMO_APPEAL_FILE);
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const viewed = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'attachment.viewed'), eq(auditLog.entityId, appeal?.id ?? '')));
    expect(viewed.map((a) => a.actorId)).toEqual([memberId]);

    // The office reads the same file from the ranking's appeals, recorded as well; a student cannot.
    const office = await client('ufficio');
    const officeFile = await office.get(`/api/rankings/${rankingId}/appeals/${appeal?.id}/attachment`);
    expect(officeFile.statusCode).toBe(200);
    expect(officeFile.headers['content-type']).toBe('application/pdf');
    expect(officeFile.rawPayload.equals(file.rawPayload)).toBe(true);
    const officeId = (await demoPersonByUsername(db(), 'ufficio')) ?? '';
    const viewedAgain = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'attachment.viewed'), eq(auditLog.entityId, appeal?.id ?? '')));
    expect(viewedAgain.map((a) => a.actorId).sort()).toEqual([memberId, officeId].sort());
    const elsewhere = await office.get(
      `/api/rankings/${crypto.randomUUID()}/appeals/${appeal?.id}/attachment`,
    );
    expect(elsewhere.statusCode).toBe(404);
    const student = await client('studente');
    expect(
      (await student.get(`/api/rankings/${rankingId}/appeals/${appeal?.id}/attachment`)).statusCode,
    ).toBe(403);
  });

  it('keeps out students, the office, members of other committees and a member who has not declared', async () => {
    const [appeal] = await db().select().from(appeals).where(eq(appeals.rankingId, rankingId));
    const base = `/api/committee/calls/${callId}/appeals`;
    const answer = { accepted: false, answer: 'Respinta.' };
    const student = await client('studente');
    expect((await student.get(base)).statusCode).toBe(403);
    const office = await client('ufficio');
    expect((await office.get(base)).statusCode).toBe(403);
    expect((await office.post(`${base}/${appeal?.id}/answer`, answer)).statusCode).toBe(403);

    // A member of another call's committee: this call's work is not theirs to know about.
    const referente = (await demoPersonByUsername(db(), 'referente')) ?? '';
    await db()
      .insert(roleAssignments)
      .values({ personId: referente, role: 'committee-member', callId: bariId });
    const stranger = await client('referente');
    const hidden = await stranger.get(base);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().kind).toBe('not-found');
    expect((await stranger.get(`${base}/${appeal?.id}/attachment`)).statusCode).toBe(404);
    expect((await stranger.post(`${base}/${appeal?.id}/answer`, answer)).statusCode).toBe(404);

    // The member before declaring no conflict: told to declare first, in their language; nothing is answered.
    const rows = await db().select().from(committeeMembers).where(eq(committeeMembers.personId, memberId));
    const mineRow = rows.find((r) => r.conflictDeclaredAt !== null);
    await db()
      .update(committeeMembers)
      .set({ conflictDeclaredAt: null })
      .where(
        and(
          eq(committeeMembers.committeeId, mineRow?.committeeId ?? ''),
          eq(committeeMembers.personId, memberId),
        ),
      );
    try {
      const refused = await member.get(base);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().kind).toBe('conflict-not-declared');
      expect(refused.json().title).toContain('conflitto di interessi');
      expect((await member.get(`${base}/${appeal?.id}/attachment`)).statusCode).toBe(403);
      await setLocale(memberId, 'en');
      const english = await member.post(`${base}/${appeal?.id}/answer`, answer);
      expect(english.statusCode).toBe(403);
      expect(english.json().title).toContain('no conflict of interest');
    } finally {
      await setLocale(memberId, 'it');
      await db()
        .update(committeeMembers)
        .set({ conflictDeclaredAt: mineRow?.conflictDeclaredAt ?? null })
        .where(
          and(
            eq(committeeMembers.committeeId, mineRow?.committeeId ?? ''),
            eq(committeeMembers.personId, memberId),
          ),
        );
    }
    expect((await appealRow(appeal?.id ?? ''))?.status).toBe('submitted');
  });

  it('refuses an answer without reasons or a decision at the field, and an appeal that is not the call’s', async () => {
    const [appeal] = await db().select().from(appeals).where(eq(appeals.rankingId, rankingId));
    const base = `/api/committee/calls/${callId}/appeals`;
    const blank = await member.post(`${base}/${appeal?.id}/answer`, { accepted: true, answer: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues.map((i: { field: string }) => i.field)).toEqual(['answer']);
    const undecided = await member.post(`${base}/${appeal?.id}/answer`, { answer: 'Accolta.' });
    expect(undecided.statusCode).toBe(400);
    expect(undecided.json().issues.map((i: { field: string }) => i.field)).toEqual(['accepted']);
    // The appeal asked under another call (the member's Bari call, where they have not declared yet) or unknown.
    const unknown = await member.post(`${base}/00000000-0000-4000-8000-000000000000/answer`, {
      accepted: true,
      answer: 'x',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await appealRow(appeal?.id ?? ''))?.status).toBe('submitted');
  });

  it('refuses an answer once the ranking is definitive, in the member’s language, nothing changed', async () => {
    const [appeal] = await db().select().from(appeals).where(eq(appeals.rankingId, rankingId));
    const url = `/api/committee/calls/${callId}/appeals/${appeal?.id}/answer`;
    await db().update(rankings).set({ status: 'definitive' }).where(eq(rankings.id, rankingId));
    try {
      const late = await member.post(url, { accepted: true, answer: 'Accolta.' });
      expect(late.statusCode).toBe(409);
      expect(late.json().kind).toBe('ranking-transition-refused');
      expect(late.json().title).toBe(
        'Non è possibile rispondere alla segnalazione: la graduatoria non è nello stato che lo consente.',
      );
      await setLocale(memberId, 'en');
      const english = await member.post(url, { accepted: true, answer: 'Accolta.' });
      expect(english.json().title).toBe(
        'You cannot answer the appeal: the ranking is not in a state that allows it.',
      );
    } finally {
      await setLocale(memberId, 'it');
      await db().update(rankings).set({ status: 'provisional' }).where(eq(rankings.id, rankingId));
    }
    const after = await appealRow(appeal?.id ?? '');
    expect(after).toMatchObject({ status: 'submitted', answer: null, answeredBy: null });
    const listed = (await member.get(`/api/committee/calls/${callId}/appeals`)).json().items[0];
    expect(listed.answering).toBe(true);
  });

  it('records the member’s answer with them as its author, once; the candidate reads it; the office still answers', async () => {
    const [appeal] = await db().select().from(appeals).where(eq(appeals.rankingId, rankingId));
    const url = `/api/committee/calls/${callId}/appeals/${appeal?.id}/answer`;
    const text =
      'Accolta: la collaborazione documentata vale i punti del criterio; la commissione corregge il punteggio.';
    const answered = await member.post(url, { accepted: true, answer: `  ${text} ` });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      id: appeal?.id,
      status: 'accepted',
      answer: text,
      answeredAt: t.clock.now().toISOString(),
      givenName: 'Giulia',
      familyName: 'Lorusso',
    });
    expect(await appealRow(appeal?.id ?? '')).toMatchObject({ status: 'accepted', answeredBy: memberId });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'appeal.answered'), eq(auditLog.entityId, appeal?.id ?? '')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: memberId,
      reason: text,
      data: { rankingId, accepted: true, committeeRole: 'member' },
    });

    const twice = await member.post(url, { accepted: false, answer: 'Respinta.' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toContain('già stata data una risposta');
    expect((await appealRow(appeal?.id ?? ''))?.status).toBe('accepted');

    const student = await client('studente');
    const own = await student.get(`/api/applications/${appeal?.applicationId}/appeals`);
    expect(own.json().items).toEqual([expect.objectContaining({ status: 'accepted', answer: text })]);

    // The office keeps its own path for another candidate's appeal.
    const other = await anotherAppeal('Il mio voto di laurea è 110, non 105.');
    const office = await client('ufficio');
    const byOffice = await office.post(`/api/rankings/${rankingId}/appeals/${other.id}/answer`, {
      accepted: false,
      answer: 'Respinta: il voto registrato è quello della carriera.',
    });
    expect(byOffice.statusCode).toBe(200);
    const listed = (await member.get(`/api/committee/calls/${callId}/appeals`)).json().items[0];
    expect(listed.appeals.map((a: { status: string }) => a.status)).toEqual(['accepted', 'rejected']);
  });
});
