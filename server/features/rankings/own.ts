import { and, asc, eq, ne } from 'drizzle-orm';
import type { OwnRanking } from '../../../api/rankings.ts';
import { checkAppealAllowed, type RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import { formatPoints } from '../../../domain/scoring/points.ts';
import type { DbOrTx } from '../../db/client.ts';
import { appeals, applications, rankingEntries, rankings } from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { appealView } from './appeals.ts';
import { type EntryDetail, lifecycleOf, notFound } from './rows.ts';

/** The candidate's own application, or "not found" for anyone else's (no hint that it exists). */
const ownApplication = async (db: DbOrTx, studentId: string, applicationId: string) => {
  const [row] = await db
    .select({ id: applications.id, protocolNumber: applications.protocolNumber })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.studentId, studentId)));
  if (!row) throw notFound('application');
  return row;
};

/**
 * The published rankings holding the candidate's application, with their own line only: drafts are the office's
 * work in progress and stay hidden until published.
 */
export const listOwnRankings = async (
  db: DbOrTx,
  studentId: string,
  applicationId: string,
  locale: Locale,
  now: Date,
): Promise<OwnRanking[]> => {
  await ownApplication(db, studentId, applicationId);
  const rows = await db
    .select({ ranking: rankings, entry: rankingEntries })
    .from(rankingEntries)
    .innerJoin(rankings, eq(rankings.id, rankingEntries.rankingId))
    .where(and(eq(rankingEntries.applicationId, applicationId), ne(rankings.status, 'draft')))
    .orderBy(asc(rankings.createdAt), asc(rankings.title));
  return rows.map(({ ranking, entry }) => ({
    id: ranking.id,
    callId: ranking.callId,
    title: ranking.title,
    status: ranking.status as RankingStatus,
    publishedAt: ranking.publishedAt?.toISOString() ?? null,
    appealsCloseAt: ranking.appealsCloseAt?.toISOString() ?? null,
    appealWindowOpen: checkAppealAllowed(lifecycleOf(ranking), now).ok,
    decreeNumber: ranking.decreeNumber,
    decreeDate: ranking.decreeDate,
    validUntil: ranking.validUntil,
    place: entry.place,
    total: formatPoints(entry.totalHundredths, locale),
    outcome: entry.outcome as OwnRanking['outcome'],
    tied: entry.tieGroup !== null,
    awaitingScores: (entry.detail as EntryDetail | null)?.awaitingScores === true,
  }));
};

/** The candidate's own appeals with their status and the committee's answer. */
export const listOwnAppeals = async (db: DbOrTx, studentId: string, applicationId: string) => {
  const application = await ownApplication(db, studentId, applicationId);
  const rows = await db
    .select()
    .from(appeals)
    .where(eq(appeals.applicationId, applicationId))
    .orderBy(asc(appeals.submittedAt));
  return rows.map((row) => appealView(row, application.protocolNumber));
};
