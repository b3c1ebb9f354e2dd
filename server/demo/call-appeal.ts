import { and, asc, eq, isNull } from 'drizzle-orm';
import { rulesFromProfile } from '../../domain/calls/types.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  auditLog,
  calls,
  committeeMembers,
  committees,
  localAccounts,
  people,
  rankings,
  roleAssignments,
} from '../db/schema/index.ts';
import { renderPdf } from '../documents/pdf.ts';
import { computeCallRankings, publish, submitAppeal } from '../features/rankings/service.ts';
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
 * A third demo call, in its appeal window when the demo loads: the DEI's call of the second semester of 2025/26,
 * closed three weeks before. Its applications are seeded as confirmed (the demo student's among them); the rest goes
 * through the real services at its own moment of the past: the committee (the demo `commissione` account as a
 * member, declarations made) scores, the office computes and publishes the provisional ranking three days before the
 * load, and the demo student appeals the day before, with a PDF. The committee answers it from its call page.
 */

export const DEMO_APPEAL_CALL_CODE = 'POLIBA-DEI-SEM2-2025';
export const DEMO_APPEAL_REASON =
  'La commissione non ha valutato la mia precedente collaborazione con il DEI (tutorato di accoglienza, a.a. 2024/25), dichiarata nella domanda: allego l’attestato del Direttore.';
export const DEMO_APPEAL_FILE = 'attestato-collaborazione.pdf';

const GRANTS = 1;
const OTHER_CANDIDATES = 3;

/** The moments of the call, in Rome calendar days before the day the demo is loaded. */
export const appealCallTimeline = (now: Date) => {
  const day = romeDaysBefore(now);
  return {
    opensAt: day(40, '00:00'),
    closesAt: day(21, '12:00'),
    committeeAt: day(18),
    publishedAt: day(3),
    appealedAt: day(1, '11:30'),
  };
};

/** The call, its position and the confirmed applications (inside the seed's transaction, before the Bari call's). */
export const seedDemoAppealCall: DemoSeedPart = async (ctx, tx, unitIds) => {
  const deiId = unitIds.get('DEI');
  if (!deiId) throw new Error('demo unit DEI missing');
  const when = appealCallTimeline(ctx.clock.now());
  const rules = rulesFromProfile(POLIBA.profile);
  const { call, positionId } = await insertDeiCall(tx, {
    code: DEMO_APPEAL_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 1 assegno di tutorato didattico presso il Dipartimento di Ingegneria Elettrica e dell'Informazione - II semestre A.A. 2025/26",
    deiId,
    rules,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
    activityType: 'Tutorato didattico',
    grants: GRANTS,
    amountPerGrantCents: 150_000,
  });
  const eligible = await eligibleDeiCandidates(tx, deiId, rules);
  const others = eligible.filter((s) => !s.account);
  // Other students than the past call's first ones, when the demo has enough of them.
  const start = others.length >= 2 * OTHER_CANDIDATES + 1 ? OTHER_CANDIDATES + 1 : 0;
  await seedConfirmedApplications(tx, {
    call,
    positionId,
    candidates: [...eligible.filter((s) => s.account), ...others.slice(start, start + OTHER_CANDIDATES)],
    opensAt: when.opensAt,
    closesAt: when.closesAt,
  });
};

/**
 * The committee of the call: the Bari committee's president and secretary (demo staff without an account) and the
 * demo `commissione` account as a member, each with the call-scoped role and the declaration of no conflict made.
 */
const nameCommittee = async (ctx: AppContext, callId: string, office: string, namedAt: Date) => {
  const db = ctx.database.db;
  const member = await personOf(db, 'commissione');
  const [president, secretary] = (
    await db
      .select({ id: people.id })
      .from(people)
      .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
      .where(and(eq(people.isStaff, true), isNull(localAccounts.personId)))
      .orderBy(asc(people.email))
      .limit(2)
  ).map((row) => row.id);
  if (!member || !president || !secretary) return null;
  const members = [
    { personId: president, role: 'president' as const },
    { personId: secretary, role: 'secretary' as const },
    { personId: member, role: 'member' as const },
  ];
  const declaredAt = new Date(namedAt.getTime() + 3_600_000);
  await db.transaction(async (tx) => {
    const [committee] = await tx
      .insert(committees)
      .values({ callId, appointmentAct: 'D.D. DEI n. 31 del 2026', namedBy: office, namedAt })
      .returning({ id: committees.id });
    if (!committee) throw new Error('demo appeal committee insert failed');
    const statement = 'Nessun rapporto di parentela, affinità o collaborazione con i candidati.';
    await tx.insert(committeeMembers).values(
      members.map((m) => ({
        committeeId: committee.id,
        ...m,
        conflictDeclaredAt: declaredAt,
        conflictStatement: statement,
      })),
    );
    await tx
      .insert(roleAssignments)
      .values(
        members.map((m) => ({ personId: m.personId, role: 'committee-member', callId, grantedBy: office })),
      );
    await tx.insert(auditLog).values([
      {
        event: 'committee.named',
        actorId: office,
        entityType: 'call',
        entityId: callId,
        data: { committeeId: committee.id, appointmentAct: 'D.D. DEI n. 31 del 2026', members },
        at: namedAt,
      },
      ...members.map((m) => ({
        event: 'committee.conflict-declared',
        actorId: m.personId,
        entityType: 'call',
        entityId: callId,
        data: { committeeId: committee.id, statement },
        at: declaredAt,
      })),
    ]);
  });
  return president;
};

/**
 * After the seed's transaction: the committee named and declared, career and committee scores, the provisional
 * ranking computed and published three days before the load, the demo student's appeal with its PDF the day before.
 */
export const runDemoAppealSelection = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_APPEAL_CALL_CODE));
  const office = await personOf(db, 'ufficio');
  const student = await personOf(db, 'studente');
  if (!call || !office) return;
  const when = appealCallTimeline(ctx.clock.now());
  const scorer = await nameCommittee(ctx, call.id, office, new Date(when.closesAt.getTime() + 86_400_000));
  if (!scorer) return;
  // The demo student's declared collaboration was not counted: what her appeal is about.
  const applied = await scoreDemoCall(ctx, {
    call,
    scorer,
    committeeAt: when.committeeAt,
    pointsOf: (index, studentId, maxPoints) => (studentId === student ? 0 : Math.min(maxPoints, index + 1)),
  });
  const publishing = { ctx: at(ctx, when.publishedAt), actorId: office, locale: 'it' as const };
  const [ranking] = await computeCallRankings(publishing, call.id);
  if (!ranking) return;
  await publish(publishing, ranking.id);

  const appellant = applied.find((a) => a.studentId === student);
  if (!student || !appellant) return;
  const attachment = await renderPdf({
    content: [
      { text: 'Politecnico di Bari - Dipartimento di Ingegneria Elettrica e dell’Informazione', bold: true },
      'Si attesta che la studentessa Giulia Lorusso ha svolto attività di tutorato di accoglienza delle matricole nell’a.a. 2024/25 (40 ore).',
      'Il Direttore del Dipartimento',
    ],
  });
  await submitAppeal(
    { ctx: at(ctx, when.appealedAt), actorId: student, locale: 'it' },
    student,
    appellant.id,
    {
      reason: DEMO_APPEAL_REASON,
      rankingId: ranking.id,
      attachment: { fileName: DEMO_APPEAL_FILE, bytes: attachment },
    },
  );
};

/** The id of the appeal call's ranking (for tests). */
export const demoAppealRankingId = async (db: DbOrTx) => {
  const [row] = await db
    .select({ id: rankings.id })
    .from(rankings)
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .where(eq(calls.code, DEMO_APPEAL_CALL_CODE));
  return row?.id ?? null;
};
