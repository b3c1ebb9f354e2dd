import { eq } from 'drizzle-orm';
import { DomainFailure } from '../../../domain/errors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import type { RankingLifecycle, RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import type { ExclusionReason, TieResolution } from '../../../domain/ranking/order.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { calls, rankings } from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { activeProfile, findProfileRow, profileOfRow } from '../profiles/repository.ts';

/*
 * What every part of the rankings feature shares: who asks, how a stored ranking row reads as the domain's
 * lifecycle, and the lookups that turn a missing call or ranking into "not found".
 */

export interface RankingRequest {
  ctx: AppContext;
  actorId: string | null;
  locale: Locale;
}

export type RankingRow = typeof rankings.$inferSelect;
/** What a ranking entry keeps beside its place: why it is there, how a tie was ordered, which grant it won. */
export type EntryDetail = {
  decidedBy?: string | null;
  exclusions?: ExclusionReason[];
  awaitingScores?: boolean;
  tieResolution?: TieResolution;
  decisiveTie?: boolean;
  ownDepartment?: boolean;
  preference?: number;
};

export const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });
export const conflict = (detail: string) => new DomainFailure({ kind: 'conflict', detail });

/** The profile a call was drafted under (its calendar, validity, publication), or the active one. */
export const profileOfCall = async (db: DbOrTx, code: string): Promise<RegulationProfile> => {
  const row = await findProfileRow(db, code);
  if (row) return profileOfRow(row).profile;
  const active = await activeProfile(db);
  if (!active) throw new Error(`profile ${code} not found`);
  return active.profile;
};

export const lifecycleOf = (row: RankingRow): RankingLifecycle => ({
  status: row.status as RankingStatus,
  publishedAt: row.publishedAt,
  appealsCloseAt: row.appealsCloseAt,
  decree: row.decreeNumber && row.decreeDate ? { number: row.decreeNumber, date: row.decreeDate } : null,
  approvedAt: row.approvedAt,
  validUntil: row.validUntil,
  inUseSince: null,
});

export const refusal = (outcome: { ok: false; error: DomainFailure['error'] }) =>
  new DomainFailure(outcome.error);

export const findCallRow = async (db: DbOrTx, id: string) => {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  if (!row) throw notFound('call');
  return row;
};

export const findRankingRow = async (db: DbOrTx, id: string): Promise<RankingRow> => {
  const [row] = await db.select().from(rankings).where(eq(rankings.id, id));
  if (!row) throw notFound('ranking');
  return row;
};
