import { and, asc, eq, isNull } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import { rulesFromProfile } from '../../domain/calls/types.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  calls,
  committeeMembers,
  committees,
  fundingAllocations,
  fundingAssignments,
  localAccounts,
  people,
  rankings,
} from '../db/schema/index.ts';
import { startOffers } from '../features/offers/service.ts';
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
 * A second demo call, already through the whole selection: the DEI's call of the first semester of 2025/26, closed
 * weeks before the demo is loaded. Its applications are seeded as confirmed; everything after the closing goes
 * through the real services, each at its own moment of the past (career scores and the committee's, the rankings
 * computed and published, the appeal window run out, the definitive ranking approved by decree with its funding
 * commitment); the offers start when the demo loads, so the demo student (a winner) has an offer to answer within
 * the profile's working days.
 */

export const DEMO_PAST_CALL_CODE = 'POLIBA-DEI-TUT-2025-I';
export const DEMO_PAST_FUNDING_TITLE = 'Fondi di Dipartimento DEI - tutorato I semestre A.A. 2025/26';
/** The decree approving the past call's ranking (its date is the approval day, see pastTimeline). */
export const DEMO_PAST_DECREE = '512/2026';

const GRANTS = 2;
const AMOUNT_CENTS = 150_000;
const OTHER_CANDIDATES = 4;

/** The moments of the past call, in Rome calendar days before the day the demo is loaded. */
export const pastTimeline = (now: Date) => {
  const day = romeDaysBefore(now);
  return {
    opensAt: day(75, '00:00'),
    closesAt: day(55, '12:00'),
    committeeAt: day(53),
    publishedAt: day(50),
    approvedAt: day(30),
    decreeDate: Temporal.PlainDate.from(romeDate(now)).subtract({ days: 30 }).toString(),
  };
};

/**
 * The call, its funding and committee, and the confirmed applications (inside the seed's transaction). Protocol
 * numbers come from the year's counter before the Bari call's applications take theirs, as they were earlier.
 */
export const seedDemoPastCall: DemoSeedPart = async (ctx, tx, unitIds) => {
  const deiId = unitIds.get('DEI');
  if (!deiId) throw new Error('demo unit DEI missing');
  const when = pastTimeline(ctx.clock.now());
  const [funding] = await tx
    .insert(fundingAssignments)
    .values({
      source: 'university',
      title: DEMO_PAST_FUNDING_TITLE,
      year: 2025,
      amountCents: GRANTS * AMOUNT_CENTS,
      reference: 'Delibera del Consiglio di Dipartimento DEI n. 14/2025',
    })
    .returning({ id: fundingAssignments.id });
  if (!funding) throw new Error('demo funding insert failed');
  await tx.insert(fundingAllocations).values({
    assignmentId: funding.id,
    unitId: deiId,
    amountCents: GRANTS * AMOUNT_CENTS,
    method: 'manual',
  });
  const rules = rulesFromProfile(POLIBA.profile);
  const { call, positionId } = await insertDeiCall(tx, {
    code: DEMO_PAST_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 2 assegni di tutorato informativo presso il Dipartimento di Ingegneria Elettrica e dell'Informazione - I semestre A.A. 2025/26",
    deiId,
    rules,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
    activityType: 'Tutorato informativo',
    grants: GRANTS,
    amountPerGrantCents: AMOUNT_CENTS,
    fundingAssignmentId: funding.id,
  });
  await seedPastCommittee(tx, call.id, when.closesAt);

  const eligible = await eligibleDeiCandidates(tx, deiId, rules);
  const chosen = [
    ...eligible.filter((s) => s.account),
    ...eligible.filter((s) => !s.account).slice(0, OTHER_CANDIDATES),
  ];
  await seedConfirmedApplications(tx, {
    call,
    positionId,
    candidates: chosen,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
  });
};

/** Three staff without a login account (not the Bari committee's), named when the call closed. */
const seedPastCommittee = async (tx: DbOrTx, callId: string, namedAt: Date) => {
  const staff = (
    await tx
      .select({ id: people.id })
      .from(people)
      .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
      .where(and(eq(people.isStaff, true), isNull(localAccounts.personId)))
      .orderBy(asc(people.email))
      .limit(5)
  ).map((row) => row.id);
  const [president, secretary, member] = staff.slice(2);
  if (!president || !secretary || !member) return;
  const [committee] = await tx
    .insert(committees)
    .values({ callId, appointmentAct: 'D.D. DEI n. 88 del 2025', namedAt })
    .returning({ id: committees.id });
  if (!committee) throw new Error('demo committee insert failed');
  await tx.insert(committeeMembers).values([
    { committeeId: committee.id, personId: president, role: 'president' },
    { committeeId: committee.id, personId: secretary, role: 'secretary' },
    { committeeId: committee.id, personId: member, role: 'member' },
  ]);
};

/** Committee points per title criterion: the demo student's titles are the best, the others' vary. */
const committeePoints = (index: number, isDemoStudent: boolean, maxPoints: number) =>
  isDemoStudent ? maxPoints : Math.min(maxPoints, (index * 3 + maxPoints) % (maxPoints + 1));

/**
 * After the seed's transaction: the selection of the past call through the services, then its offers. The office
 * (`ufficio`) acts; the committee's president scores.
 */
export const runDemoPastSelection = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_PAST_CALL_CODE));
  if (!call) return;
  const office = await personOf(db, 'ufficio');
  const student = await personOf(db, 'studente');
  if (!office) return;
  const [president] = await db
    .select({ id: committeeMembers.personId })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(and(eq(committees.callId, call.id), eq(committeeMembers.role, 'president')));
  const scorer = president?.id ?? office;
  const when = pastTimeline(ctx.clock.now());
  await scoreDemoCall(ctx, {
    call,
    scorer,
    committeeAt: when.committeeAt,
    pointsOf: (index, studentId, maxPoints) => committeePoints(index, studentId === student, maxPoints),
  });
  const publishing = { ctx: at(ctx, when.publishedAt), actorId: office, locale: 'it' as const };
  const [ranking] = await computeCallRankings(publishing, call.id);
  if (!ranking) return;
  await publish(publishing, ranking.id);
  await approve({ ctx: at(ctx, when.approvedAt), actorId: office, locale: 'it' }, ranking.id, {
    decreeNumber: DEMO_PAST_DECREE,
    decreeDate: when.decreeDate,
  });
  await startOffers(ctx, ranking.id, office);
};

/** The id of the past call's ranking (for tests). */
export const demoPastRankingId = async (db: DbOrTx) => {
  const [row] = await db
    .select({ id: rankings.id })
    .from(rankings)
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .where(eq(calls.code, DEMO_PAST_CALL_CODE));
  return row?.id ?? null;
};
