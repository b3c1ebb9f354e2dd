import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { auditLog, offers, outboundEmails, rankings } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertAcceptedOffer, insertAppointmentOfOffer } from '../appointments/test-fixture.ts';
import { insertDefinitiveRanking } from './test-ranking.ts';

describe.each(testBackends())('the office’s offer actions on %s', (backend) => {
  let t: TestApp;
  let logins = 0;
  const login = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.8.${Math.floor(logins / 200)}.${(logins % 200) + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const office = () => login('ufficio');
  const offersOf = (rankingId: string) =>
    t.ctx.database.db.select().from(offers).where(eq(offers.rankingId, rankingId)).orderBy(offers.sequence);

  beforeAll(async () => {
    t = await startTestApp(backend);
    t.clock.set(romeToUtc('2026-04-14', '10:00:00'));
  });
  afterAll(async () => t?.close());

  it('withdraws a pending offer with a reason: audited, emailed, drawn down at once, the candidate keeps their place', async () => {
    const r = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['anna', 'bruno', 'carla'],
      prefix: 'wd',
    });
    const who = (id: string) => Object.values(r.candidates).find((c) => c.applicationId === id)?.key;
    const o = await office();
    const started = (await o.post(`/api/rankings/${r.rankingId}/offers`)).json();
    const annaOffer = started.items[0].id;
    // A reason is required; a candidate cannot use the office's route.
    const blank = await o.post(`/api/offers/${annaOffer}/withdraw`, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    const anna = await login(r.candidates.anna?.username as string);
    expect((await anna.post(`/api/offers/${annaOffer}/withdraw`, { reason: 'x' })).statusCode).toBe(403);
    expect((await offersOf(r.rankingId)).map((x) => x.status)).toEqual(['pending']);

    const reply = await o.post(`/api/offers/${annaOffer}/withdraw`, {
      reason: 'Offerta inviata per errore',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const view = reply.json();
    expect(
      view.items.map((x: { applicationId: string; status: string; reason: string }) => [
        who(x.applicationId),
        x.status,
        x.reason,
      ]),
    ).toEqual([
      ['anna', 'withdrawn', 'winner'],
      ['bruno', 'pending', 'draw-down'],
    ]);
    // Not a refusal: at Bari a refusal excludes at once; anna keeps the first place, nobody is excluded.
    expect(view.order.map(who)).toEqual(['anna', 'bruno', 'carla']);
    expect(view.excluded).toEqual([]);
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'offer.withdrawn'), eq(auditLog.entityId, annaOffer)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.reason).toBe('Offerta inviata per errore');
    const mail = await t.ctx.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.recipientId, r.candidates.anna?.personId as string));
    const withdrawn = mail.find((m) => m.subject.startsWith('Offerta ritirata'));
    expect(withdrawn?.textBody).toContain('Offerta inviata per errore');
    expect(withdrawn?.textBody).toContain('conservi la tua posizione');
    // Anna sees it withdrawn and can no longer answer it; withdrawing twice changes nothing.
    expect((await anna.get('/api/offers')).json().items[0].status).toBe('withdrawn');
    expect((await anna.post(`/api/offers/${annaOffer}/accept`)).json().kind).toBe('offer-not-pending');
    const again = await o.post(`/api/offers/${annaOffer}/withdraw`, { reason: 'ancora' });
    expect(again.statusCode).toBe(409);
    expect(again.json().kind).toBe('offer-not-pending');
    expect(await offersOf(r.rankingId)).toHaveLength(2);
  });

  it('blocks accepting an offer that would break a cap the office cannot override, and shows it beforehand', async () => {
    const r = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['dora'],
      prefix: 'cap',
    });
    const dora = r.candidates.dora as NonNullable<(typeof r.candidates)['dora']>;
    // Dora already holds a live appointment of another call at the same time: Bari's grants are not cumulative.
    const held = await insertAcceptedOffer(t.ctx.database.db, {
      preset: 'poliba',
      prefix: 'capheld',
      studentId: dora.personId,
    });
    await insertAppointmentOfOffer(t.ctx.database.db, held.offerId, { status: 'active' });
    const o = await office();
    const started = (await o.post(`/api/rankings/${r.rankingId}/offers`)).json();
    expect(started.items[0].caps).toMatchObject({ verdict: 'block' });
    const client = await login(dora.username);
    const mine = (await client.get('/api/offers'))
      .json()
      .items.find((x: { id: string }) => x.id === started.items[0].id);
    expect(mine.caps.verdict).toBe('block');
    expect(mine.caps.messages.join(' ')).toMatch(/cumulabil/);
    const accept = await client.post(`/api/offers/${mine.id}/accept`);
    expect(accept.statusCode).toBe(409);
    expect(accept.json().kind).toBe('acceptance-blocked-by-caps');
    expect((await offersOf(r.rankingId)).map((x) => x.status)).toEqual(['pending']);
    // She may still refuse.
    expect((await client.post(`/api/offers/${mine.id}/refuse`)).statusCode).toBe(200);
  });

  it('draws from a related ranking when one is exhausted: the acceptance is the consent, a refusal leaves the candidate’s own ranking as it was', async () => {
    const x = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['ugo'],
      prefix: 'orx',
    });
    const y = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['vera', 'walt'],
      prefix: 'ory',
    });
    const walt = y.candidates.walt as NonNullable<(typeof y.candidates)['walt']>;
    const o = await office();
    // Before X is exhausted the office cannot draw from Y.
    const early = (await o.post(`/api/rankings/${x.rankingId}/offers`)).json();
    expect(early.canDrawFromOtherRankings).toBe(false);
    const refused = await o.post(`/api/rankings/${x.rankingId}/other-rankings/offers`, {
      positionId: x.positionId,
      rankingId: y.rankingId,
      applicationId: walt.applicationId,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().kind).toBe('other-ranking-refused');
    const ugo = await login(x.candidates.ugo?.username as string);
    expect((await ugo.post(`/api/offers/${early.items[0].id}/refuse`)).statusCode).toBe(200);
    const exhausted = (await o.get(`/api/rankings/${x.rankingId}/offers`)).json();
    expect(exhausted).toMatchObject({ state: 'exhausted', canDrawFromOtherRankings: true });

    // Y's decree reserves vera (its winner, offers not started); walt is free. Ugo, X's own, is never listed.
    const list = (await o.get(`/api/rankings/${x.rankingId}/other-rankings/candidates`)).json().items;
    const ids = list.map((c: { applicationId: string }) => c.applicationId);
    expect(ids).toContain(walt.applicationId);
    expect(ids).not.toContain(y.candidates.vera?.applicationId);
    expect(ids).not.toContain(x.candidates.ugo?.applicationId);
    expect(list.find((c: { applicationId: string }) => c.applicationId === walt.applicationId)).toMatchObject(
      {
        rankingId: y.rankingId,
        place: 2,
        totalHundredths: 2900,
      },
    );

    const body = { positionId: x.positionId, rankingId: y.rankingId, applicationId: walt.applicationId };
    const made = await o.post(`/api/rankings/${x.rankingId}/other-rankings/offers`, body);
    expect(made.statusCode, made.body).toBe(200);
    const offer = made.json().items.at(-1);
    expect(offer).toMatchObject({
      reason: 'other-ranking',
      status: 'pending',
      applicationId: walt.applicationId,
    });
    // The grant is held: a second offer for it is refused.
    const twice = await o.post(`/api/rankings/${x.rankingId}/other-rankings/offers`, body);
    expect(twice.statusCode).toBe(409);
    expect((await offersOf(x.rankingId)).filter((r) => r.status === 'pending')).toHaveLength(1);
    const mail = await t.ctx.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.recipientId, walt.personId));
    expect(mail.at(-1)?.textBody).toContain('accettare vale come consenso');

    const waltClient = await login(walt.username);
    const mine = (await waltClient.get('/api/offers')).json().items[0];
    expect(mine).toMatchObject({ reason: 'other-ranking', sourceRankingTitle: 'Tutorato 1 — prova (LM)' });
    expect((await waltClient.post(`/api/offers/${mine.id}/refuse`)).statusCode).toBe(200);
    // Walt keeps his place in Y (at Bari a refusal in his own ranking would have excluded him).
    const yView = (await o.post(`/api/rankings/${y.rankingId}/offers`)).json();
    expect(yView.order).toEqual([y.candidates.vera?.applicationId, walt.applicationId]);
    expect(yView.excluded).toEqual([]);
    // X is exhausted again; walt (waiting on nothing) may be asked again, and this time accepts.
    expect((await o.post(`/api/rankings/${x.rankingId}/other-rankings/offers`, body)).statusCode).toBe(200);
    const second = (await waltClient.get('/api/offers'))
      .json()
      .items.find(
        (i: { status: string; rankingId: string }) => i.status === 'pending' && i.rankingId === x.rankingId,
      );
    expect((await waltClient.post(`/api/offers/${second.id}/accept`)).json().status).toBe('accepted');
    expect((await o.get(`/api/rankings/${x.rankingId}/offers`)).json().state).toBe('filled');
  });

  it('offers the hours an appointment gave back to the next candidate, and draws them down on a refusal', async () => {
    const z = await insertDefinitiveRanking(t.ctx.database.db, {
      preset: 'poliba',
      grants: 1,
      candidates: ['ada', 'ben', 'cloe'],
      prefix: 'rh',
    });
    const who = (id: string) => Object.values(z.candidates).find((c) => c.applicationId === id)?.key;
    const o = await office();
    const started = (await o.post(`/api/rankings/${z.rankingId}/offers`)).json();
    const ada = await login(z.candidates.ada?.username as string);
    expect((await ada.post(`/api/offers/${started.items[0].id}/accept`)).statusCode).toBe(200);
    const appointmentId = await insertAppointmentOfOffer(t.ctx.database.db, started.items[0].id, {
      status: 'ended',
      ending: { kind: 'withdrawal', date: '2026-04-10', hoursDone: 20, hoursReturned: 30, note: '' },
    });
    const view = (await o.get(`/api/rankings/${z.rankingId}/offers`)).json();
    expect(view.returnedHours).toEqual([
      expect.objectContaining({
        appointmentId,
        hours: 30,
        amountCents: 60_000,
        offered: false,
        endedOn: '2026-04-10',
      }),
    ]);
    const reply = await o.post(`/api/rankings/${z.rankingId}/returned-hours`, { appointmentId });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json().returnedHours[0].offered).toBe(true);
    const rows = await offersOf(z.rankingId);
    expect(rows.map((r) => [who(r.applicationId), r.status, r.reason, r.hours])).toEqual([
      ['ada', 'accepted', 'winner', null],
      ['ben', 'pending', 'returned-hours', 30],
    ]);
    const again = await o.post(`/api/rankings/${z.rankingId}/returned-hours`, { appointmentId });
    expect(again.statusCode).toBe(409);
    expect(again.json().kind).toBe('returned-hours-unavailable');

    const ben = await login(z.candidates.ben?.username as string);
    const bens = (await ben.get('/api/offers')).json().items[0];
    expect(bens).toMatchObject({ reason: 'returned-hours', hours: 30, amountCents: 60_000 });
    expect((await ben.post(`/api/offers/${bens.id}/refuse`)).statusCode).toBe(200);
    const after = (await o.get(`/api/rankings/${z.rankingId}/offers`)).json();
    expect(
      after.items.map((i: { applicationId: string; status: string }) => [who(i.applicationId), i.status]),
    ).toEqual([
      ['ada', 'accepted'],
      ['ben', 'refused'],
      ['cloe', 'pending'],
    ]);
    // Refusing returned hours is not refusing the grant: ben is not excluded at Bari.
    expect(after.excluded).toEqual([]);
    const open = await t.ctx.database.db
      .select()
      .from(offers)
      .where(
        and(eq(offers.sourceAppointmentId, appointmentId), inArray(offers.status, ['pending', 'accepted'])),
      );
    expect(open).toHaveLength(1);
    const [ranking] = await t.ctx.database.db.select().from(rankings).where(eq(rankings.id, z.rankingId));
    expect(ranking?.status).toBe('in-use');
    // Cloe accepts: the appointment the office makes from it starts from the returned hours, not the whole grant.
    const cloe = await login(z.candidates.cloe?.username as string);
    const cloes = (await cloe.get('/api/offers')).json().items[0];
    expect((await cloe.post(`/api/offers/${cloes.id}/accept`)).json().status).toBe('accepted');
    const defaults = await o.get(`/api/offers/${cloes.id}/appointment`);
    expect(defaults.statusCode, defaults.body).toBe(200);
    expect(defaults.json().terms.items).toEqual([{ kind: 'tutoring', hours: 30, costCents: 60_000 }]);
  });
});
