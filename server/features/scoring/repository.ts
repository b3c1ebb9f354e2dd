import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { PassedExam } from '../../../domain/careers/career-metrics.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import type { RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import type { DegreeGrade } from '../../../domain/scoring/degree-grade.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationPositions,
  applicationReviews,
  applicationScores,
  applications,
  exams,
  rankingEntries,
  rankingPositions,
  rankings,
  students,
} from '../../db/schema/index.ts';

export type ScoreRow = typeof applicationScores.$inferSelect;
export type ReviewRow = typeof applicationReviews.$inferSelect;

export interface ScoredApplication {
  id: string;
  callId: string;
  studentId: string;
  status: string;
  protocolNumber: string | null;
}

const applicationColumns = {
  id: applications.id,
  callId: applications.callId,
  studentId: applications.studentId,
  status: applications.status,
  protocolNumber: applications.protocolNumber,
};

/** The confirmed applications of a call, in protocol order: the ones the committee scores. */
export const confirmedApplicationsOf = async (db: DbOrTx, callId: string): Promise<ScoredApplication[]> =>
  db
    .select(applicationColumns)
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')))
    .orderBy(asc(applications.protocolNumber));

/** A confirmed application of the call, or null (drafts and withdrawn ones are not the committee's). */
export const confirmedApplicationOfCall = async (
  db: DbOrTx,
  callId: string,
  applicationId: string,
): Promise<ScoredApplication | null> =>
  (
    await db
      .select(applicationColumns)
      .from(applications)
      .where(
        and(
          eq(applications.id, applicationId),
          eq(applications.callId, callId),
          eq(applications.status, 'confirmed'),
        ),
      )
  )[0] ?? null;

/** The student's own confirmed application, or null. */
export const ownConfirmedApplication = async (
  db: DbOrTx,
  studentId: string,
  applicationId: string,
): Promise<ScoredApplication | null> =>
  (
    await db
      .select(applicationColumns)
      .from(applications)
      .where(
        and(
          eq(applications.id, applicationId),
          eq(applications.studentId, studentId),
          eq(applications.status, 'confirmed'),
        ),
      )
  )[0] ?? null;

/** The passed exams of the student's career (the libretto), every date: the formula applies the cut-off. */
export const examsOf = async (db: DbOrTx, studentId: string): Promise<PassedExam[]> =>
  db
    .select({ credits: exams.credits, grade: exams.grade, honours: exams.honours, passedOn: exams.passedOn })
    .from(exams)
    .where(eq(exams.studentId, studentId))
    .orderBy(asc(exams.passedOn), asc(exams.courseCode));

/**
 * The previous degree the rubric grades: the bachelor's for a master's student, the master's for a PhD student;
 * null for the others or when the career does not carry it.
 */
export const previousDegreeOf = async (
  db: DbOrTx,
  studentId: string,
  programmeType: ProgrammeType,
): Promise<DegreeGrade | null> => {
  const [row] = await db.select().from(students).where(eq(students.personId, studentId));
  if (!row) return null;
  if (programmeType === 'LM' && row.bachelorGrade !== null)
    return { grade: row.bachelorGrade, honours: row.bachelorHonours };
  if (programmeType === 'PHD' && row.masterGrade !== null)
    return { grade: row.masterGrade, honours: row.masterHonours };
  return null;
};

export const scoresOf = async (db: DbOrTx, applicationId: string): Promise<ScoreRow[]> =>
  db.select().from(applicationScores).where(eq(applicationScores.applicationId, applicationId));

export const upsertScore = async (db: DbOrTx, row: ScoreRow): Promise<void> => {
  await db
    .insert(applicationScores)
    .values(row)
    .onConflictDoUpdate({
      target: [applicationScores.applicationId, applicationScores.criterionId],
      set: {
        pointsHundredths: row.pointsHundredths,
        source: row.source,
        note: row.note,
        explanation: row.explanation,
        scoredBy: row.scoredBy,
        scoredAt: row.scoredAt,
      },
    });
};

export const deleteScore = async (db: DbOrTx, applicationId: string, criterionId: string): Promise<void> => {
  await db
    .delete(applicationScores)
    .where(
      and(eq(applicationScores.applicationId, applicationId), eq(applicationScores.criterionId, criterionId)),
    );
};

export const reviewOf = async (db: DbOrTx, applicationId: string): Promise<ReviewRow | null> =>
  (
    await db.select().from(applicationReviews).where(eq(applicationReviews.applicationId, applicationId))
  )[0] ?? null;

export const upsertReview = async (db: DbOrTx, row: ReviewRow): Promise<void> => {
  await db
    .insert(applicationReviews)
    .values(row)
    .onConflictDoUpdate({
      target: applicationReviews.applicationId,
      set: {
        excluded: row.excluded,
        reasonCode: row.reasonCode,
        reasonText: row.reasonText,
        reviewedBy: row.reviewedBy,
        reviewedAt: row.reviewedAt,
      },
    });
};

/** Chosen positions of an application, in order of preference. */
export const chosenPositionIds = async (db: DbOrTx, applicationId: string): Promise<string[]> =>
  (
    await db
      .select({ id: applicationPositions.positionId })
      .from(applicationPositions)
      .where(eq(applicationPositions.applicationId, applicationId))
      .orderBy(asc(applicationPositions.preference))
  ).map((row) => row.id);

/**
 * The statuses of the call's rankings that hold the application: those listing it, and those covering a position
 * it chose (a ranking computed before the application's entry was written still holds it).
 */
export const rankingStatusesOf = async (
  db: DbOrTx,
  callId: string,
  applicationId: string,
): Promise<RankingStatus[]> => {
  const positions = await chosenPositionIds(db, applicationId);
  const byEntry = db
    .select({ id: rankingEntries.rankingId })
    .from(rankingEntries)
    .where(eq(rankingEntries.applicationId, applicationId));
  const conditions = [inArray(rankings.id, byEntry)];
  if (positions.length > 0) {
    conditions.push(
      inArray(
        rankings.id,
        db
          .select({ id: rankingPositions.rankingId })
          .from(rankingPositions)
          .where(inArray(rankingPositions.positionId, positions)),
      ),
    );
  }
  const rows = await db
    .select({ status: rankings.status })
    .from(rankings)
    .where(and(eq(rankings.callId, callId), or(...conditions)));
  return rows.map((row) => row.status as RankingStatus);
};
