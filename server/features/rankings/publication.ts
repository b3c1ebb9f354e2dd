import { and, eq, sql } from 'drizzle-orm';
import type { RankingView } from '../../../api/rankings.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import { workingDaySettings } from '../../../domain/profiles/accessors.ts';
import { approveRanking, publishRanking } from '../../../domain/ranking/lifecycle.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import {
  appeals,
  callPositions,
  fundingCommitments,
  rankingEntries,
  rankings,
} from '../../db/schema/index.ts';
import {
  type EntryDetail,
  findCallRow,
  findRankingRow,
  lifecycleOf,
  profileOfCall,
  type RankingRequest,
  refusal,
} from './rows.ts';
import { rankingView } from './views.ts';

/** Publishes the provisional ranking: the appeal window opens now for the profile's days (decision 008). */
export const publish = async (req: RankingRequest, rankingId: string): Promise<RankingView> => {
  const { ctx } = req;
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from rankings where id = ${rankingId} for update`);
    const row = await findRankingRow(tx, rankingId);
    const call = await findCallRow(tx, row.callId);
    const profile = await profileOfCall(tx, call.profileCode);
    const entries = await tx.select().from(rankingEntries).where(eq(rankingEntries.rankingId, rankingId));
    const awaiting = entries.filter((e) => (e.detail as EntryDetail | null)?.awaitingScores).length;
    const now = ctx.clock.now();
    const outcome = publishRanking(lifecycleOf(row), {
      now,
      appealWindowDays:
        (call.rules as unknown as CallRules).appealWindowDays ?? profile.rankings.appealWindowDays.value,
      calendar: workingDaySettings(profile),
      awaitingScores: awaiting,
    });
    if (!outcome.ok) throw refusal(outcome);
    const next = outcome.value;
    await tx
      .update(rankings)
      .set({ status: next.status, publishedAt: next.publishedAt, appealsCloseAt: next.appealsCloseAt })
      .where(eq(rankings.id, rankingId));
    await writeAudit(tx, {
      event: 'ranking.published',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      data: { appealsCloseAt: next.appealsCloseAt?.toISOString() ?? null },
      at: now,
    });
  });
  return rankingView(ctx.database.db, rankingId, req.locale);
};

/**
 * Approves the definitive ranking by a decree and, in the same transaction, commits the winners' grants against
 * the call's funding assignment (seed 003: impegno).
 */
export const approve = async (
  req: RankingRequest,
  rankingId: string,
  body: { decreeNumber: string; decreeDate: string },
): Promise<RankingView> => {
  const { ctx } = req;
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from rankings where id = ${rankingId} for update`);
    const row = await findRankingRow(tx, rankingId);
    const call = await findCallRow(tx, row.callId);
    const profile = await profileOfCall(tx, call.profileCode);
    const entries = await tx
      .select({
        outcome: rankingEntries.outcome,
        detail: rankingEntries.detail,
        tieGroup: rankingEntries.tieGroup,
        amount: callPositions.amountPerGrantCents,
      })
      .from(rankingEntries)
      .leftJoin(callPositions, eq(callPositions.id, rankingEntries.positionId))
      .where(eq(rankingEntries.rankingId, rankingId));
    const open = await tx
      .select({ id: appeals.id })
      .from(appeals)
      .where(and(eq(appeals.rankingId, rankingId), eq(appeals.status, 'submitted')));
    const decisiveTies = new Set(
      entries.filter((e) => (e.detail as EntryDetail | null)?.decisiveTie).map((e) => e.tieGroup),
    ).size;
    const now = ctx.clock.now();
    const outcome = approveRanking(lifecycleOf(row), {
      now,
      decree: { number: body.decreeNumber, date: body.decreeDate },
      openAppeals: open.length,
      decisiveTies,
      validityMonths: profile.rankings.validityMonths.value,
    });
    if (!outcome.ok) throw refusal(outcome);
    const next = outcome.value;
    await tx
      .update(rankings)
      .set({
        status: next.status,
        decreeNumber: next.decree?.number ?? null,
        decreeDate: next.decree?.date ?? null,
        approvedAt: next.approvedAt,
        approvedBy: req.actorId,
        validUntil: next.validUntil,
      })
      .where(eq(rankings.id, rankingId));
    const amountCents = entries
      .filter((e) => e.outcome === 'winner')
      .reduce((sum, e) => sum + (e.amount ?? 0), 0);
    if (call.fundingAssignmentId) {
      await tx.insert(fundingCommitments).values({
        assignmentId: call.fundingAssignmentId,
        rankingId,
        amountCents,
        decreeNumber: next.decree?.number ?? body.decreeNumber,
        committedAt: now,
      });
    }
    await writeAudit(tx, {
      event: 'ranking.approved',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      data: {
        decree: next.decree,
        validUntil: next.validUntil,
        commitment: call.fundingAssignmentId ? { assignmentId: call.fundingAssignmentId, amountCents } : null,
      },
      at: now,
    });
  });
  return rankingView(ctx.database.db, rankingId, req.locale);
};
