import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { PublicRanking } from '../../../api/rankings.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import { formatPoints } from '../../../domain/scoring/points.ts';
import type { DbOrTx } from '../../db/client.ts';
import { applications, calls, rankingEntries, rankings, students } from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profileOfCall } from './service.ts';

type RankingRow = typeof rankings.$inferSelect;

/**
 * Published rankings as everyone may read them (Garante privacy, 15 May 2014; GDPR art. 5 c.1 c): a candidate is
 * the protocol number of the application, or the student number when the profile publishes it; the score and the
 * outcome. Never a name, a birth date, a reason for exclusion or any special-category datum. A profile that says
 * 'full-name' is still published by protocol number here: names are for the office's view only.
 */
const publicViews = async (db: DbOrTx, rows: RankingRow[], locale: Locale): Promise<PublicRanking[]> => {
  if (rows.length === 0) return [];
  const entries = await db
    .select({
      rankingId: rankingEntries.rankingId,
      place: rankingEntries.place,
      totalHundredths: rankingEntries.totalHundredths,
      outcome: rankingEntries.outcome,
      tieGroup: rankingEntries.tieGroup,
      protocolNumber: applications.protocolNumber,
      studentNumber: students.studentNumber,
    })
    .from(rankingEntries)
    .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .where(
      inArray(
        rankingEntries.rankingId,
        rows.map((r) => r.id),
      ),
    );
  const views: PublicRanking[] = [];
  for (const row of rows) {
    const [call] = await db.select().from(calls).where(eq(calls.id, row.callId));
    if (!call) continue;
    const profile = await profileOfCall(db, call.profileCode);
    const byStudentNumber = profile.rankings.publication.value === 'student-number';
    views.push({
      id: row.id,
      callId: row.callId,
      callCode: call.code,
      callTitle: call.title,
      title: row.title,
      status: row.status as RankingStatus,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      appealsCloseAt: row.appealsCloseAt?.toISOString() ?? null,
      decreeNumber: row.decreeNumber,
      decreeDate: row.decreeDate,
      identifiedBy: byStudentNumber ? 'student-number' : 'protocol-number',
      entries: entries
        .filter((e) => e.rankingId === row.id)
        .sort(
          (a, b) =>
            (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER) ||
            (a.protocolNumber ?? '').localeCompare(b.protocolNumber ?? ''),
        )
        .map((e) => ({
          place: e.place,
          candidate: (byStudentNumber ? e.studentNumber : e.protocolNumber) ?? e.protocolNumber ?? '',
          total: e.outcome === 'excluded' ? null : formatPoints(e.totalHundredths, locale),
          outcome: e.outcome as PublicRanking['entries'][number]['outcome'],
          tieGroup: e.tieGroup,
        })),
    });
  }
  return views;
};

export const listPublicRankings = async (db: DbOrTx, callId: string, locale: Locale) => {
  const rows = await db
    .select()
    .from(rankings)
    .where(and(eq(rankings.callId, callId), ne(rankings.status, 'draft')))
    .orderBy(asc(rankings.createdAt), asc(rankings.title));
  return publicViews(db, rows, locale);
};

export const findPublicRanking = async (db: DbOrTx, id: string, locale: Locale): Promise<PublicRanking> => {
  const [row] = await db.select().from(rankings).where(eq(rankings.id, id));
  if (!row || row.status === 'draft') throw new DomainFailure({ kind: 'not-found', entity: 'ranking' });
  const [view] = await publicViews(db, [row], locale);
  if (!view) throw new DomainFailure({ kind: 'not-found', entity: 'ranking' });
  return view;
};
