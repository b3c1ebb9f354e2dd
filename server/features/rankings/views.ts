import { asc, eq, inArray } from 'drizzle-orm';
import type { RankingView } from '../../../api/rankings.ts';
import type { RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import { formatPoints } from '../../../domain/scoring/points.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applications,
  fundingAssignments,
  fundingCommitments,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
  students,
} from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type EntryDetail, findCallRow, findRankingRow, type RankingRow } from './rows.ts';

const commitmentOf = (
  row:
    | {
        assignmentId: string;
        fundingTitle: string;
        amountCents: number;
        decreeNumber: string;
        committedAt: Date;
      }
    | undefined,
) =>
  row
    ? {
        assignmentId: row.assignmentId,
        fundingTitle: row.fundingTitle,
        amountCents: row.amountCents,
        decreeNumber: row.decreeNumber,
        committedAt: row.committedAt.toISOString(),
      }
    : null;

/** The office's view of rankings: every entry with names, tie groups and whether each decides a grant. */
export const rankingViews = async (
  db: DbOrTx,
  rows: RankingRow[],
  locale: Locale,
): Promise<RankingView[]> => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const entries = await db
    .select({
      rankingId: rankingEntries.rankingId,
      applicationId: rankingEntries.applicationId,
      place: rankingEntries.place,
      totalHundredths: rankingEntries.totalHundredths,
      outcome: rankingEntries.outcome,
      positionId: rankingEntries.positionId,
      tieGroup: rankingEntries.tieGroup,
      detail: rankingEntries.detail,
      protocolNumber: applications.protocolNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      studentNumber: students.studentNumber,
    })
    .from(rankingEntries)
    .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .where(inArray(rankingEntries.rankingId, ids));
  const positions = await db.select().from(rankingPositions).where(inArray(rankingPositions.rankingId, ids));
  const commitments = await db
    .select({
      rankingId: fundingCommitments.rankingId,
      assignmentId: fundingCommitments.assignmentId,
      fundingTitle: fundingAssignments.title,
      amountCents: fundingCommitments.amountCents,
      decreeNumber: fundingCommitments.decreeNumber,
      committedAt: fundingCommitments.committedAt,
    })
    .from(fundingCommitments)
    .innerJoin(fundingAssignments, eq(fundingAssignments.id, fundingCommitments.assignmentId))
    .where(inArray(fundingCommitments.rankingId, ids));
  return rows.map((row) => {
    const mine = entries
      .filter((e) => e.rankingId === row.id)
      .sort(
        (a, b) =>
          (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER) ||
          (a.protocolNumber ?? '').localeCompare(b.protocolNumber ?? ''),
      );
    const groups = new Map<number, RankingView['tieGroups'][number]>();
    for (const e of mine) {
      if (e.tieGroup === null || e.place === null) continue;
      const group = groups.get(e.tieGroup) ?? {
        tieGroup: e.tieGroup,
        place: e.place,
        applicationIds: [],
        decisive: false,
      };
      group.applicationIds.push(e.applicationId);
      if ((e.detail as EntryDetail | null)?.decisiveTie) group.decisive = true;
      groups.set(e.tieGroup, group);
    }
    return {
      id: row.id,
      callId: row.callId,
      groupKey: row.groupKey,
      title: row.title,
      status: row.status as RankingStatus,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      appealsCloseAt: row.appealsCloseAt?.toISOString() ?? null,
      decreeNumber: row.decreeNumber,
      decreeDate: row.decreeDate,
      approvedAt: row.approvedAt?.toISOString() ?? null,
      validUntil: row.validUntil,
      version: row.version,
      computedAt: row.computedAt?.toISOString() ?? null,
      positionIds: positions.filter((p) => p.rankingId === row.id).map((p) => p.positionId),
      entries: mine.map((e) => {
        const detail = (e.detail ?? {}) as EntryDetail;
        return {
          applicationId: e.applicationId,
          protocolNumber: e.protocolNumber ?? '',
          studentNumber: e.studentNumber,
          givenName: e.givenName,
          familyName: e.familyName,
          place: e.place,
          totalHundredths: e.totalHundredths,
          total: formatPoints(e.totalHundredths, locale),
          outcome: e.outcome as 'winner' | 'eligible' | 'excluded',
          positionId: e.positionId,
          tieGroup: e.tieGroup,
          awaitingScores: detail.awaitingScores === true,
          detail: detail as Record<string, unknown>,
        };
      }),
      tieGroups: [...groups.values()].sort((a, b) => a.tieGroup - b.tieGroup),
      commitment: commitmentOf(commitments.find((c) => c.rankingId === row.id)),
    };
  });
};

export const listCallRankings = async (db: DbOrTx, callId: string, locale: Locale) => {
  await findCallRow(db, callId);
  const rows = await db
    .select()
    .from(rankings)
    .where(eq(rankings.callId, callId))
    .orderBy(asc(rankings.createdAt), asc(rankings.title));
  return rankingViews(db, rows, locale);
};

export const rankingView = async (db: DbOrTx, id: string, locale: Locale) => {
  const [view] = await rankingViews(db, [await findRankingRow(db, id)], locale);
  return view as RankingView;
};
