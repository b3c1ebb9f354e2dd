import { and, asc, eq, isNull } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import { rulesFromProfile } from '../../domain/calls/types.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  callPositions,
  calls,
  committeeMembers,
  committees,
  localAccounts,
  offers,
  people,
  rankingPositions,
  rankings,
} from '../db/schema/index.ts';
import { answerOffer, startOffers } from '../features/offers/service.ts';
import { approve, computeCallRankings, publish } from '../features/rankings/service.ts';
import {
  at,
  eligibleDeiCandidates,
  insertDeiCall,
  personOf,
  romeDaysBefore,
  scoreDemoCall,
  seedConfirmedApplications,
} from './dei-calls.ts';
import type { DemoSeedPart } from './seed.ts';

/*
 * A fourth demo call, selected and in use, whose first ranking has run out of candidates: the DMMM's call of 2025/26
 * with two positions, so two definitive rankings approved by one decree. Position A (tutorato didattico, one grant)
 * had one candidate, who refused the offer; at Bari a refusal excludes at once (seed 004 art. 8), so the ranking is
 * exhausted with its grant vacant. Position B (tutorato informativo, one grant) has three candidates: its winner waits
 * on the offer, the other two are placed by nobody, so the office may offer them A's grant, with their consent
 * (seed 002 art. 4 c.4, seed 004 art. 8). One candidate for A keeps the demo's loading time down (each application
 * costs the committee's scores, each refusal a draw-down). Its applicants are DMMM master's
 * students without an account (neither the demo student nor the DEI calls' candidates). The applications are seeded
 * as confirmed; the rest goes through the real services, each at its own moment of the past, as in call-past.ts.
 */

export const DEMO_EXHAUSTED_CALL_CODE = 'POLIBA-DMMM-TUT-2025';
/** The decree approving both rankings of the call (its date is the approval day, see exhaustedTimeline). */
export const DEMO_EXHAUSTED_DECREE = '536/2026';

const AMOUNT_CENTS = 150_000;
const POSITION_A = { activityType: 'Tutorato didattico', grants: 1, candidates: 1 };
const POSITION_B = { activityType: 'Tutorato informativo', grants: 1, candidates: 3 };

/** The moments of the call, in Rome calendar days before the day the demo is loaded. */
export const exhaustedTimeline = (now: Date) => {
  const day = romeDaysBefore(now);
  return {
    opensAt: day(80, '00:00'),
    closesAt: day(60, '12:00'),
    committeeAt: day(57),
    publishedAt: day(54),
    approvedAt: day(33),
    decreeDate: Temporal.PlainDate.from(romeDate(now)).subtract({ days: 33 }).toString(),
    offersAt: day(2),
    refusedAt: day(1, '16:00'),
  };
};

/** The call, its two positions and committee, and the confirmed applications (inside the seed's transaction). */
export const seedDemoExhaustedCall: DemoSeedPart = async (ctx, tx, unitIds) => {
  const dmmmId = unitIds.get('DMMM');
  if (!dmmmId) throw new Error('demo unit DMMM missing');
  const rules = rulesFromProfile(POLIBA.profile);
  const eligible = (await eligibleDeiCandidates(tx, dmmmId, rules)).filter((s) => !s.account);
  if (eligible.length < POSITION_A.candidates + POSITION_B.candidates) return;
  const when = exhaustedTimeline(ctx.clock.now());
  const { call, positionIds } = await insertDeiCall(tx, {
    code: DEMO_EXHAUSTED_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 2 assegni di tutorato didattico e informativo presso il Dipartimento di Ingegneria Meccanica, Matematica e Management - A.A. 2025/26",
    deiId: dmmmId,
    rules,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
    activityType: POSITION_A.activityType,
    grants: POSITION_A.grants,
    amountPerGrantCents: AMOUNT_CENTS,
    morePositions: [{ activityType: POSITION_B.activityType, grants: POSITION_B.grants }],
  });
  const [positionA, positionB] = positionIds;
  if (!positionA || !positionB) throw new Error('demo exhausted call: positions missing');
  await seedCommittee(tx, call.id, dmmmId, when.closesAt);
  // A's candidate applied second, between B's.
  const chosen = eligible.slice(0, POSITION_A.candidates + POSITION_B.candidates).map((student, index) => ({
    ...student,
    positionId: index === 1 ? positionA : positionB,
  }));
  await seedConfirmedApplications(tx, {
    call,
    positionId: positionB,
    candidates: chosen,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
  });
};

/** Three DMMM staff without a login account (after the first, the department's tutoring supervisor). */
const seedCommittee = async (tx: DbOrTx, callId: string, dmmmId: string, namedAt: Date) => {
  const [president, secretary, member] = (
    await tx
      .select({ id: people.id })
      .from(people)
      .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
      .where(and(eq(people.isStaff, true), eq(people.unitId, dmmmId), isNull(localAccounts.personId)))
      .orderBy(asc(people.email))
      .offset(1)
      .limit(3)
  ).map((row) => row.id);
  if (!president || !secretary || !member) return;
  const [committee] = await tx
    .insert(committees)
    .values({ callId, appointmentAct: 'D.D. DMMM n. 102 del 2025', namedAt })
    .returning({ id: committees.id });
  if (!committee) throw new Error('demo committee insert failed');
  await tx.insert(committeeMembers).values([
    { committeeId: committee.id, personId: president, role: 'president' },
    { committeeId: committee.id, personId: secretary, role: 'secretary' },
    { committeeId: committee.id, personId: member, role: 'member' },
  ]);
};

/** Committee points per title criterion, varied by the order of the applications. */
const committeePoints = (index: number, maxPoints: number) =>
  Math.max(0, maxPoints - ((index * 2 + 1) % (maxPoints + 1)));

/**
 * After the seed's transaction: the selection through the services (the committee's president scores, the office
 * computes, publishes and approves both rankings by one decree), the offers of both rankings started two days before
 * the load, and position A's candidate refusing the day before: the ranking is exhausted.
 */
export const runDemoExhaustedSelection = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_EXHAUSTED_CALL_CODE));
  const office = await personOf(db, 'ufficio');
  if (!call || !office) return;
  const [president] = await db
    .select({ id: committeeMembers.personId })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(and(eq(committees.callId, call.id), eq(committeeMembers.role, 'president')));
  const when = exhaustedTimeline(ctx.clock.now());
  await scoreDemoCall(ctx, {
    call,
    scorer: president?.id ?? office,
    committeeAt: when.committeeAt,
    pointsOf: (index, _studentId, maxPoints) => committeePoints(index, maxPoints),
  });
  const publishing = { ctx: at(ctx, when.publishedAt), actorId: office, locale: 'it' as const };
  const computed = await computeCallRankings(publishing, call.id);
  const { exhausted, other } = await rankingsOf(db, call.id);
  if (computed.length !== 2 || !exhausted || !other) return;
  const approving = { ctx: at(ctx, when.approvedAt), actorId: office, locale: 'it' as const };
  for (const id of [exhausted, other]) {
    await publish(publishing, id);
    await approve(approving, id, { decreeNumber: DEMO_EXHAUSTED_DECREE, decreeDate: when.decreeDate });
  }
  await startOffers(at(ctx, when.offersAt), exhausted, office);
  await startOffers(at(ctx, new Date(when.offersAt.getTime() + 15 * 60_000)), other, office);
  const [pending] = await db
    .select({ id: offers.id, studentId: offers.studentId })
    .from(offers)
    .where(and(eq(offers.rankingId, exhausted), eq(offers.status, 'pending')));
  if (pending) await answerOffer(at(ctx, when.refusedAt), pending.studentId, pending.id, 'refuse');
};

/** The call's two rankings: position A's (exhausted) and position B's (for tests and the step above). */
const rankingsOf = async (db: DbOrTx, callId: string) => {
  const rows = await db
    .select({ id: rankings.id, ordinal: callPositions.ordinal })
    .from(rankings)
    .innerJoin(rankingPositions, eq(rankingPositions.rankingId, rankings.id))
    .innerJoin(callPositions, eq(callPositions.id, rankingPositions.positionId))
    .where(eq(rankings.callId, callId))
    .orderBy(asc(callPositions.ordinal));
  return { exhausted: rows[0]?.id ?? null, other: rows[1]?.id ?? null };
};

/** The ids of the demo's exhausted ranking (position A) and of its call's other ranking (position B), for tests. */
export const demoExhaustedRankingIds = async (db: DbOrTx) => {
  const [call] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(eq(calls.code, DEMO_EXHAUSTED_CALL_CODE));
  return call ? rankingsOf(db, call.id) : { exhausted: null, other: null };
};
