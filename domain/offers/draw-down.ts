import type { RefusalPolicy } from '../profiles/types.ts';
import { type AssignablePosition, assignWinners, type DecisiveTie } from '../ranking/assignment.ts';
import type { RankedEntry, Ranking } from '../ranking/order.ts';

/** pending -> accepted | refused | expired; withdrawn when the office takes an unanswered offer back. */
export const OFFER_STATUSES = ['pending', 'accepted', 'refused', 'expired', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A grant of a position offered to a candidate of the ranking, and what became of it. */
export interface OfferRecord {
  applicationId: string;
  positionId: string;
  status: OfferStatus;
  /** When it was refused, expired or withdrawn; the order in which candidates drop to the end. */
  closedAt: Date | null;
  /**
   * Set on an offer of returned hours: the ended appointment whose hours it offers. It holds no grant of the position,
   * and refusing it is not refusing the grant of the call: it neither moves nor excludes the candidate.
   */
  returnedFrom?: string | null;
}

/** Hours an appointment ended early gave back to a position of this ranking, once the office offers them. */
export interface ReturnedHoursSlot {
  appointmentId: string;
  positionId: string;
  /** The tutor whose appointment ended: never offered their own hours back. */
  fromApplicationId: string;
}

/** A position the ranking fills, with its grants and its department (own-department preference, seed 004 art. 4). */
export interface OfferPosition {
  positionId: string;
  grants: number;
  departmentId: string | null;
}

/**
 * What the candidate is doing elsewhere, in the other rankings (of the call) whose grants do not add up with these:
 * `reserved` is a decreed winner of another ranking not offered there yet, `pending` waits on an offer there.
 */
export type Elsewhere = 'free' | 'reserved' | 'pending' | 'accepted';

/** An eligible candidate of the definitive ranking (the excluded are not given). */
export interface OfferCandidate {
  applicationId: string;
  /** Place in the definitive ranking (1 = first); candidates of an unresolved tie share it. */
  place: number;
  tieGroup: number | null;
  departmentId: string | null;
  /** Position ids chosen, most wanted first; those of other rankings are ignored. */
  preferences: readonly string[];
  elsewhere: Elsewhere;
}

export interface DrawDownInput {
  positions: readonly OfferPosition[];
  candidates: readonly OfferCandidate[];
  /** The winners of the decree (ranking_entries): offered their position first, once. */
  winners: ReadonlyArray<{ applicationId: string; positionId: string }>;
  /** Every offer made from this ranking so far. */
  offers: readonly OfferRecord[];
  refusal: RefusalPolicy;
  ownDepartmentFirst: boolean;
  /** Profile caps.grantsCumulative: false = a candidate holding a grant gets no other offer (seed 004 art. 8). */
  grantsCumulative: boolean;
  /** Returned hours the office chose to offer: each goes down the ranking like a grant, one candidate at a time. */
  returnedHours?: readonly ReturnedHoursSlot[];
}

export interface PlannedOffer {
  positionId: string;
  applicationId: string;
  /**
   * 'winner': the decree's assignment; 'draw-down': scorrimento to the next eligible candidate; 'returned-hours': the
   * hours of an appointment that ended early, to the next eligible candidate who chose that position.
   */
  reason: 'winner' | 'draw-down' | 'returned-hours';
  /** For returned hours: the appointment that gave them back. */
  returnedFrom?: string;
}

/**
 * filled: every grant accepted. waiting: offers await an answer. exhausted: grants are left and nobody of this
 * ranking can take them now (the office may draw from a related ranking, seed 002 art. 4 c.4, seed 004 art. 8).
 * blocked-by-ties: the next grant falls inside a tie the office has not ordered.
 */
export type RankingOfferState = 'filled' | 'waiting' | 'exhausted' | 'blocked-by-ties';

export interface CandidateStanding {
  applicationId: string;
  /** Refusals as the profile counts them (expiries too when silence is refusal). */
  refusals: number;
  /** Times dropped to the end of the ranking. */
  moves: number;
  excluded: boolean;
}

export interface DrawDownPlan {
  offers: PlannedOffer[];
  state: RankingOfferState;
  /** Grants of each position with no pending or accepted offer once the planned offers are made. */
  vacant: Array<{ positionId: string; vacant: number }>;
  ties: DecisiveTie[];
  /** The ranking as it now stands: candidates who refused or let an offer expire at the end, in that order. */
  order: string[];
  standings: CandidateStanding[];
  /** Returned hours with no open offer and nobody of this ranking to offer them to now. */
  returnedHoursVacant: string[];
}

const OPEN: ReadonlySet<OfferStatus> = new Set(['pending', 'accepted']);

/** How a candidate stands after their offers, under the profile's refusal policy (seed 001 art. 8 c.3). */
export const standingOf = (
  applicationId: string,
  offers: readonly OfferRecord[],
  policy: RefusalPolicy,
): CandidateStanding & { lastMove: number } => {
  let refusals = 0;
  let moves = 0;
  let lastMove = Number.NEGATIVE_INFINITY;
  for (const offer of offers) {
    if (offer.applicationId !== applicationId) continue;
    // A withdrawn offer was the office's act, not the candidate's refusal: it never moves them (decision 013).
    if (offer.status !== 'refused' && offer.status !== 'expired') continue;
    if (offer.returnedFrom) continue;
    moves += 1;
    lastMove = Math.max(lastMove, offer.closedAt?.getTime() ?? 0);
    if (offer.status === 'refused' || policy.silenceIsRefusal) refusals += 1;
  }
  const excluded =
    policy.kind === 'exclude'
      ? refusals >= 1
      : policy.excludeAfter !== null && refusals >= policy.excludeAfter;
  return { applicationId, refusals, moves, excluded, lastMove };
};

/**
 * The next offers to make from a definitive ranking (scorrimento, seed 001 art. 8, seed 004 art. 8). Every grant of a
 * position is offered to one candidate at a time: a grant with a pending or accepted offer is never offered again.
 * The decree's winners are offered their grant first. Any grant left free (a vacancy, a refusal, an expiry) goes to
 * the best available candidate who chose its position: the candidates of the position's own department first when
 * the profile says so, then by the ranking as it stands, where a candidate who refused or let an offer expire has
 * dropped to the end whatever their score, in the order they dropped, or left it (the profile's refusal policy). A
 * candidate waits on one offer at a time; one holding a grant gets no other unless grants are cumulative. Among
 * several free grants and candidates the choice is the candidate-proposing stable matching of the ranking rules
 * (domain/ranking/assignment), so it does not depend on the order of the input.
 */
export const planOffers = (input: DrawDownInput): DrawDownPlan => {
  const positionIds = new Set(input.positions.map((p) => p.positionId));
  const standings = new Map(
    input.candidates.map((c) => [c.applicationId, standingOf(c.applicationId, input.offers, input.refusal)]),
  );

  // The ranking as it stands: those never moved by their place, then those moved, by when they last dropped.
  const maxPlace = Math.max(0, ...input.candidates.map((c) => c.place));
  const unmoved = input.candidates
    .filter((c) => (standings.get(c.applicationId)?.moves ?? 0) === 0)
    .sort((a, b) => a.place - b.place || compare(a.applicationId, b.applicationId));
  const moved = input.candidates
    .filter((c) => (standings.get(c.applicationId)?.moves ?? 0) > 0)
    .sort(
      (a, b) =>
        (standings.get(a.applicationId)?.lastMove ?? 0) - (standings.get(b.applicationId)?.lastMove ?? 0) ||
        a.place - b.place ||
        compare(a.applicationId, b.applicationId),
    );
  const current = [
    ...unmoved.map((c) => ({ candidate: c, place: c.place, tieGroup: c.tieGroup })),
    ...moved.map((c, index) => ({ candidate: c, place: maxPlace + 1 + index, tieGroup: null })),
  ];

  const free = new Map(input.positions.map((p) => [p.positionId, p.grants]));
  for (const offer of input.offers) {
    if (offer.returnedFrom) continue;
    if (OPEN.has(offer.status) && free.has(offer.positionId))
      free.set(offer.positionId, (free.get(offer.positionId) ?? 0) - 1);
  }
  const pendingHere = new Set(input.offers.filter((o) => o.status === 'pending').map((o) => o.applicationId));
  const acceptedHere = new Map<string, Set<string>>();
  // The office took these offers back (decision 013): the candidate keeps their place, but is not offered the same
  // position of this ranking again, or the draw-down would hand the grant straight back to them.
  const withdrawnHere = new Map<string, Set<string>>();
  for (const offer of input.offers) {
    if (offer.status !== 'withdrawn' || offer.returnedFrom) continue;
    const taken = withdrawnHere.get(offer.applicationId) ?? new Set<string>();
    taken.add(offer.positionId);
    withdrawnHere.set(offer.applicationId, taken);
  }
  for (const offer of input.offers) {
    if (offer.status !== 'accepted' || offer.returnedFrom) continue;
    const held = acceptedHere.get(offer.applicationId) ?? new Set<string>();
    held.add(offer.positionId);
    acceptedHere.set(offer.applicationId, held);
  }
  const offeredHere = new Set(input.offers.map((o) => o.applicationId));
  /** Holding returned hours of this ranking counts as holding a grant where grants are not cumulative. */
  const holdingReturned = new Set(
    input.offers.filter((o) => o.returnedFrom && o.status === 'accepted').map((o) => o.applicationId),
  );

  const available = (c: OfferCandidate) => {
    if (standings.get(c.applicationId)?.excluded) return false;
    if (pendingHere.has(c.applicationId)) return false;
    if (c.elsewhere === 'pending' || c.elsewhere === 'reserved') return false;
    if (
      !input.grantsCumulative &&
      (acceptedHere.has(c.applicationId) ||
        holdingReturned.has(c.applicationId) ||
        c.elsewhere === 'accepted')
    )
      return false;
    return true;
  };
  /** The positions of this ranking a candidate may be offered, in their order of preference. */
  const choicesOf = (c: OfferCandidate) =>
    [...new Set(c.preferences)].filter(
      (id) =>
        positionIds.has(id) &&
        !acceptedHere.get(c.applicationId)?.has(id) &&
        !withdrawnHere.get(c.applicationId)?.has(id),
    );

  const offers: PlannedOffer[] = [];
  const planned = new Set<string>();
  // The decree's winners, each once, before anyone drawn down.
  const candidateById = new Map(input.candidates.map((c) => [c.applicationId, c]));
  const winners = [...input.winners].sort(
    (a, b) =>
      (candidateById.get(a.applicationId)?.place ?? 0) - (candidateById.get(b.applicationId)?.place ?? 0) ||
      compare(a.applicationId, b.applicationId),
  );
  for (const winner of winners) {
    const candidate = candidateById.get(winner.applicationId);
    if (!candidate || offeredHere.has(winner.applicationId) || planned.has(winner.applicationId)) continue;
    if (!available(candidate) || !choicesOf(candidate).includes(winner.positionId)) continue;
    if ((free.get(winner.positionId) ?? 0) <= 0) continue;
    free.set(winner.positionId, (free.get(winner.positionId) ?? 0) - 1);
    planned.add(winner.applicationId);
    offers.push({ positionId: winner.positionId, applicationId: winner.applicationId, reason: 'winner' });
  }

  // The remaining free grants go down the ranking as it stands.
  let ties: DecisiveTie[] = [];
  const open = input.positions.filter((p) => (free.get(p.positionId) ?? 0) > 0);
  if (open.length > 0) {
    const askers = current.filter(
      ({ candidate }) => !planned.has(candidate.applicationId) && available(candidate),
    );
    const entries: RankedEntry[] = askers.map(({ candidate, place, tieGroup }) => ({
      place,
      applicationId: candidate.applicationId,
      protocolNumber: '',
      totalHundredths: 0,
      decidedBy: null,
      tieGroup,
    }));
    const ranking: Ranking = {
      entries,
      tieGroups: tieGroupsOf(entries),
      excluded: [],
      awaitingScores: [],
      unusedResolutions: [],
    };
    const positions: AssignablePosition[] = open.map((p) => ({
      positionId: p.positionId,
      groupKey: 'ranking',
      grants: free.get(p.positionId) ?? 0,
      departmentId: p.departmentId,
    }));
    const assignment = assignWinners({
      positions,
      rankings: [{ groupKey: 'ranking', ranking }],
      applicants: askers.map(({ candidate }) => ({
        applicationId: candidate.applicationId,
        departmentId: candidate.departmentId,
        preferences: choicesOf(candidate),
      })),
      ownDepartmentFirst: input.ownDepartmentFirst,
      // One offer at a time per candidate, whatever the profile: a second one waits for the first answer.
      oneGrantPerCandidate: true,
    });
    if (assignment.status === 'blocked-by-ties') ties = assignment.ties;
    else {
      for (const winner of assignment.winners) {
        free.set(winner.positionId, (free.get(winner.positionId) ?? 0) - 1);
        planned.add(winner.applicationId);
        offers.push({
          positionId: winner.positionId,
          applicationId: winner.applicationId,
          reason: 'draw-down',
        });
      }
    }
  }

  // Returned hours, after the grants: each open slot to the best available candidate of the ranking as it stands who
  // chose its position (own department first when the profile says so), never twice to the same candidate.
  const returnedHoursVacant: string[] = [];
  const positionById = new Map(input.positions.map((p) => [p.positionId, p]));
  for (const slot of input.returnedHours ?? []) {
    const ofSlot = input.offers.filter((o) => o.returnedFrom === slot.appointmentId);
    if (ofSlot.some((o) => OPEN.has(o.status))) continue;
    if (ties.length > 0) break;
    const tried = new Set(ofSlot.map((o) => o.applicationId));
    const department = positionById.get(slot.positionId)?.departmentId ?? null;
    const askers = current.filter(
      ({ candidate }) =>
        candidate.applicationId !== slot.fromApplicationId &&
        !tried.has(candidate.applicationId) &&
        !planned.has(candidate.applicationId) &&
        available(candidate) &&
        choicesOf(candidate).includes(slot.positionId),
    );
    const own = input.ownDepartmentFirst && department !== null;
    const pool =
      own && askers.some((a) => a.candidate.departmentId === department)
        ? askers.filter((a) => a.candidate.departmentId === department)
        : askers;
    const best = pool[0];
    if (!best) {
      returnedHoursVacant.push(slot.appointmentId);
      continue;
    }
    const tied = best.tieGroup === null ? [] : pool.filter((a) => a.tieGroup === best.tieGroup);
    if (tied.length > 1) {
      ties = [
        {
          positionId: slot.positionId,
          groupKey: 'ranking',
          tieGroup: best.tieGroup as number,
          place: best.place,
          applicationIds: tied.map((a) => a.candidate.applicationId),
        },
      ];
      break;
    }
    planned.add(best.candidate.applicationId);
    offers.push({
      positionId: slot.positionId,
      applicationId: best.candidate.applicationId,
      reason: 'returned-hours',
      returnedFrom: slot.appointmentId,
    });
  }

  const vacant = input.positions
    .map((p) => ({ positionId: p.positionId, vacant: Math.max(0, free.get(p.positionId) ?? 0) }))
    .filter((v) => v.vacant > 0);
  const waiting = pendingHere.size > 0 || offers.length > 0;
  const state: RankingOfferState =
    ties.length > 0
      ? 'blocked-by-ties'
      : vacant.length === 0
        ? waiting
          ? 'waiting'
          : 'filled'
        : waiting
          ? 'waiting'
          : 'exhausted';
  return {
    offers,
    state,
    vacant,
    ties,
    returnedHoursVacant,
    order: current.map((c) => c.candidate.applicationId),
    standings: input.candidates.map((c) => {
      const { lastMove: _lastMove, ...standing } = standings.get(c.applicationId) as ReturnType<
        typeof standingOf
      >;
      return standing;
    }),
  };
};

const tieGroupsOf = (entries: readonly RankedEntry[]): Ranking['tieGroups'] => {
  const groups = new Map<number, Ranking['tieGroups'][number]>();
  for (const entry of entries) {
    if (entry.tieGroup === null) continue;
    const group = groups.get(entry.tieGroup) ?? {
      tieGroup: entry.tieGroup,
      place: entry.place,
      applicationIds: [],
    };
    group.applicationIds.push(entry.applicationId);
    groups.set(entry.tieGroup, group);
  }
  return [...groups.values()];
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
