import { eq } from 'drizzle-orm';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationPositions,
  applications,
  callPositions,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
} from '../../db/schema/index.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

export interface RankedCandidate {
  key: string;
  username: string;
  personId: string;
  applicationId: string;
}

/**
 * A definitive ranking of one position with `grants` grants, persisted directly (the path to it is tested by the
 * rankings feature): candidates in the order given, the first `grants` of them winners, approved by decree.
 */
export const insertDefinitiveRanking = async (
  db: DbOrTx,
  options: { preset: string; grants: number; candidates: string[]; prefix: string },
) => {
  const call = await insertCall(db, {
    academicYear: 2025,
    opensAt: romeToUtc('2026-02-01', '09:00:00'),
    closesAt: romeToUtc('2026-03-02', '12:00:00'),
    positions: [['LM']],
    preset: options.preset,
  });
  const positionId = call.positionIds[0] as string;
  await db.update(callPositions).set({ grants: options.grants }).where(eq(callPositions.id, positionId));
  const [ranking] = await db
    .insert(rankings)
    .values({
      callId: call.callId,
      groupKey: `test-${options.prefix}`,
      title: 'Tutorato 1 — prova (LM)',
      status: 'definitive',
      publishedAt: romeToUtc('2026-03-10', '10:00:00'),
      appealsCloseAt: romeToUtc('2026-03-21'),
      decreeNumber: 'D.R. 1/2026',
      decreeDate: '2026-03-25',
      approvedAt: romeToUtc('2026-03-25', '10:00:00'),
      validUntil: '2027-03-24',
      computedAt: romeToUtc('2026-03-09', '10:00:00'),
    })
    .returning({ id: rankings.id });
  if (!ranking) throw new Error('ranking insert failed');
  await db.insert(rankingPositions).values({ rankingId: ranking.id, positionId });
  const candidates: Record<string, RankedCandidate> = {};
  for (const [index, key] of options.candidates.entries()) {
    const username = `${options.prefix}.${key}`;
    const personId = await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' });
    await db
      .update(people)
      .set({ givenName: key, familyName: `Cognome-${key}` })
      .where(eq(people.id, personId));
    const [application] = await db
      .insert(applications)
      .values({
        callId: call.callId,
        studentId: personId,
        status: 'confirmed',
        declaredTitles: {},
        protocolNumber: `2026/${options.prefix}${String(index + 1).padStart(4, '0')}`,
        confirmedAt: romeToUtc('2026-03-01', '10:00:00'),
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('application insert failed');
    await db
      .insert(applicationPositions)
      .values({ applicationId: application.id, positionId, preference: 1 });
    const winner = index < options.grants;
    await db.insert(rankingEntries).values({
      rankingId: ranking.id,
      applicationId: application.id,
      place: index + 1,
      totalHundredths: 3000 - index * 100,
      outcome: winner ? 'winner' : 'eligible',
      positionId: winner ? positionId : null,
      tieGroup: null,
      detail: {},
    });
    candidates[key] = { key, username, personId, applicationId: application.id };
  }
  return { callId: call.callId, positionId, rankingId: ranking.id, candidates };
};

/**
 * A second definitive ranking in the same call, for a new position, over candidates already in it: each chooses the
 * new position after their first (their application is the same, seed 004 art. 4: at most two positions).
 */
export const addRankingToCall = async (
  db: DbOrTx,
  options: {
    callId: string;
    grants: number;
    prefix: string;
    entries: Array<{ candidate: RankedCandidate; winner: boolean }>;
  },
) => {
  const [first] = await db
    .select()
    .from(callPositions)
    .where(eq(callPositions.callId, options.callId))
    .limit(1);
  if (!first) throw new Error('the call has no position');
  const { id: _id, ...copy } = first;
  const [position] = await db
    .insert(callPositions)
    .values({
      ...copy,
      ordinal: first.ordinal + 1,
      activityType: `Tutorato ${options.prefix}`,
      grants: options.grants,
    })
    .returning({ id: callPositions.id });
  if (!position) throw new Error('position insert failed');
  const [ranking] = await db
    .insert(rankings)
    .values({
      callId: options.callId,
      groupKey: `test-${options.prefix}`,
      title: `Tutorato ${options.prefix} (LM)`,
      status: 'definitive',
      publishedAt: romeToUtc('2026-03-10', '10:00:00'),
      appealsCloseAt: romeToUtc('2026-03-21'),
      decreeNumber: 'D.R. 1/2026',
      decreeDate: '2026-03-25',
      approvedAt: romeToUtc('2026-03-25', '10:00:00'),
      validUntil: '2027-03-24',
      computedAt: romeToUtc('2026-03-09', '10:00:00'),
    })
    .returning({ id: rankings.id });
  if (!ranking) throw new Error('ranking insert failed');
  await db.insert(rankingPositions).values({ rankingId: ranking.id, positionId: position.id });
  for (const [index, entry] of options.entries.entries()) {
    await db
      .insert(applicationPositions)
      .values({ applicationId: entry.candidate.applicationId, positionId: position.id, preference: 2 });
    await db.insert(rankingEntries).values({
      rankingId: ranking.id,
      applicationId: entry.candidate.applicationId,
      place: index + 1,
      totalHundredths: 3000 - index * 100,
      outcome: entry.winner ? 'winner' : 'eligible',
      positionId: entry.winner ? position.id : null,
      tieGroup: null,
      detail: {},
    });
  }
  return { rankingId: ranking.id, positionId: position.id };
};
