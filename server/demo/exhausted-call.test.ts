import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OtherRankingCandidate, RankingOffers } from '../../api/offers.ts';
import type { RankingView } from '../../api/rankings.ts';
import { applications, auditLog, calls } from '../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { testBackends } from '../test/database.ts';
import {
  DEMO_EXHAUSTED_CALL_CODE,
  DEMO_EXHAUSTED_DECREE,
  demoExhaustedRankingIds,
} from './call-exhausted.ts';
import { DEMO_PAST_CALL_CODE } from './call-past.ts';
import { demoPersonByUsername } from './seed.ts';

describe.each(testBackends())('the demo call with an exhausted ranking, on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let ids: { exhausted: string; other: string };
  beforeAll(async () => {
    t = await startTestApp(backend);
    const found = await demoExhaustedRankingIds(t.ctx.database.db);
    ids = { exhausted: found.exhausted ?? '', other: found.other ?? '' };
    office = new TestClient(t.app);
    await office.login('ufficio');
  });
  afterAll(async () => t?.close());

  const ranking = async (id: string) => {
    const reply = await office.get(`/api/rankings/${id}`);
    expect(reply.statusCode, reply.body).toBe(200);
    return reply.json() as RankingView;
  };

  it('has two rankings in use, approved by one decree, one per position', async () => {
    const a = await ranking(ids.exhausted);
    const b = await ranking(ids.other);
    for (const r of [a, b]) {
      expect(r.status).toBe('in-use');
      expect(r.decreeNumber).toBe(DEMO_EXHAUSTED_DECREE);
      expect(r.positionIds).toHaveLength(1);
    }
    expect(a.positionIds[0]).not.toBe(b.positionIds[0]);
    expect(a.entries).toHaveLength(1);
    expect(b.entries).toHaveLength(3);
    expect(b.entries.filter((e) => e.outcome === 'winner')).toHaveLength(1);
  });

  it('position A’s ranking is exhausted: its candidate refused, its grant vacant, the exhaustion audited', async () => {
    const view = (await office.get(`/api/rankings/${ids.exhausted}/offers`)).json() as RankingOffers;
    expect(view.state).toBe('exhausted');
    expect(view.canDrawFromOtherRankings).toBe(true);
    expect(view.items.map((o) => [o.reason, o.status])).toEqual([['winner', 'refused']]);
    expect(view.vacant.reduce((n, v) => n + v.vacant, 0)).toBe(1);
    const a = await ranking(ids.exhausted);
    expect(new Set(view.excluded)).toEqual(new Set(a.entries.map((e) => e.applicationId)));
    const exhausted = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'ranking.exhausted'), eq(auditLog.entityId, ids.exhausted)));
    expect(exhausted).toHaveLength(1);
  });

  it('position B’s winner waits on the offer; its other candidates are listed to take A’s grant', async () => {
    const b = await ranking(ids.other);
    const bView = (await office.get(`/api/rankings/${ids.other}/offers`)).json() as RankingOffers;
    const winner = b.entries.find((e) => e.outcome === 'winner');
    expect(bView.items.map((o) => [o.applicationId, o.reason, o.status])).toEqual([
      [winner?.applicationId, 'winner', 'pending'],
    ]);
    const reply = await office.get(`/api/rankings/${ids.exhausted}/other-rankings/candidates`);
    expect(reply.statusCode, reply.body).toBe(200);
    const list = reply.json().items as OtherRankingCandidate[];
    expect(list.length).toBeGreaterThan(0);
    const fromB = list.filter((c) => c.rankingId === ids.other);
    const others = b.entries.filter((e) => e.outcome !== 'winner');
    expect(others).toHaveLength(2);
    expect(fromB.map((c) => c.applicationId).sort()).toEqual(others.map((e) => e.applicationId).sort());
    for (const c of fromB) {
      const entry = b.entries.find((e) => e.applicationId === c.applicationId);
      // Their own ranking, named and with its call (the dialog links to it).
      expect([c.rankingTitle, c.callId]).toEqual([b.title, b.callId]);
      expect([c.place, `${c.familyName} ${c.givenName}`]).toEqual([
        entry?.place,
        `${entry?.familyName} ${entry?.givenName}`,
      ]);
    }
    // Best score first across the related rankings (the DEI past call's are listed too).
    const totals = list.map((c) => c.totalHundredths);
    expect(totals).toEqual([...totals].sort((x, y) => y - x));
  });

  it('its candidates are DMMM students of their own, not the demo student nor the DEI past call’s', async () => {
    const db = t.ctx.database.db;
    const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_EXHAUSTED_CALL_CODE));
    const [past] = await db.select().from(calls).where(eq(calls.code, DEMO_PAST_CALL_CODE));
    const studentsOf = async (callId: string) =>
      (
        await db
          .select({ studentId: applications.studentId })
          .from(applications)
          .where(eq(applications.callId, callId))
      ).map((r) => r.studentId);
    const mine = await studentsOf(call?.id ?? '');
    expect(mine).toHaveLength(4);
    const pastOnes = new Set(await studentsOf(past?.id ?? ''));
    expect(mine.filter((id) => pastOnes.has(id))).toEqual([]);
    for (const username of ['studente', 'tutor'])
      expect(mine).not.toContain(await demoPersonByUsername(db, username));
  });
});
