import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { CommitteeRankingAppeals } from '../../../api/committee-appeals.ts';
import {
  checkAppealAllowed,
  checkAppealAnswerAllowed,
  type RankingStatus,
} from '../../../domain/ranking/lifecycle.ts';
import type { DbOrTx } from '../../db/client.ts';
import { appeals, applications, people, rankings } from '../../db/schema/index.ts';
import { appealView } from '../rankings/appeals.ts';
import { lifecycleOf } from '../rankings/rows.ts';

/*
 * What a declared member of a call's committee reads of the appeals (issue 4: "the committee answers each appeal"):
 * every published ranking of their call with its appeals, the appellant named as the committee sees the
 * applications. The answer itself goes through the rankings feature's answerAppeal, the office's path too.
 */

const appealRows = (db: DbOrTx) =>
  db
    .select({
      appeal: appeals,
      protocolNumber: applications.protocolNumber,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(appeals)
    .innerJoin(applications, eq(applications.id, appeals.applicationId))
    .innerJoin(people, eq(people.id, applications.studentId));

type AppealWithNames = Awaited<ReturnType<typeof appealRows>>[number];
const committeeAppealView = (row: AppealWithNames) => ({
  ...appealView(row.appeal, row.protocolNumber),
  givenName: row.givenName,
  familyName: row.familyName,
});

/** The call's published rankings (provisional or later), each with its appeals, oldest first. */
export const listCommitteeAppeals = async (
  db: DbOrTx,
  callId: string,
  now: Date,
): Promise<CommitteeRankingAppeals[]> => {
  const published = await db
    .select()
    .from(rankings)
    .where(and(eq(rankings.callId, callId), ne(rankings.status, 'draft')))
    .orderBy(asc(rankings.title));
  if (published.length === 0) return [];
  const rows = await appealRows(db)
    .where(
      inArray(
        appeals.rankingId,
        published.map((r) => r.id),
      ),
    )
    .orderBy(asc(appeals.submittedAt));
  return published.map((ranking) => {
    const lifecycle = lifecycleOf(ranking);
    return {
      id: ranking.id,
      title: ranking.title,
      status: ranking.status as RankingStatus,
      publishedAt: ranking.publishedAt?.toISOString() ?? null,
      appealsCloseAt: ranking.appealsCloseAt?.toISOString() ?? null,
      appealWindowOpen: checkAppealAllowed(lifecycle, now).ok,
      answering: checkAppealAnswerAllowed(lifecycle).ok,
      appeals: rows.filter((row) => row.appeal.rankingId === ranking.id).map(committeeAppealView),
    };
  });
};

/** One appeal against a ranking of the call, with its names; null when it is not the call's. */
export const findCommitteeAppeal = async (db: DbOrTx, callId: string, appealId: string) => {
  const [row] = await appealRows(db)
    .innerJoin(rankings, eq(rankings.id, appeals.rankingId))
    .where(and(eq(appeals.id, appealId), eq(rankings.callId, callId)));
  return row ? { row: row.appeal, view: committeeAppealView(row) } : null;
};
