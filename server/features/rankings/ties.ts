import { and, eq, sql } from 'drizzle-orm';
import type { RankingView } from '../../../api/rankings.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import type { TieResolution } from '../../../domain/ranking/order.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import { rankingEntries } from '../../db/schema/index.ts';
import { computeCallRankings } from './compute.ts';
import { conflict, findRankingRow, type RankingRequest } from './rows.ts';
import { rankingView } from './views.ts';

/**
 * Records the office's order for one tie group (a public draw or the committee's reasoned order) and computes the
 * call's rankings again with it. It must name exactly the members of a tie group of the ranking.
 */
export const resolveTie = async (
  req: RankingRequest,
  rankingId: string,
  body: { applicationIds: string[]; note: string },
): Promise<RankingView> => {
  const { ctx } = req;
  const db = ctx.database.db;
  const row = await findRankingRow(db, rankingId);
  if (row.status !== 'draft' && row.status !== 'provisional')
    throw new DomainFailure({
      kind: 'ranking-transition-refused',
      status: row.status as RankingStatus,
      action: 'score',
      reason: 'scores-final',
      until: null,
    });
  const view = await rankingView(db, rankingId, req.locale);
  const group = view.tieGroups.find(
    (g) =>
      g.applicationIds.length === body.applicationIds.length &&
      new Set(body.applicationIds).size === g.applicationIds.length &&
      g.applicationIds.every((id) => body.applicationIds.includes(id)),
  );
  if (!group) throw conflict('the candidates named are not exactly one tie group of this ranking');
  const resolution: TieResolution = { applicationIds: body.applicationIds, note: body.note };
  await db.transaction(async (tx) => {
    for (const applicationId of body.applicationIds) {
      await tx
        .update(rankingEntries)
        .set({
          detail: sql`coalesce(${rankingEntries.detail}, '{}'::jsonb) || ${JSON.stringify({ tieResolution: resolution })}::jsonb`,
        })
        .where(and(eq(rankingEntries.rankingId, rankingId), eq(rankingEntries.applicationId, applicationId)));
    }
    await writeAudit(tx, {
      event: 'tie.resolved',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      reason: body.note,
      data: { tieGroup: group.tieGroup, place: group.place, order: body.applicationIds },
      at: ctx.clock.now(),
    });
  });
  await computeCallRankings(req, row.callId, { force: rankingId, reason: `tie resolution: ${body.note}` });
  return rankingView(db, rankingId, req.locale);
};
