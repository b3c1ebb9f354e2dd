import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { ATTACHMENT_TYPES, detectAttachmentType } from '../../../domain/applications/file-type.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { checkAppealAllowed, checkAppealAnswerAllowed } from '../../../domain/ranking/lifecycle.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { appeals, applications, rankingEntries, rankings } from '../../db/schema/index.ts';
import { fieldMessage } from '../../i18n/field-messages.ts';
import { conflict, findRankingRow, lifecycleOf, notFound, type RankingRequest, refusal } from './rows.ts';

type AppealRow = typeof appeals.$inferSelect;
export const appealView = (row: AppealRow, protocolNumber: string | null) => ({
  id: row.id,
  rankingId: row.rankingId,
  applicationId: row.applicationId,
  protocolNumber: protocolNumber ?? '',
  reason: row.reason,
  attachmentName: row.attachmentName,
  attachmentType: row.attachmentType,
  submittedAt: row.submittedAt.toISOString(),
  status: row.status as 'submitted' | 'accepted' | 'rejected',
  answer: row.answer,
  answeredAt: row.answeredAt?.toISOString() ?? null,
});

/**
 * A candidate's reasoned appeal against the provisional ranking their application is in (seed 004 art. 7), only
 * during the window. Someone else's application, or one in no ranking, is "not found".
 */
export const submitAppeal = async (
  req: RankingRequest,
  studentId: string,
  applicationId: string,
  input: {
    reason: string;
    rankingId: string | null;
    attachment: { fileName: string; bytes: Buffer } | null;
  },
) => {
  const { ctx } = req;
  return ctx.database.db.transaction(async (tx) => {
    const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId));
    if (!application || application.studentId !== studentId) throw notFound('application');
    const mine = await tx
      .select()
      .from(rankings)
      .innerJoin(rankingEntries, eq(rankingEntries.rankingId, rankings.id))
      .where(eq(rankingEntries.applicationId, applicationId));
    const rows = mine.map((m) => m.rankings);
    const ranking = input.rankingId
      ? rows.find((r) => r.id === input.rankingId)
      : (rows.find((r) => r.status === 'provisional') ?? rows[0]);
    if (!ranking) throw notFound('ranking');
    const now = ctx.clock.now();
    const allowed = checkAppealAllowed(lifecycleOf(ranking), now);
    if (!allowed.ok) throw refusal(allowed);
    let attachment: { type: string; sha256: string } | null = null;
    if (input.attachment) {
      const type = detectAttachmentType(input.attachment.bytes);
      if (!type)
        throw new DomainFailure({
          kind: 'unsupported-file-type',
          detected: null,
          allowed: [...ATTACHMENT_TYPES],
        });
      attachment = { type, sha256: createHash('sha256').update(input.attachment.bytes).digest('hex') };
    }
    const [row] = await tx
      .insert(appeals)
      .values({
        rankingId: ranking.id,
        applicationId,
        reason: input.reason,
        attachmentName: input.attachment?.fileName ?? null,
        attachmentType: attachment?.type ?? null,
        attachmentSha256: attachment?.sha256 ?? null,
        attachmentContent: input.attachment?.bytes ?? null,
        submittedAt: now,
      })
      .returning();
    if (!row) throw new Error('appeal insert failed');
    await writeAudit(tx, {
      event: 'appeal.submitted',
      actorId: req.actorId,
      entityType: 'appeal',
      entityId: row.id,
      data: { rankingId: ranking.id, applicationId, attachment: attachment?.sha256 ?? null },
      at: now,
    });
    return appealView(row, application.protocolNumber);
  });
};

export const listAppeals = async (db: DbOrTx, rankingId: string) => {
  await findRankingRow(db, rankingId);
  const rows = await db
    .select({ appeal: appeals, protocolNumber: applications.protocolNumber })
    .from(appeals)
    .innerJoin(applications, eq(applications.id, appeals.applicationId))
    .where(eq(appeals.rankingId, rankingId))
    .orderBy(asc(appeals.submittedAt));
  return rows.map((r) => appealView(r.appeal, r.protocolNumber));
};

/**
 * The committee's answer to an appeal, given by a declared member of the call's committee or recorded by the office
 * for it (`committeeRole` says which, in the audit entry). Only while the ranking is provisional. An accepted appeal
 * lets the provisional ranking be computed again once its scores are corrected through the scoring path.
 */
export const answerAppeal = async (
  req: RankingRequest,
  rankingId: string,
  appealId: string,
  body: { accepted: boolean; answer: string },
  committeeRole: string | null = null,
) => {
  const { ctx } = req;
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(appeals)
      .where(and(eq(appeals.id, appealId), eq(appeals.rankingId, rankingId)))
      // Two answers at once: the second waits, then finds the appeal answered.
      .for('update');
    if (!row) throw notFound('appeal');
    if (row.status !== 'submitted') throw conflict(fieldMessage(req.locale, 'appeal.already-answered'));
    const allowed = checkAppealAnswerAllowed(lifecycleOf(await findRankingRow(tx, rankingId)));
    if (!allowed.ok) throw refusal(allowed);
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(appeals)
      .set({
        status: body.accepted ? 'accepted' : 'rejected',
        answer: body.answer,
        answeredBy: req.actorId,
        answeredAt: now,
      })
      .where(eq(appeals.id, appealId))
      .returning();
    await writeAudit(tx, {
      event: 'appeal.answered',
      actorId: req.actorId,
      entityType: 'appeal',
      entityId: appealId,
      reason: body.answer,
      data: { rankingId, accepted: body.accepted, ...(committeeRole ? { committeeRole } : {}) },
      at: now,
    });
    const [application] = await tx
      .select({ protocolNumber: applications.protocolNumber })
      .from(applications)
      .where(eq(applications.id, row.applicationId));
    return appealView(updated as AppealRow, application?.protocolNumber ?? null);
  });
};
