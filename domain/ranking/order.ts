import type { IneligibilityReason } from '../applications/eligibility.ts';
import type { CandidateKind, TieBreak } from '../profiles/types.ts';
import type { Hundredths } from '../scoring/points.ts';

/** Why an application is left out of a ranking; the server words each code in it/en. */
export type ExclusionReason =
  | { code: 'ineligible'; reasons: IneligibilityReason[] }
  | { code: 'no-rubric'; candidateKind: CandidateKind }
  /** Decided by the committee with its reason, e.g. a false declaration (seed 004 art. 4). */
  | { code: 'committee-decision'; note: string };

/** One application of a ranking's group, with its scores and the facts the tie-breaks read. */
export interface RankingCandidate {
  applicationId: string;
  /** Protocol number of the application (2026/000123): the order tied candidates are listed in, nothing more. */
  protocolNumber: string;
  candidateKind: CandidateKind;
  totalHundredths: Hundredths;
  /** Points of the computed (career) criteria, for the last rule. */
  computedHundredths: Hundredths;
  /** Every criterion scored: only complete candidates are ranked. */
  complete: boolean;
  /** Empty when admitted. */
  exclusions: ExclusionReason[];
  /** ISO date, for younger-first; null when unknown. */
  birthDate: string | null;
  /** Declared economic hardship, for economic-hardship-first; null when not declared. */
  economicHardship: boolean | null;
  /** ISEE in cents (lower is poorer), for economic-hardship-first; null when not declared. */
  iseeCents: number | null;
  /** For phd-without-scholarship-first: whether a PhD candidate holds a scholarship; null when unknown. */
  phdScholarship: boolean | null;
}

/**
 * The office's order for a tie no rule breaks (a draw, or the committee's reasoned choice), recorded with its
 * note. It must name exactly the candidates of one tie group; otherwise it is reported as unused.
 */
export interface TieResolution {
  applicationIds: string[];
  note: string;
}

/** The rule that placed an entry below the previous one. */
export type RankingRule = 'total' | TieBreak | 'career-merit' | 'tie-resolution';

export interface RankedEntry {
  /** 1-based; candidates of an unresolved tie share the place and the next place skips (1, 2, 2, 4). */
  place: number;
  applicationId: string;
  protocolNumber: string;
  totalHundredths: Hundredths;
  /** The rule that put it below the previous entry; null for the first entry and inside a tie group. */
  decidedBy: RankingRule | null;
  /** Set for the candidates of a tie that every rule left equal. */
  tieGroup: number | null;
}

export interface TieGroup {
  tieGroup: number;
  place: number;
  /** In protocol order, which is not a precedence. */
  applicationIds: string[];
}

export interface Ranking {
  entries: RankedEntry[];
  tieGroups: TieGroup[];
  excluded: Array<{ applicationId: string; protocolNumber: string; reasons: ExclusionReason[] }>;
  /** Admitted but not fully scored yet: not ranked. */
  awaitingScores: Array<{ applicationId: string; protocolNumber: string }>;
  /** Resolutions that match no tie group (stale after a change of scores): shown, not applied. */
  unusedResolutions: TieResolution[];
}

export interface RankingRules {
  /** The profile's tie-breaks, in order (decision 008). */
  tieBreaks: readonly TieBreak[];
  tieResolutions?: readonly TieResolution[];
}

type Comparator = (a: RankingCandidate, b: RankingCandidate) => number;

/**
 * Every rule compares by a key, so each is a total preorder and their chain is one too. A precedence goes only to
 * a candidate known to qualify: an unknown birth date, hardship, ISEE or scholarship claims none (decision 008).
 */
const RULES: Record<RankingRule, Comparator | null> = {
  total: (a, b) => b.totalHundredths - a.totalHundredths,
  // Later birth date first (seed 004 art. 6: "precedenza al candidato più giovane di età"); unknown last.
  'younger-first': (a, b) => compareText(b.birthDate ?? '', a.birthDate ?? ''),
  // Hardship first (seed 002 art. 4 c.2), then the lower ISEE; unknown ISEE last.
  'economic-hardship-first': (a, b) =>
    hardshipKey(a) - hardshipKey(b) ||
    (a.iseeCents ?? Number.POSITIVE_INFINITY) - (b.iseeCents ?? Number.POSITIVE_INFINITY) ||
    0,
  // PhD students holding a scholarship give way (seed 003: "priorità ai dottorandi senza borsa").
  'phd-without-scholarship-first': (a, b) => scholarshipKey(a) - scholarshipKey(b),
  // More points from the career (the computed criteria) first: a rule of ours, the same for every profile.
  'career-merit': (a, b) => b.computedHundredths - a.computedHundredths,
  'tie-resolution': null,
};

const hardshipKey = (c: RankingCandidate) => (c.economicHardship === true ? 0 : 1);
const scholarshipKey = (c: RankingCandidate) =>
  c.candidateKind === 'phd' && c.phdScholarship !== false ? 1 : 0;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byProtocol = (a: { protocolNumber: string; applicationId: string }, b: typeof a) =>
  compareText(a.protocolNumber, b.protocolNumber) || compareText(a.applicationId, b.applicationId);

/** The rules applied, in order: total, the profile's tie-breaks (each once), career merit. */
export const rankingRules = (tieBreaks: readonly TieBreak[]): RankingRule[] => [
  'total',
  ...new Set(tieBreaks),
  'career-merit',
];

/**
 * The first rule that tells two candidates apart and which comes first (negative: `a`), or null when every rule
 * leaves them equal.
 */
export const compareCandidates = (
  a: RankingCandidate,
  b: RankingCandidate,
  tieBreaks: readonly TieBreak[],
): { rule: RankingRule; order: number } | null => {
  for (const rule of rankingRules(tieBreaks)) {
    const order = RULES[rule]?.(a, b) ?? 0;
    if (order !== 0) return { rule, order: Math.sign(order) };
  }
  return null;
};

/**
 * One ranking (seed 004 art. 6-7): the excluded apart with their reasons, the admitted ordered by total score, then
 * the profile's tie-breaks, then career merit. Candidates still equal form a tie group: they share a place and are
 * reported; only a resolution recorded by the office orders them. The result does not depend on the input order.
 */
export const rankCandidates = (candidates: readonly RankingCandidate[], rules: RankingRules): Ranking => {
  const excluded = candidates
    .filter((c) => c.exclusions.length > 0)
    .sort(byProtocol)
    .map((c) => ({
      applicationId: c.applicationId,
      protocolNumber: c.protocolNumber,
      reasons: c.exclusions,
    }));
  const admitted = candidates.filter((c) => c.exclusions.length === 0);
  const awaitingScores = admitted
    .filter((c) => !c.complete)
    .sort(byProtocol)
    .map((c) => ({ applicationId: c.applicationId, protocolNumber: c.protocolNumber }));
  const ranked = admitted
    .filter((c) => c.complete)
    .sort((a, b) => compareCandidates(a, b, rules.tieBreaks)?.order || byProtocol(a, b));

  // Runs of candidates every rule leaves equal.
  const classes: RankingCandidate[][] = [];
  for (const candidate of ranked) {
    const last = classes.at(-1);
    const head = last?.[0];
    if (last && head && compareCandidates(head, candidate, rules.tieBreaks) === null) last.push(candidate);
    else classes.push([candidate]);
  }

  const resolutions = [...(rules.tieResolutions ?? [])];
  const used = new Set<TieResolution>();
  const entries: RankedEntry[] = [];
  const tieGroups: TieGroup[] = [];
  let previous: RankingCandidate | null = null;
  for (const members of classes) {
    const place = entries.length + 1;
    const decidedBy = previous
      ? (compareCandidates(previous, members[0] as RankingCandidate, rules.tieBreaks)?.rule ?? null)
      : null;
    const resolution =
      members.length > 1 ? resolutions.find((r) => !used.has(r) && sameMembers(r, members)) : undefined;
    if (members.length === 1 || resolution) {
      const ordered = resolution
        ? resolution.applicationIds.map(
            (id) => members.find((m) => m.applicationId === id) as RankingCandidate,
          )
        : members;
      if (resolution) used.add(resolution);
      ordered.forEach((candidate, index) => {
        entries.push(entry(candidate, place + index, index === 0 ? decidedBy : 'tie-resolution', null));
      });
    } else {
      const tieGroup = tieGroups.length + 1;
      tieGroups.push({ tieGroup, place, applicationIds: members.map((m) => m.applicationId) });
      members.forEach((candidate, index) => {
        entries.push(entry(candidate, place, index === 0 ? decidedBy : null, tieGroup));
      });
    }
    previous = members.at(-1) ?? null;
  }
  return {
    entries,
    tieGroups,
    excluded,
    awaitingScores,
    unusedResolutions: resolutions.filter((r) => !used.has(r)),
  };
};

const sameMembers = (resolution: TieResolution, members: readonly RankingCandidate[]) =>
  resolution.applicationIds.length === members.length &&
  new Set(resolution.applicationIds).size === members.length &&
  members.every((m) => resolution.applicationIds.includes(m.applicationId));

const entry = (
  candidate: RankingCandidate,
  place: number,
  decidedBy: RankingRule | null,
  tieGroup: number | null,
): RankedEntry => ({
  place,
  applicationId: candidate.applicationId,
  protocolNumber: candidate.protocolNumber,
  totalHundredths: candidate.totalHundredths,
  decidedBy,
  tieGroup,
});
