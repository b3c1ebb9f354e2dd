import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import { POLIBA } from '../../../profiles/poliba.ts';
import {
  applicationPositions,
  applicationScores,
  applications,
  auditLog,
  calls,
  fundingAssignments,
  fundingCommitments,
  people,
} from '../../db/schema/index.ts';
import { pdfText } from '../../documents/pdf-text.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { multipartBody } from '../../test/multipart.ts';

interface Candidate {
  username: string;
  familyName: string;
  birthDate: string;
  totalHundredths: number;
  applicationId: string;
  protocolNumber: string;
  personId: string;
}

describe.each(testBackends())('rankings on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let anonymous: TestClient;
  let call: { callId: string; positionIds: string[] };
  const people_: Record<string, Candidate> = {};
  let rankingId = '';
  const rubric = POLIBA.profile.rubrics.map((r) => r.value).find((r) => r.candidateKinds.includes('master'));

  /** Spreads a total over the master's rubric, criterion by criterion up to each maximum, as the scoring path would store it. */
  const storeScores = async (applicationId: string, total: number) => {
    let left = total;
    for (const criterion of rubric?.criteria ?? []) {
      const points = Math.min(left, criterion.maxPoints * 100);
      left -= points;
      await t.ctx.database.db
        .insert(applicationScores)
        .values({
          applicationId,
          criterionId: criterion.id,
          pointsHundredths: points,
          source: criterion.assessedBy,
          note: 'test',
          scoredAt: t.clock.now(),
        })
        .onConflictDoUpdate({
          target: [applicationScores.applicationId, applicationScores.criterionId],
          set: { pointsHundredths: points },
        });
    }
  };

  const addCandidate = async (
    key: string,
    birthDate: string,
    totalHundredths: number,
    n: number,
    target: { callId: string; positionIds: string[] } = call,
  ) => {
    const db = t.ctx.database.db;
    const username = `rank.${key}`;
    const personId = await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' });
    const familyName = `Cognome${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    await db.update(people).set({ birthDate, familyName }).where(eq(people.id, personId));
    const protocolNumber = `2026/${String(900 + n).padStart(6, '0')}`;
    const [application] = await db
      .insert(applications)
      .values({
        callId: target.callId,
        studentId: personId,
        status: 'confirmed',
        declaredTitles: {},
        protocolNumber,
        confirmedAt: romeToUtc('2026-03-01', '10:00:00'),
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('no application');
    await db
      .insert(applicationPositions)
      .values({ applicationId: application.id, positionId: target.positionIds[0] as string, preference: 1 });
    await storeScores(application.id, totalHundredths);
    people_[key] = {
      username,
      familyName,
      birthDate,
      totalHundredths,
      applicationId: application.id,
      protocolNumber,
      personId,
    };
  };
  const student = async (key: string) => {
    const client = new TestClient(t.app, `10.8.0.${Object.keys(people_).indexOf(key) + 10}`);
    expect((await client.login(people_[key]?.username as string)).statusCode).toBe(200);
    return client;
  };
  const id = (key: string) => people_[key]?.applicationId as string;

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    call = await insertCall(db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
    const [funding] = await db
      .insert(fundingAssignments)
      .values({ source: 'ministry', title: 'FGP 2025', year: 2025, amountCents: 10_000_000 })
      .returning({ id: fundingAssignments.id });
    await db
      .update(calls)
      .set({ fundingAssignmentId: funding?.id as string })
      .where(eq(calls.id, call.callId));
    // Two grants. anna 30,00; bruno 29,00 born 2002 and carla 29,00 born 2000 (Bari: the younger first);
    // dario 25,00; elena and fabio 20,00 born the same day with the same career points: a tie no rule breaks.
    await addCandidate('anna', '2001-01-01', 3000, 1);
    await addCandidate('carla', '2000-06-01', 2900, 2);
    await addCandidate('bruno', '2002-06-01', 2900, 3);
    await addCandidate('dario', '2001-03-03', 2500, 4);
    await addCandidate('elena', '2001-07-07', 2000, 5);
    await addCandidate('fabio', '2001-07-07', 2000, 6);
    await insertStudent(db, { username: 'rank.outsider', academicYear: 2025, programmeType: 'LM' });
    office = new TestClient(t.app, '10.8.0.1');
    anonymous = new TestClient(t.app, '10.8.0.2');
    t.clock.set(romeToUtc('2026-04-20', '10:00:00'));
    expect((await office.login('ufficio')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('refuses to compute rankings while the call is still open (409), writing nothing', async () => {
    const closesAt = romeToUtc('2026-03-02', '12:00:00');
    await t.ctx.database.db
      .update(calls)
      .set({ closesAt: romeToUtc('2026-04-21', '12:00:00') })
      .where(eq(calls.id, call.callId));
    try {
      const reply = await office.post(`/api/calls/${call.callId}/rankings/compute`);
      expect(reply.statusCode).toBe(409);
      expect(reply.json()).toMatchObject({
        kind: 'call-still-open',
        title:
          'Il bando chiude il 21/04/2026 alle 12:00 (ora di Roma); la commissione lavora sulle domande solo dopo la chiusura.',
      });
      expect((await office.get(`/api/calls/${call.callId}/rankings`)).json().items).toEqual([]);
    } finally {
      await t.ctx.database.db.update(calls).set({ closesAt }).where(eq(calls.id, call.callId));
    }
  });

  it('computes the ranking from the stored scores: younger first on equal totals, an exact tie reported, winners by place', async () => {
    const reply = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    expect(reply.statusCode).toBe(200);
    const [ranking] = reply.json().items;
    rankingId = ranking.id;
    expect(ranking.status).toBe('draft');
    const order = ranking.entries.map((e: { applicationId: string; place: number }) => [
      e.applicationId,
      e.place,
    ]);
    expect(order).toEqual([
      [id('anna'), 1],
      [id('bruno'), 2],
      [id('carla'), 3],
      [id('dario'), 4],
      [id('elena'), 5],
      [id('fabio'), 5],
    ]);
    const byId = new Map(ranking.entries.map((e: { applicationId: string }) => [e.applicationId, e]));
    expect(byId.get(id('carla'))).toMatchObject({ detail: { decidedBy: 'younger-first' }, total: '29,00' });
    expect(byId.get(id('anna'))).toMatchObject({ outcome: 'winner', positionId: call.positionIds[0] });
    expect(byId.get(id('bruno'))).toMatchObject({ outcome: 'winner' });
    expect(byId.get(id('carla'))).toMatchObject({ outcome: 'eligible', positionId: null });
    expect(ranking.tieGroups).toEqual([
      { tieGroup: 1, place: 5, applicationIds: [id('elena'), id('fabio')], decisive: false },
    ]);
    // Computing again gives the same ranking, with the tie still shown.
    const again = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    expect(again.json().items[0].tieGroups).toHaveLength(1);
    expect(again.json().items[0].version).toBe(2);
  });

  it('orders a tie only by the office’s recorded resolution, audited', async () => {
    const wrong = await office.post(`/api/rankings/${rankingId}/tie-resolutions`, {
      applicationIds: [id('fabio'), id('dario')],
      note: 'sorteggio',
    });
    expect(wrong.statusCode).toBe(409);
    const reply = await office.post(`/api/rankings/${rankingId}/tie-resolutions`, {
      applicationIds: [id('fabio'), id('elena')],
      note: 'Sorteggio pubblico del 20/04/2026',
    });
    expect(reply.statusCode).toBe(200);
    const places = reply
      .json()
      .entries.map((e: { applicationId: string; place: number; tieGroup: number | null }) => [
        e.applicationId,
        e.place,
        e.tieGroup,
      ]);
    expect(places.slice(4)).toEqual([
      [id('fabio'), 5, null],
      [id('elena'), 6, null],
    ]);
    expect(reply.json().tieGroups).toEqual([]);
    // The resolution survives a new computation.
    const again = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    expect(again.json().items[0].entries[4].applicationId).toBe(id('fabio'));
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, rankingId), eq(auditLog.event, 'tie.resolved')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.reason).toBe('Sorteggio pubblico del 20/04/2026');
  });

  it('keeps the office routes from a student and drafts from the public', async () => {
    const anna = await student('anna');
    expect((await anna.get(`/api/rankings/${rankingId}`)).statusCode).toBe(403);
    expect((await anna.post(`/api/calls/${call.callId}/rankings/compute`)).statusCode).toBe(403);
    expect((await anna.post(`/api/rankings/${rankingId}/publish`)).statusCode).toBe(403);
    expect((await anonymous.get(`/api/public/rankings/${rankingId}`)).statusCode).toBe(404);
  });

  it('publishes: the appeal window is 10 days by the Bari profile, to the end of the last day in Rome', async () => {
    t.clock.set(romeToUtc('2026-05-04', '10:00:00')); // Monday; the 10th day after is Thursday 14 May
    await office.login('ufficio');
    // A draft is the office's work in progress: the candidate sees no ranking yet.
    const before = await (await student('carla')).get(`/api/applications/${id('carla')}/rankings`);
    expect(before.statusCode).toBe(200);
    expect(before.json().items).toEqual([]);
    const reply = await office.post(`/api/rankings/${rankingId}/publish`);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({
      status: 'provisional',
      publishedAt: romeToUtc('2026-05-04', '10:00:00').toISOString(),
      appealsCloseAt: romeToUtc('2026-05-15', '00:00:00').toISOString(),
    });
    const twice = await office.post(`/api/rankings/${rankingId}/publish`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ kind: 'ranking-transition-refused' });
    // A provisional ranking is not computed again without an accepted appeal.
    const computed = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    expect(computed.json().items[0].version).toBe(reply.json().version);
    expect(computed.json().items[0].computedAt).toBe(reply.json().computedAt);
  });

  it('shows the public ranking and its PDF by protocol number, with no name or birth date', async () => {
    const list = await anonymous.get(`/api/public/rankings?callId=${call.callId}`);
    expect(list.statusCode).toBe(200);
    const [ranking] = list.json().items;
    expect(ranking.identifiedBy).toBe('protocol-number');
    expect(ranking.entries[0]).toEqual({
      place: 1,
      candidate: people_.anna?.protocolNumber,
      total: '30,00',
      outcome: 'winner',
      tieGroup: null,
    });
    const one = await anonymous.get(`/api/public/rankings/${rankingId}`);
    expect(one.statusCode).toBe(200);
    const pdf = await anonymous.get(`/api/public/rankings/${rankingId}/pdf`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(people_.anna?.protocolNumber);
    expect(text).toContain('29,00');
    for (const c of Object.values(people_)) {
      for (const body of [list.body, one.body, text]) {
        expect(body).not.toContain(c.familyName);
        expect(body).not.toContain(c.birthDate);
        expect(body).not.toContain(c.birthDate.split('-').reverse().join('/'));
        expect(body).not.toContain(c.personId);
      }
    }
    expect(list.body).not.toContain('Test');
  });

  it("shows a candidate their own place, score, outcome and appeal window; another's application is not found", async () => {
    const carla = await student('carla');
    const reply = await carla.get(`/api/applications/${id('carla')}/rankings`);
    expect(reply.statusCode).toBe(200);
    expect(reply.json().items).toEqual([
      expect.objectContaining({
        id: rankingId,
        status: 'provisional',
        place: 3,
        total: '29,00',
        outcome: 'eligible',
        tied: false,
        awaitingScores: false,
        appealWindowOpen: true,
        appealsCloseAt: romeToUtc('2026-05-15', '00:00:00').toISOString(),
        decreeNumber: null,
      }),
    ]);
    const appeals = await carla.get(`/api/applications/${id('carla')}/appeals`);
    expect(appeals.json().items).toEqual([]);
    // Nothing of any other candidate: no name, protocol number or application.
    for (const [key, c] of Object.entries(people_)) {
      if (key === 'carla') continue;
      for (const body of [reply.body, appeals.body]) {
        expect(body).not.toContain(c.familyName);
        expect(body).not.toContain(c.protocolNumber);
        expect(body).not.toContain(c.applicationId);
      }
    }
    const bruno = await student('bruno');
    expect((await bruno.get(`/api/applications/${id('carla')}/rankings`)).statusCode).toBe(404);
    expect((await bruno.get(`/api/applications/${id('carla')}/appeals`)).statusCode).toBe(404);
    expect((await office.get(`/api/applications/${id('carla')}/rankings`)).statusCode).toBe(403);
  });

  it('takes an appeal within the window, refuses it after and from someone who did not apply', async () => {
    t.clock.set(romeToUtc('2026-05-14', '23:59:00'));
    const carla = await student('carla');
    const empty = await carla.post(`/api/applications/${id('carla')}/appeals`, { reason: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues).toEqual([
      {
        field: 'reason',
        code: 'appeal.reason-required',
        message: 'Scrivi la motivazione della segnalazione (al massimo 10.000 caratteri).',
      },
    ]);
    expect((await carla.get(`/api/applications/${id('carla')}/appeals`)).json().items).toEqual([]);
    const json = await carla.post(`/api/applications/${id('carla')}/appeals`, {
      reason: 'Il punteggio dei titoli non considera la collaborazione 2024.',
    });
    expect(json.statusCode).toBe(201);
    expect(json.json()).toMatchObject({ status: 'submitted', rankingId });
    const dario = await student('dario');
    const { payload, headers } = multipartBody({ reason: 'Allego il certificato.' }, [
      { name: 'cert.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4 x') },
    ]);
    const withFile = await dario.request({
      method: 'POST',
      url: `/api/applications/${id('dario')}/appeals`,
      payload,
      headers,
    });
    expect(withFile.statusCode).toBe(201);
    expect(withFile.json()).toMatchObject({ attachmentType: 'application/pdf', attachmentName: 'cert.pdf' });
    const lying = multipartBody({ reason: 'x' }, [
      { name: 'virus.pdf', type: 'application/pdf', content: Buffer.from('MZ....') },
    ]);
    const refusedFile = await dario.request({
      method: 'POST',
      url: `/api/applications/${id('dario')}/appeals`,
      payload: lying.payload,
      headers: lying.headers,
    });
    expect(refusedFile.statusCode).toBe(415);

    const outsider = new TestClient(t.app, '10.8.0.99');
    expect((await outsider.login('rank.outsider')).statusCode).toBe(200);
    const notMine = await outsider.post(`/api/applications/${id('carla')}/appeals`, { reason: 'x' });
    expect(notMine.statusCode).toBe(404);

    t.clock.set(romeToUtc('2026-05-15', '00:00:00'));
    await carla.login(people_.carla?.username as string);
    const late = await carla.request({
      method: 'POST',
      url: `/api/applications/${id('carla')}/appeals`,
      payload: { reason: 'Tardiva' },
      headers: { 'accept-language': 'it' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().kind).toBe('ranking-transition-refused');
    expect(late.json().title).toContain('14/05/2026');
  });

  it('refuses approval before the window closes and with open appeals; an accepted appeal lets the ranking be computed again', async () => {
    t.clock.set(romeToUtc('2026-05-14', '12:00:00'));
    await office.login('ufficio');
    const early = await office.post(`/api/rankings/${rankingId}/approve`, {
      decreeNumber: '123/2026',
      decreeDate: '2026-05-14',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().kind).toBe('ranking-transition-refused');
    expect(early.json().title).toContain('ancora aperto (fino al 14/05/2026 compreso)');

    t.clock.set(romeToUtc('2026-05-20', '10:00:00'));
    await office.login('ufficio');
    const open = await office.post(`/api/rankings/${rankingId}/approve`, {
      decreeNumber: '123/2026',
      decreeDate: '2026-05-19',
    });
    expect(open.statusCode).toBe(409);
    expect(open.json().title).toContain('segnalazioni ancora senza risposta');

    const appealList = (await office.get(`/api/rankings/${rankingId}/appeals`)).json().items;
    expect(appealList).toHaveLength(2);
    const carlas = appealList.find((a: { applicationId: string }) => a.applicationId === id('carla'));
    const darios = appealList.find((a: { applicationId: string }) => a.applicationId === id('dario'));
    const accepted = await office.post(`/api/rankings/${rankingId}/appeals/${carlas.id}/answer`, {
      accepted: true,
      answer: 'Accolta: la collaborazione vale 1 punto.',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const rejected = await office.post(`/api/rankings/${rankingId}/appeals/${darios.id}/answer`, {
      accepted: false,
      answer: 'Respinta.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    const carla = await student('carla');
    const mine = (await carla.get(`/api/applications/${id('carla')}/appeals`)).json().items;
    expect(mine).toEqual([
      expect.objectContaining({ status: 'accepted', answer: 'Accolta: la collaborazione vale 1 punto.' }),
    ]);
    const [closed] = (await carla.get(`/api/applications/${id('carla')}/rankings`)).json().items;
    expect(closed.appealWindowOpen).toBe(false);
    // The committee corrects carla's score (30,00 -> higher than bruno, below anna by the career criteria).
    await storeScores(id('carla'), 2950);
    const recomputed = await office.post(`/api/calls/${call.callId}/rankings/compute`);
    const entries = recomputed.json().items[0].entries;
    expect(recomputed.json().items[0].status).toBe('provisional');
    expect(entries[1]).toMatchObject({ applicationId: id('carla'), outcome: 'winner', place: 2 });
    expect(entries[2]).toMatchObject({ applicationId: id('bruno'), outcome: 'eligible' });
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, rankingId), eq(auditLog.event, 'ranking.computed')));
    expect(audit.some((a) => a.reason?.includes(carlas.id))).toBe(true);
  });

  it('approves with a decree after the window, valid by the profile, committing winners x amount', async () => {
    const approved = await office.post(`/api/rankings/${rankingId}/approve`, {
      decreeNumber: '123/2026',
      decreeDate: '2026-05-19',
    });
    expect(approved.statusCode).toBe(200);
    const months = POLIBA.profile.rankings.validityMonths.value;
    expect(approved.json()).toMatchObject({
      status: 'definitive',
      decreeNumber: '123/2026',
      decreeDate: '2026-05-19',
    });
    expect(months).toBe(12);
    expect(approved.json().validUntil).toBe('2027-05-18');
    const [call_] = await t.ctx.database.db.select().from(calls).where(eq(calls.id, call.callId));
    const commitments = await t.ctx.database.db
      .select()
      .from(fundingCommitments)
      .where(eq(fundingCommitments.rankingId, rankingId));
    expect(commitments).toHaveLength(1);
    expect(commitments[0]).toMatchObject({
      assignmentId: call_?.fundingAssignmentId,
      amountCents: 2 * 100_000,
      decreeNumber: '123/2026',
    });
    const rules = call_?.rules as unknown as CallRules;
    expect(rules.appealWindowDays).toBe(10);
    const again = await office.post(`/api/rankings/${rankingId}/approve`, {
      decreeNumber: '124/2026',
      decreeDate: '2026-05-19',
    });
    expect(again.statusCode).toBe(409);
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, rankingId), eq(auditLog.event, 'ranking.approved')));
    expect(audit).toHaveLength(1);
  });

  it('assigns no grant while a tie crosses the last grant: the tie is decisive until the office orders it', async () => {
    const other = await insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [['LM']],
    });
    await addCandidate('gino', '2001-01-01', 3000, 11, other);
    await addCandidate('ugo', '2001-02-02', 2000, 12, other);
    await addCandidate('ivo', '2001-02-02', 2000, 13, other);
    const reply = await office.post(`/api/calls/${other.callId}/rankings/compute`);
    const [ranking] = reply.json().items;
    expect(ranking.tieGroups).toEqual([
      { tieGroup: 1, place: 2, applicationIds: [id('ugo'), id('ivo')], decisive: true },
    ]);
    expect(ranking.entries.every((e: { outcome: string }) => e.outcome === 'eligible')).toBe(true);
    const resolved = await office.post(`/api/rankings/${ranking.id}/tie-resolutions`, {
      applicationIds: [id('ivo'), id('ugo')],
      note: 'Ordine motivato della commissione, verbale n. 3',
    });
    expect(resolved.statusCode).toBe(200);
    const outcomes = resolved
      .json()
      .entries.map((e: { applicationId: string; outcome: string }) => [e.applicationId, e.outcome]);
    expect(outcomes).toEqual([
      [id('gino'), 'winner'],
      [id('ivo'), 'winner'],
      [id('ugo'), 'eligible'],
    ]);
    expect(resolved.json().tieGroups).toEqual([]);
  });
});
