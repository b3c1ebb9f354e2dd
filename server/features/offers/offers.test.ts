import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { auditLog, jobs, offers, outboundEmails, people, rankings } from '../../db/schema/index.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { addRankingToCall, insertDefinitiveRanking } from './test-ranking.ts';

type Fixture = Awaited<ReturnType<typeof insertDefinitiveRanking>>;

describe.each(testBackends())('offers and draw-down on %s', (backend) => {
  let t: TestApp;
  let f: Fixture;
  let firstOfferId = '';

  let logins = 0;
  /** A fresh session: the tests move the clock by days, past the sessions' idle time. */
  const as = async (key: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.9.${Math.floor(logins / 200)}.${(logins % 200) + 10}`);
    const username = key === 'office' ? 'ufficio' : (f.candidates[key]?.username as string);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const offerRows = () =>
    t.ctx.database.db.select().from(offers).where(eq(offers.rankingId, f.rankingId)).orderBy(offers.sequence);
  const who = (applicationId: string) =>
    Object.values(f.candidates).find((c) => c.applicationId === applicationId)?.key;
  /** This ranking's events only: the demo's past call has offers (and timers) of its own. */
  const events = async (event: string) => {
    const ids = [f.rankingId, ...(await offerRows()).map((o) => o.id)];
    return (
      await t.ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.event, event as never), inArray(auditLog.entityId, ids)))
    ).length;
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    // Ferrara's rules (seed 001 art. 8): 5 working days, a refusal or silence moves to the end, the second excludes.
    f = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'unife',
      grants: 1,
      candidates: ['anna', 'bruno', 'carla'],
      prefix: 'off',
    });
    // Friday before Easter, 18:00 Rome time.
    t.clock.set(romeToUtc('2026-04-03', '18:00:00'));
  });
  afterAll(async () => t?.close());

  it('the office starts the offers of a definitive ranking: the winner is offered with a deadline of 5 working days', async () => {
    const reply = await (await as('office')).post(`/api/rankings/${f.rankingId}/offers`);
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    expect(body.state).toBe('waiting');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      applicationId: f.candidates.anna?.applicationId,
      reason: 'winner',
      status: 'pending',
      grantNumber: 1,
      // Easter Monday does not count: Tue 7 ... Mon 13 April.
      lastDay: '2026-04-13',
      expiresAt: '2026-04-13T22:00:00.000Z',
    });
    firstOfferId = body.items[0].id;
    const [ranking] = await t.ctx.database.db.select().from(rankings).where(eq(rankings.id, f.rankingId));
    expect(ranking?.status).toBe('in-use');
    expect(await events('offers.started')).toBe(1);
    expect(await events('offer.made')).toBe(1);
    // The email is in the outbox, and the two timers wait in the jobs table.
    const mail = await t.ctx.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.recipientId, f.candidates.anna?.personId as string));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.textBody).toContain('lunedì 13 aprile 2026');
    const timers = (await t.ctx.database.db.select().from(jobs)).filter(
      (j) => (j.payload as { offerId?: string }).offerId === firstOfferId,
    );
    expect(timers.map((j) => [j.kind, j.runAt.toISOString()]).sort()).toEqual([
      ['offer-expiry', '2026-04-13T22:00:00.000Z'],
      ['offer-reminder', '2026-04-13T07:00:00.000Z'],
    ]);
  });

  it('starting again makes no second offer while the grant waits for an answer', async () => {
    const reply = await (await as('office')).post(`/api/rankings/${f.rankingId}/offers`);
    expect(reply.statusCode).toBe(200);
    expect(reply.json().items).toHaveLength(1);
    expect(await events('offer.made')).toBe(1);
  });

  it('the candidate reads the offer; someone else cannot answer it (404), the office cannot use the candidate’s route (403)', async () => {
    const anna = await as('anna');
    const mine = await anna.get('/api/offers');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toMatchObject([
      { id: firstOfferId, status: 'pending', lastDay: '2026-04-13', hours: 50, amountCents: 100_000 },
    ]);
    const home = (await anna.get('/api/home')).json().actions;
    expect(home).toContainEqual({
      role: 'student',
      key: 'student.answer-offers',
      href: '/offerte',
      count: 1,
    });
    const bruno = await as('bruno');
    expect((await bruno.get('/api/offers')).json().items).toEqual([]);
    expect((await bruno.get('/api/home')).json().actions.map((a: { key: string }) => a.key)).not.toContain(
      'student.answer-offers',
    );
    const stolen = await bruno.post(`/api/offers/${firstOfferId}/accept`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().kind).toBe('not-found');
    expect((await (await as('office')).post(`/api/offers/${firstOfferId}/accept`)).statusCode).toBe(403);
    expect((await offerRows())[0]?.status).toBe('pending');
  });

  it('reminds the candidate once, on the last day at 09:00, while the offer waits', async () => {
    t.clock.set(romeToUtc('2026-04-13', '08:59:00'));
    await runDueJobs(t.ctx, jobHandlers);
    expect((await offerRows())[0]?.reminderSentAt).toBeNull();
    t.clock.set(romeToUtc('2026-04-13', '09:00:00'));
    await runDueJobs(t.ctx, jobHandlers);
    await runDueJobs(t.ctx, jobHandlers);
    expect((await offerRows())[0]?.reminderSentAt?.toISOString()).toBe('2026-04-13T07:00:00.000Z');
    expect(await events('offer.reminded')).toBe(1);
    const mail = await t.ctx.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.recipientId, f.candidates.anna?.personId as string));
    expect(mail.map((m) => m.subject.split(' – ')[0]).sort()).toEqual([
      'Offerta di un assegno di tutorato',
      "Promemoria: rispondi all'offerta entro oggi",
    ]);
  });

  it('a refusal draws down to the next candidate at once; answering twice is refused with nothing changed', async () => {
    const anna = await as('anna');
    const reply = await anna.post(`/api/offers/${firstOfferId}/refuse`);
    expect(reply.statusCode).toBe(200);
    expect(reply.json().status).toBe('refused');
    const rows = await offerRows();
    expect(rows.map((r) => [who(r.applicationId), r.status, r.reason])).toEqual([
      ['anna', 'refused', 'winner'],
      ['bruno', 'pending', 'draw-down'],
    ]);
    // The same grant, now held by bruno's offer.
    expect(rows[1]?.grantNumber).toBe(1);
    const again = await anna.post(`/api/offers/${firstOfferId}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().kind).toBe('offer-not-pending');
    expect(again.json().title).toContain('rifiutata');
    expect((await offerRows()).map((r) => r.status)).toEqual(['refused', 'pending']);
    const view = await (await as('office')).get(`/api/rankings/${f.rankingId}/offers`);
    // Anna dropped to the end of the ranking.
    expect(view.json().order.map(who)).toEqual(['bruno', 'carla', 'anna']);
  });

  it('accepting after the deadline is refused (409, Italian or English) and changes nothing; the expiry timer then draws down', async () => {
    const [, brunoOffer] = await offerRows();
    if (!brunoOffer) throw new Error('no offer for bruno');
    // Offered on Monday 13 April at 09:00: Tue 14 ... Mon 20 April; 25 April is a Saturday anyway.
    expect(brunoOffer.lastDay).toBe('2026-04-20');
    t.clock.set(romeToUtc('2026-04-21', '00:00:00'));
    const bruno = await as('bruno');
    const late = await bruno.post(`/api/offers/${brunoOffer.id}/accept`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ kind: 'offer-expired' });
    expect(late.json().title).toContain('lunedì 20 aprile 2026');
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'en' })
      .where(eq(people.id, f.candidates.bruno?.personId as string));
    const lateEn = await bruno.post(`/api/offers/${brunoOffer.id}/refuse`);
    expect(lateEn.statusCode).toBe(409);
    expect(lateEn.json().title).toContain('Monday, 20 April 2026');
    expect((await offerRows()).map((r) => r.status)).toEqual(['refused', 'pending']);

    await runDueJobs(t.ctx, jobHandlers);
    const rows = await offerRows();
    expect(rows.map((r) => [who(r.applicationId), r.status])).toEqual([
      ['anna', 'refused'],
      ['bruno', 'expired'],
      ['carla', 'pending'],
    ]);
    expect(await events('offer.expired')).toBe(1);
    // The timer fires once: running the queue again changes nothing.
    await runDueJobs(t.ctx, jobHandlers);
    expect(await offerRows()).toHaveLength(3);
  });

  it('the second refusal excludes (seed 001 art. 8 c.3): anna is offered again once, then never', async () => {
    const [, , carlaOffer] = await offerRows();
    t.clock.set(romeToUtc('2026-04-21', '10:00:00'));
    const carla = await as('carla');
    const anna = await as('anna');
    const carlaReply = await carla.post(`/api/offers/${carlaOffer?.id}/refuse`);
    expect(carlaReply.statusCode, carlaReply.body).toBe(200);
    let rows = await offerRows();
    expect(rows.map((r) => who(r.applicationId))).toEqual(['anna', 'bruno', 'carla', 'anna']);
    t.clock.set(romeToUtc('2026-04-21', '11:00:00'));
    expect((await anna.post(`/api/offers/${rows[3]?.id}/refuse`)).statusCode).toBe(200);
    rows = await offerRows();
    // Bruno's expiry counted as his first refusal; he comes next, anna is out.
    expect(rows.map((r) => [who(r.applicationId), r.status])).toEqual([
      ['anna', 'refused'],
      ['bruno', 'expired'],
      ['carla', 'refused'],
      ['anna', 'refused'],
      ['bruno', 'pending'],
    ]);
    const view = (await (await as('office')).get(`/api/rankings/${f.rankingId}/offers`)).json();
    expect(view.excluded.map(who)).toEqual(['anna']);
    expect(view.order.map(who)).toEqual(['bruno', 'carla']);
  });

  it('an accepted offer fills the grant: the ranking is filled and nobody else is offered', async () => {
    const bruno = await as('bruno');
    const rows = await offerRows();
    const reply = await bruno.post(`/api/offers/${rows[4]?.id}/accept`);
    expect(reply.statusCode).toBe(200);
    expect(reply.json().status).toBe('accepted');
    const view = (await (await as('office')).post(`/api/rankings/${f.rankingId}/offers`)).json();
    expect(view.state).toBe('filled');
    expect(view.items).toHaveLength(5);
    const accepted = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'offer.accepted'), eq(auditLog.entityId, rows[4]?.id as string)));
    expect(accepted).toHaveLength(1);
  });

  it('exports the offers to XLSX for the office only', async () => {
    const reply = await (await as('office')).get(`/api/rankings/${f.rankingId}/offers/export.xlsx`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    expect(reply.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await (await as('carla')).get(`/api/rankings/${f.rankingId}/offers`)).statusCode).toBe(403);
  });

  it('reports a ranking exhausted once its last candidate refuses (Bari: the first refusal excludes)', async () => {
    const bari = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['ugo'],
      prefix: 'off3',
    });
    const started = await (await as('office')).post(`/api/rankings/${bari.rankingId}/offers`);
    expect(started.json().items).toHaveLength(1);
    const ugo = new TestClient(t.app, '10.9.250.1');
    expect((await ugo.login(bari.candidates.ugo?.username as string)).statusCode).toBe(200);
    expect((await ugo.post(`/api/offers/${started.json().items[0].id}/refuse`)).statusCode).toBe(200);
    const view = (await (await as('office')).get(`/api/rankings/${bari.rankingId}/offers`)).json();
    expect(view).toMatchObject({
      state: 'exhausted',
      vacant: [{ positionId: bari.positionId, vacant: 1 }],
      order: [],
      excluded: [bari.candidates.ugo?.applicationId],
    });
    const exhausted = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'ranking.exhausted'), eq(auditLog.entityId, bari.rankingId)));
    expect(exhausted).toHaveLength(1);
    // Starting again offers nothing more.
    expect(
      (await (await as('office')).post(`/api/rankings/${bari.rankingId}/offers`)).json().items,
    ).toHaveLength(1);
  });

  it('grants are not cumulative across a call’s rankings (Bari): a candidate waits on one offer, and a refusal cascades', async () => {
    const a = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['anna', 'bruno'],
      prefix: 'off4',
    });
    const anna = a.candidates.anna as NonNullable<(typeof a.candidates)['anna']>;
    const bruno = a.candidates.bruno as NonNullable<(typeof a.candidates)['bruno']>;
    // In the second ranking anna comes first, but the decree gave its grant to bruno (anna won the first).
    const b = await addRankingToCall(t.ctx.database.db, {
      callId: a.callId,
      grants: 1,
      prefix: 'off4b',
      entries: [
        { candidate: anna, winner: false },
        { candidate: bruno, winner: true },
      ],
    });
    const office = await as('office');
    await office.post(`/api/rankings/${a.rankingId}/offers`);
    const inB = (await office.post(`/api/rankings/${b.rankingId}/offers`)).json();
    expect(inB.items.map((o: { applicationId: string }) => o.applicationId)).toEqual([bruno.applicationId]);
    const login = async (who: typeof anna) => {
      const client = new TestClient(t.app, `10.9.251.${who === anna ? 1 : 2}`);
      expect((await client.login(who.username)).statusCode).toBe(200);
      return client;
    };
    // Bruno refuses B (excluded there); anna waits on A, so B has nobody to offer to now.
    expect((await (await login(bruno)).post(`/api/offers/${inB.items[0].id}/refuse`)).statusCode).toBe(200);
    expect((await office.get(`/api/rankings/${b.rankingId}/offers`)).json().state).toBe('exhausted');
    // Anna refuses A: A draws down to bruno and, in the same transaction, B to anna.
    const annaClient = await login(anna);
    const [annaOffer] = (await annaClient.get('/api/offers')).json().items;
    expect((await annaClient.post(`/api/offers/${annaOffer.id}/refuse`)).statusCode).toBe(200);
    const afterA = (await office.get(`/api/rankings/${a.rankingId}/offers`)).json();
    const afterB = (await office.get(`/api/rankings/${b.rankingId}/offers`)).json();
    expect(
      afterA.items.map((o: { applicationId: string; status: string }) => [o.applicationId, o.status]),
    ).toEqual([
      [anna.applicationId, 'refused'],
      [bruno.applicationId, 'pending'],
    ]);
    expect(
      afterB.items.map((o: { applicationId: string; status: string }) => [o.applicationId, o.status]),
    ).toEqual([
      [bruno.applicationId, 'refused'],
      [anna.applicationId, 'pending'],
    ]);
  });

  it('refuses to start offers from a ranking that is not definitive', async () => {
    const other = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['x'],
      prefix: 'off2',
    });
    await t.ctx.database.db
      .update(rankings)
      .set({ status: 'provisional' })
      .where(eq(rankings.id, other.rankingId));
    const reply = await (await as('office')).post(`/api/rankings/${other.rankingId}/offers`);
    expect(reply.statusCode).toBe(409);
    expect(reply.json().kind).toBe('ranking-transition-refused');
    expect(
      (await t.ctx.database.db.select().from(offers).where(eq(offers.rankingId, other.rankingId))).length,
    ).toBe(0);
  });
});
