import { fail, ok, type Result } from '../result.ts';
import type { DrawDownPlan } from './draw-down.ts';

/**
 * A candidate of a related ranking (another definitive ranking of the same call, or of a call under the same profile
 * still within its validity) as seen from a ranking that has run out of candidates (seed 002 art. 4 c.4: "si può
 * attingere alle graduatorie di altre Macroaree/Facoltà dell'Ateneo, purché di ambiti affini"; seed 004 art. 8: "si
 * procederà ad attingere dalle graduatorie dei candidati idonei previa disponibilità dell'interessato").
 */
export interface RelatedCandidate {
  rankingId: string;
  applicationId: string;
  studentId: string;
  /** Place in their own definitive ranking. */
  place: number;
  totalHundredths: number;
  /** Out of their own ranking (excluded by the committee, or by their refusals under the profile's policy). */
  excluded: boolean;
  /** Their own ranking places them now: a decreed winner not yet offered, or the next of its draw-down. */
  placedByOwnRanking: boolean;
  /** Waiting on an offer, of any ranking. */
  waiting: boolean;
  /** Holding a grant: an accepted offer of any ranking. */
  holding: boolean;
}

export interface OtherRankingInput {
  candidates: readonly RelatedCandidate[];
  /** Students who are candidates of the exhausted ranking itself: it already had its chance to offer to them. */
  targetStudentIds: ReadonlySet<string>;
  /** Profile caps.grantsCumulative: false = a candidate holding a grant may not take another (seed 004 art. 8). */
  grantsCumulative: boolean;
}

/**
 * The candidates of related rankings who could take a grant the exhausted ranking cannot fill: eligible (not
 * excluded from their own ranking), not placed by their own ranking now, not waiting on another offer, not holding a
 * grant unless grants are cumulative, and not candidates of the exhausted ranking. Best score first (then place,
 * then ids, so the list does not depend on the input's order); a student in several related rankings appears once,
 * with their best entry.
 */
export const eligibleFromOtherRankings = (input: OtherRankingInput): RelatedCandidate[] => {
  const eligible = input.candidates.filter(
    (c) =>
      !c.excluded &&
      !c.placedByOwnRanking &&
      !c.waiting &&
      (input.grantsCumulative || !c.holding) &&
      !input.targetStudentIds.has(c.studentId),
  );
  const sorted = [...eligible].sort(
    (a, b) =>
      b.totalHundredths - a.totalHundredths ||
      a.place - b.place ||
      compare(a.rankingId, b.rankingId) ||
      compare(a.applicationId, b.applicationId),
  );
  const seen = new Set<string>();
  return sorted.filter((c) => {
    if (seen.has(c.studentId)) return false;
    seen.add(c.studentId);
    return true;
  });
};

export type OtherRankingRefusal =
  /** The ranking still has candidates who can take its grants, or has not started its offers. */
  | 'not-exhausted'
  /** Every grant of that position is held by a pending or accepted offer. */
  | 'no-vacant-grant'
  /** The chosen candidate is not (or no longer) among those `eligibleFromOtherRankings` lists. */
  | 'candidate-not-eligible';

export interface OtherRankingRefused {
  kind: 'other-ranking-refused';
  reason: OtherRankingRefusal;
}

/**
 * Whether the office may offer a vacant grant of `positionId` to a candidate of a related ranking. Only when the
 * ranking's own draw-down has nobody to offer it to now (its plan makes no offer and leaves the grant vacant, no tie
 * waits for the office), and only to a listed candidate. The grant then counts as held by that offer, so a second
 * offer for the same grant is refused until it is answered.
 */
export const checkOtherRankingOffer = (
  plan: Pick<DrawDownPlan, 'offers' | 'vacant' | 'ties'>,
  started: boolean,
  positionId: string,
  applicationId: string,
  eligible: readonly RelatedCandidate[],
): Result<RelatedCandidate, OtherRankingRefused> => {
  if (!started || plan.offers.length > 0 || plan.ties.length > 0)
    return fail({ kind: 'other-ranking-refused', reason: 'not-exhausted' });
  if (!plan.vacant.some((v) => v.positionId === positionId && v.vacant > 0))
    return fail({ kind: 'other-ranking-refused', reason: 'no-vacant-grant' });
  const chosen = eligible.find((c) => c.applicationId === applicationId);
  if (!chosen) return fail({ kind: 'other-ranking-refused', reason: 'candidate-not-eligible' });
  return ok(chosen);
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
