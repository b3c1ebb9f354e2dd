import type { RankedEntry, Ranking } from './order.ts';

/** A position with its grants and, when it sits in a department, that department (seed 004 art. 4). */
export interface AssignablePosition {
  positionId: string;
  /** The ranking the position draws from (positionGroupKey). */
  groupKey: string;
  grants: number;
  /** The department of the position's unit; null for offices (Ufficio Orientamento, Campus Life). */
  departmentId: string | null;
}

/** A candidate: the positions chosen in order of preference and the department of their programme. */
export interface Applicant {
  applicationId: string;
  departmentId: string | null;
  /** Position ids, most wanted first (seed 004 art. 4: at most two). */
  preferences: readonly string[];
}

export interface AssignmentInput {
  positions: readonly AssignablePosition[];
  rankings: ReadonlyArray<{ groupKey: string; ranking: Ranking }>;
  applicants: readonly Applicant[];
  /** Profile: candidates of the position's own department first (Bari: seed 004 art. 4). */
  ownDepartmentFirst: boolean;
  /** Profile: grants are not cumulative (Bari: seed 004 art. 8), at most one per candidate. */
  oneGrantPerCandidate: boolean;
}

export interface Winner {
  positionId: string;
  applicationId: string;
  /** Place in the position's ranking. */
  place: number;
  /** Won with the own-department preference. */
  ownDepartment: boolean;
  /** Which of the candidate's choices it is, 1 = first. */
  preference: number;
}

/** A tie left in a ranking that decides who gets a grant: the office must order it first. */
export interface DecisiveTie {
  positionId: string;
  groupKey: string;
  tieGroup: number;
  place: number;
  applicationIds: string[];
}

export type Assignment =
  | { status: 'assigned'; winners: Winner[]; vacancies: Array<{ positionId: string; vacant: number }> }
  | { status: 'blocked-by-ties'; ties: DecisiveTie[] };

interface Claim {
  applicationId: string;
  entry: RankedEntry;
  /** Index in the ranking: only to process tied candidates in a fixed order, never to choose among them. */
  index: number;
  own: boolean;
}

/**
 * Who wins which position (decision 008). Each position ranks its candidates by its ranking, with the candidates
 * of its own department first when the profile says so. When grants are not cumulative the winners are the
 * candidate-proposing deferred acceptance (Gale-Shapley) matching: every candidate asks for their first choice,
 * a position keeps its best `grants` askers and turns the others away, who ask for their next choice, until nobody
 * is turned away with a choice left. The result gives each candidate at most one grant and each position at most its
 * grants, is stable (no candidate prefers a position that has a free grant or holds someone it ranks lower) and
 * is the best stable result for every candidate; it does not depend on the order candidates are processed in.
 * When grants are cumulative every position simply takes its best `grants` candidates.
 * If a position has to choose inside a tie group, nothing is assigned and the ties are returned.
 */
export const assignWinners = (input: AssignmentInput): Assignment => {
  const positions = new Map(input.positions.map((p) => [p.positionId, p]));
  const rankings = new Map(input.rankings.map((r) => [r.groupKey, r.ranking]));
  const applicants = [...input.applicants].sort((a, b) => compare(a.applicationId, b.applicationId));
  const preferenceOf = new Map(applicants.map((a) => [a.applicationId, [...new Set(a.preferences)]]));
  const claimOf = (applicant: Applicant, positionId: string): Claim | null => {
    const position = positions.get(positionId);
    if (!position || position.grants <= 0) return null;
    const entries = rankings.get(position.groupKey)?.entries ?? [];
    const index = entries.findIndex((e) => e.applicationId === applicant.applicationId);
    const entry = entries[index];
    if (!entry) return null;
    const own =
      input.ownDepartmentFirst &&
      position.departmentId !== null &&
      applicant.departmentId === position.departmentId;
    return { applicationId: applicant.applicationId, entry, index, own };
  };
  // The positions each candidate can hold, in their order of preference (once each).
  const choices = new Map(
    applicants.map((a) => [
      a.applicationId,
      [...new Set(a.preferences)].filter((positionId) => claimOf(a, positionId) !== null),
    ]),
  );
  const claims = new Map<string, Claim>();
  for (const applicant of applicants) {
    for (const positionId of choices.get(applicant.applicationId) ?? []) {
      claims.set(`${positionId}|${applicant.applicationId}`, claimOf(applicant, positionId) as Claim);
    }
  }
  const claim = (positionId: string, applicationId: string) =>
    claims.get(`${positionId}|${applicationId}`) as Claim;

  /** Sorts the askers of a position and keeps the first `grants`. */
  const cut = (position: AssignablePosition, askers: string[]): { kept: string[]; turnedAway: string[] } => {
    const sorted = [...askers].sort((a, b) =>
      byPriority(claim(position.positionId, a), claim(position.positionId, b)),
    );
    return { kept: sorted.slice(0, position.grants), turnedAway: sorted.slice(position.grants) };
  };

  const held = new Map<string, string[]>();
  /** Everyone who asked each position at some point: those not held at the end were turned away by it. */
  const askedBy = new Map<string, Set<string>>();
  const asked = (positionId: string, applicationId: string) => {
    const set = askedBy.get(positionId) ?? new Set<string>();
    set.add(applicationId);
    askedBy.set(positionId, set);
  };
  if (input.oneGrantPerCandidate) {
    const next = new Map(applicants.map((a) => [a.applicationId, 0]));
    const queue = applicants.map((a) => a.applicationId);
    for (let asker = queue.shift(); asker !== undefined; asker = queue.shift()) {
      const list = choices.get(asker) ?? [];
      const at = next.get(asker) ?? 0;
      const positionId = list[at];
      if (positionId === undefined) continue; // no choice left: not a winner
      next.set(asker, at + 1);
      asked(positionId, asker);
      const position = positions.get(positionId) as AssignablePosition;
      const { kept, turnedAway } = cut(position, [...(held.get(positionId) ?? []), asker]);
      held.set(positionId, kept);
      queue.push(...turnedAway);
    }
  } else {
    for (const position of input.positions) {
      const askers = applicants
        .filter((a) => (choices.get(a.applicationId) ?? []).includes(position.positionId))
        .map((a) => a.applicationId);
      for (const asker of askers) asked(position.positionId, asker);
      held.set(position.positionId, cut(position, askers).kept);
    }
  }

  // A tie decides a grant only if, at the end, the last candidate a position holds and one it turned away compare
  // equal: the fixed order inside the group chose between them. A tie met on the way and later overtaken by better
  // candidates (both turned away in the end) decides nothing and does not block the call.
  const ties = new Map<string, DecisiveTie>();
  for (const position of input.positions) {
    const kept = held.get(position.positionId) ?? [];
    const lastIn = kept[position.grants - 1];
    if (lastIn === undefined) continue;
    const inClaim = claim(position.positionId, lastIn);
    const tieGroup = inClaim.entry.tieGroup;
    if (tieGroup === null) continue;
    const holds = new Set(kept);
    const tiedOut = [...(askedBy.get(position.positionId) ?? [])].some(
      (other) => !holds.has(other) && priority(inClaim, claim(position.positionId, other)) === 0,
    );
    if (!tiedOut) continue;
    const group = rankings.get(position.groupKey)?.tieGroups.find((t) => t.tieGroup === tieGroup);
    ties.set(`${position.positionId}|${tieGroup}`, {
      positionId: position.positionId,
      groupKey: position.groupKey,
      tieGroup,
      place: inClaim.entry.place,
      applicationIds: group?.applicationIds ?? [],
    });
  }

  if (ties.size > 0) {
    return {
      status: 'blocked-by-ties',
      ties: [...ties.values()].sort((a, b) => compare(a.positionId, b.positionId) || a.tieGroup - b.tieGroup),
    };
  }
  const winners: Winner[] = [];
  const vacancies: Array<{ positionId: string; vacant: number }> = [];
  for (const position of input.positions) {
    const kept = held.get(position.positionId) ?? [];
    for (const applicationId of kept) {
      const c = claim(position.positionId, applicationId);
      winners.push({
        positionId: position.positionId,
        applicationId,
        place: c.entry.place,
        ownDepartment: c.own,
        preference: (preferenceOf.get(applicationId) ?? []).indexOf(position.positionId) + 1,
      });
    }
    if (kept.length < position.grants)
      vacancies.push({ positionId: position.positionId, vacant: position.grants - kept.length });
  }
  return { status: 'assigned', winners, vacancies };
};

/** Own department first (when it applies), then the place: candidates of a tie group compare equal. */
const priority = (a: Claim, b: Claim): number =>
  Number(b.own) - Number(a.own) || a.entry.place - b.entry.place;

/** The order askers are kept in: by priority, and inside a tie by a fixed order that is never acted on silently. */
const byPriority = (a: Claim, b: Claim): number => priority(a, b) || a.index - b.index;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
