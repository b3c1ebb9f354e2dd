import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RankingView } from '../../../api/rankings.ts';
import { checkCallClosed } from '../../../domain/calls/closure.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { type AssignablePosition, assignWinners } from '../../../domain/ranking/assignment.ts';
import { groupPositions } from '../../../domain/ranking/groups.ts';
import { type Ranking, rankCandidates, type TieResolution } from '../../../domain/ranking/order.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  appeals,
  callPositions,
  rankingEntries,
  rankingPositions,
  rankings,
  units,
} from '../../db/schema/index.ts';
import { candidatesOf } from './candidates.ts';
import {
  type EntryDetail,
  findCallRow,
  profileOfCall,
  type RankingRequest,
  type RankingRow,
} from './rows.ts';
import { listCallRankings } from './views.ts';

const ACCESS: Record<string, string> = { L: 'L', LM: 'LM', LMCU: 'LMCU', PHD: 'PhD', SPEC: 'SPEC' };

/** Whether a provisional ranking may be computed again: only after an appeal against it was accepted since. */
const acceptedAppealSince = async (db: DbOrTx, ranking: RankingRow) => {
  const rows = await db
    .select({ id: appeals.id, answeredAt: appeals.answeredAt })
    .from(appeals)
    .where(and(eq(appeals.rankingId, ranking.id), eq(appeals.status, 'accepted')));
  return rows.filter((r) => r.answeredAt && (!ranking.computedAt || r.answeredAt > ranking.computedAt));
};

/**
 * Computes the rankings of a call (issue 4, decision 008): positions grouped by type of activity, unit and access
 * title; confirmed applications of each group ranked by their stored scores; winners assigned across the call's
 * rankings. Drafts are written again; a provisional ranking only after an accepted appeal (or a tie resolution
 * recorded on it); definitive ones never. Ties no rule breaks stay tie groups until the office orders them.
 */
export const computeCallRankings = async (
  req: RankingRequest,
  callId: string,
  options: { force?: string; reason?: string } = {},
): Promise<RankingView[]> => {
  const { ctx } = req;
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from calls where id = ${callId} for update`);
    const call = await findCallRow(tx, callId);
    // Rankings rest on the committee's scores, which wait for the call to close (seed 004 art. 6).
    const closed = checkCallClosed(call.closesAt, now);
    if (!closed.ok) throw new DomainFailure(closed.error);
    const rules = call.rules as unknown as CallRules;
    const profile = await profileOfCall(tx, call.profileCode);
    const positions = await tx
      .select({
        positionId: callPositions.id,
        activityType: callPositions.activityType,
        unitId: callPositions.unitId,
        unitName: units.name,
        unitKind: units.kind,
        grants: callPositions.grants,
        admittedProgrammeTypes: callPositions.admittedProgrammeTypes,
        ordinal: callPositions.ordinal,
      })
      .from(callPositions)
      .innerJoin(units, eq(units.id, callPositions.unitId))
      .where(eq(callPositions.callId, callId))
      .orderBy(asc(callPositions.ordinal));
    const groups = groupPositions(
      positions.map((p) => ({ ...p, admittedProgrammeTypes: p.admittedProgrammeTypes as ProgrammeType[] })),
    );
    const facts = await candidatesOf(tx, callId, call.academicYear, rules);
    const existing = new Map(
      (await tx.select().from(rankings).where(eq(rankings.callId, callId))).map((r) => [r.groupKey, r]),
    );
    const oldEntries =
      existing.size === 0
        ? []
        : await tx
            .select()
            .from(rankingEntries)
            .where(
              inArray(
                rankingEntries.rankingId,
                [...existing.values()].map((r) => r.id),
              ),
            );

    const ranked: Array<{
      groupKey: string;
      ranking: Ranking;
      positionIds: string[];
      title: string;
      resolutions: TieResolution[];
    }> = [];
    for (const group of groups) {
      const ids = new Set(group.positions.map((p) => p.positionId));
      const candidates = facts
        .filter((f) => f.applicant.preferences.some((id) => ids.has(id)))
        .map((f) => f.candidate);
      const row = existing.get(group.groupKey);
      const resolutions = new Map<string, TieResolution>();
      for (const entry of oldEntries) {
        const resolution = (entry.detail as EntryDetail | null)?.tieResolution;
        if (row && entry.rankingId === row.id && resolution)
          resolutions.set(resolution.applicationIds.join(','), resolution);
      }
      const first = group.positions[0] as (typeof group.positions)[number];
      ranked.push({
        groupKey: group.groupKey,
        positionIds: [...ids],
        resolutions: [...resolutions.values()],
        title: `${first.activityType} — ${first.unitName} (${first.admittedProgrammeTypes.map((t) => ACCESS[t] ?? t).join(', ')})`,
        ranking: rankCandidates(candidates, {
          tieBreaks: rules.tieBreaks,
          tieResolutions: [...resolutions.values()],
        }),
      });
    }
    const assignable: AssignablePosition[] = groups.flatMap((group) =>
      group.positions.map((p) => ({
        positionId: p.positionId,
        groupKey: group.groupKey,
        grants: p.grants,
        departmentId: p.unitKind === 'department' ? p.unitId : null,
      })),
    );
    const assignment = assignWinners({
      positions: assignable,
      rankings: ranked,
      applicants: facts.map((f) => f.applicant),
      ownDepartmentFirst: rules.ownDepartmentFirst,
      oneGrantPerCandidate: !profile.caps.grantsCumulative.value,
    });
    const winners = new Map(
      assignment.status === 'assigned' ? assignment.winners.map((w) => [w.applicationId, w]) : [],
    );
    const decisive = new Set(
      assignment.status === 'blocked-by-ties'
        ? assignment.ties.flatMap((t) => t.applicationIds.map((id) => `${t.groupKey}|${id}`))
        : [],
    );

    const writtenIds: string[] = [];
    for (const group of ranked) {
      let row = existing.get(group.groupKey);
      const groupPositionIds = new Set(group.positionIds);
      const appealed = row?.status === 'provisional' ? await acceptedAppealSince(tx, row) : [];
      if (row && row.status !== 'draft' && options.force !== row.id && appealed.length === 0) continue;
      if (row) {
        [row] = await tx
          .update(rankings)
          .set({ version: row.version + 1, computedAt: now, title: group.title })
          .where(eq(rankings.id, row.id))
          .returning();
      } else {
        [row] = await tx
          .insert(rankings)
          .values({ callId, groupKey: group.groupKey, title: group.title, status: 'draft', computedAt: now })
          .returning();
      }
      if (!row) throw new Error('ranking upsert failed');
      const rankingId = row.id;
      await tx.delete(rankingPositions).where(eq(rankingPositions.rankingId, rankingId));
      await tx
        .insert(rankingPositions)
        .values(group.positionIds.map((positionId) => ({ rankingId, positionId })));
      await tx.delete(rankingEntries).where(eq(rankingEntries.rankingId, rankingId));
      const resolutionOf = new Map<string, TieResolution>();
      for (const resolution of group.resolutions) {
        if (group.ranking.unusedResolutions.includes(resolution)) continue;
        for (const id of resolution.applicationIds) resolutionOf.set(id, resolution);
      }
      const values = [
        ...group.ranking.entries.map((e) => {
          const winner = winners.get(e.applicationId);
          const won = winner && groupPositionIds.has(winner.positionId) ? winner : undefined;
          const detail: EntryDetail = { decidedBy: e.decidedBy };
          const resolution = resolutionOf.get(e.applicationId);
          if (resolution) detail.tieResolution = resolution;
          if (decisive.has(`${group.groupKey}|${e.applicationId}`)) detail.decisiveTie = true;
          if (won) {
            detail.ownDepartment = won.ownDepartment;
            detail.preference = won.preference;
          }
          return {
            rankingId,
            applicationId: e.applicationId,
            place: e.place,
            totalHundredths: e.totalHundredths,
            outcome: won ? 'winner' : 'eligible',
            positionId: won?.positionId ?? null,
            tieGroup: e.tieGroup,
            detail: detail as Record<string, unknown>,
          };
        }),
        ...group.ranking.awaitingScores.map((e) => ({
          rankingId,
          applicationId: e.applicationId,
          place: null,
          totalHundredths: facts.find((f) => f.candidate.applicationId === e.applicationId)?.candidate
            .totalHundredths as number,
          outcome: 'eligible',
          positionId: null,
          tieGroup: null,
          detail: { awaitingScores: true },
        })),
        ...group.ranking.excluded.map((e) => ({
          rankingId,
          applicationId: e.applicationId,
          place: null,
          totalHundredths: facts.find((f) => f.candidate.applicationId === e.applicationId)?.candidate
            .totalHundredths as number,
          outcome: 'excluded',
          positionId: null,
          tieGroup: null,
          detail: { exclusions: e.reasons } as Record<string, unknown>,
        })),
      ];
      if (values.length > 0) await tx.insert(rankingEntries).values(values);
      await writeAudit(tx, {
        event: 'ranking.computed',
        actorId: req.actorId,
        entityType: 'ranking',
        entityId: rankingId,
        reason:
          options.reason ??
          (appealed.length > 0 ? `accepted appeals: ${appealed.map((a) => a.id).join(', ')}` : null),
        data: {
          callId,
          version: row.version,
          ranked: group.ranking.entries.length,
          awaitingScores: group.ranking.awaitingScores.length,
          excluded: group.ranking.excluded.length,
          tieGroups: group.ranking.tieGroups,
          assignment: assignment.status,
          winners: group.ranking.entries
            .filter((e) => winners.get(e.applicationId)?.positionId)
            .filter((e) => groupPositionIds.has(winners.get(e.applicationId)?.positionId as string))
            .map((e) => e.applicationId),
        },
        at: now,
      });
      writtenIds.push(rankingId);
    }
    return writtenIds;
  });
  return listCallRankings(ctx.database.db, callId, req.locale);
};
