import type { RankingCandidate } from './order.ts';

let counter = 0;

/** A complete, admitted master's candidate with every field valid; tests override what matters to them. */
export const buildRankingCandidate = (overrides: Partial<RankingCandidate> = {}): RankingCandidate => {
  counter += 1;
  const n = String(counter).padStart(6, '0');
  return {
    applicationId: `app-${n}`,
    protocolNumber: `2026/${n}`,
    candidateKind: 'master',
    totalHundredths: 3000,
    computedHundredths: 2000,
    complete: true,
    exclusions: [],
    birthDate: '2001-05-14',
    economicHardship: null,
    iseeCents: null,
    phdScholarship: null,
    ...overrides,
  };
};
