import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnOffer, RankingOffers } from '../../api/offers.ts';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import { nthWorkingDayAfter } from '../../domain/calendar/working-days.ts';
import { workingDaySettings } from '../../domain/profiles/accessors.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import { applications, calls, fundingCommitments, rankingEntries } from '../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { testBackends } from '../test/database.ts';
import { DEMO_PAST_CALL_CODE, DEMO_PAST_DECREE, demoPastRankingId, pastTimeline } from './call-past.ts';
import { DEMO_CALL_CODE } from './call-poliba.ts';
import { demoPersonByUsername } from './seed.ts';

describe.each(testBackends())('the demo past call, selected to the offers, on %s', (backend) => {
  let t: TestApp;
  let rankingId: string;
  beforeAll(async () => {
    t = await startTestApp(backend);
    rankingId = (await demoPastRankingId(t.ctx.database.db)) ?? '';
  });
  afterAll(async () => t?.close());

  it('has a definitive ranking approved by decree, in use, with its funding commitment', async () => {
    const office = new TestClient(t.app);
    await office.login('ufficio');
    const reply = await office.get(`/api/rankings/${rankingId}`);
    expect(reply.statusCode, reply.body).toBe(200);
    const ranking = reply.json();
    const when = pastTimeline(t.clock.now());
    expect(ranking.status).toBe('in-use');
    expect(ranking.decreeNumber).toBe(DEMO_PAST_DECREE);
    expect(ranking.decreeDate).toBe(when.decreeDate);
    expect(ranking.entries.filter((e: { outcome: string }) => e.outcome === 'winner')).toHaveLength(2);
    expect(ranking.entries.some((e: { awaitingScores: boolean }) => e.awaitingScores)).toBe(false);
    const commitments = await t.ctx.database.db
      .select()
      .from(fundingCommitments)
      .where(eq(fundingCommitments.rankingId, rankingId));
    expect(commitments.map((c) => [c.amountCents, c.decreeNumber])).toEqual([[300_000, DEMO_PAST_DECREE]]);
  });

  it('the demo student won and has a pending offer due in 5 working days from the load day', async () => {
    const student = new TestClient(t.app);
    await student.login('studente');
    const offers = (await student.get('/api/offers')).json().items as OwnOffer[];
    expect(offers).toHaveLength(1);
    const offer = offers[0] as OwnOffer;
    expect(offer.status).toBe('pending');
    expect(offer.rankingId).toBe(rankingId);
    expect(offer.lastDay).toBe(
      nthWorkingDayAfter(romeDate(t.clock.now()), 5, workingDaySettings(POLIBA.profile)),
    );
    const personId = await demoPersonByUsername(t.ctx.database.db, 'studente');
    const [winner] = await t.ctx.database.db
      .select({ outcome: rankingEntries.outcome })
      .from(rankingEntries)
      .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
      .where(and(eq(rankingEntries.rankingId, rankingId), eq(applications.studentId, personId ?? '')));
    expect(winner?.outcome).toBe('winner');
    const office = new TestClient(t.app);
    await office.login('ufficio');
    const view = (await office.get(`/api/rankings/${rankingId}/offers`)).json() as RankingOffers;
    expect(view.items.filter((o) => o.status === 'pending')).toHaveLength(2);
  });

  it('leaves the Bari call open to the demo accounts: none of them has applied to it', async () => {
    const db = t.ctx.database.db;
    const [bari] = await db.select().from(calls).where(eq(calls.code, DEMO_CALL_CODE));
    const [past] = await db.select().from(calls).where(eq(calls.code, DEMO_PAST_CALL_CODE));
    expect(bari && bari.closesAt > t.clock.now()).toBe(true);
    expect(past && past.closesAt < t.clock.now()).toBe(true);
    for (const username of ['studente', 'tutor']) {
      const personId = (await demoPersonByUsername(db, username)) ?? '';
      const mine = await db
        .select()
        .from(applications)
        .where(and(eq(applications.callId, bari?.id ?? ''), eq(applications.studentId, personId)));
      expect(mine).toEqual([]);
    }
  });
});
