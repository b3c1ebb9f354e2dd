import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetByCode } from '../../profiles/index.ts';
import { tieBreaksOf } from '../profiles/accessors.ts';
import { TIE_BREAKS, type TieBreak } from '../profiles/types.ts';
import { buildRankingCandidate as candidate } from './builders.ts';
import { compareCandidates, type RankingCandidate, rankCandidates } from './order.ts';

const tieBreaksFor = (code: string) => {
  const preset = presetByCode(code);
  if (!preset) throw new Error(code);
  return tieBreaksOf(preset.profile);
};
const BARI = { tieBreaks: tieBreaksFor('poliba') };
const TOR_VERGATA = { tieBreaks: tieBreaksFor('uniroma2') };
const CA_FOSCARI = { tieBreaks: tieBreaksFor('unive') };
const ids = (entries: { applicationId: string }[]) => entries.map((e) => e.applicationId);

describe('a ranking orders by total score', () => {
  it('puts the higher total first and numbers the places', () => {
    const a = candidate({ applicationId: 'a', totalHundredths: 3850 });
    const b = candidate({ applicationId: 'b', totalHundredths: 4210 });
    const c = candidate({ applicationId: 'c', totalHundredths: 1900 });
    const ranking = rankCandidates([a, b, c], BARI);
    expect(ranking.entries.map((e) => [e.place, e.applicationId, e.decidedBy])).toEqual([
      [1, 'b', null],
      [2, 'a', 'total'],
      [3, 'c', 'total'],
    ]);
  });

  it('lists the excluded apart with their reasons, and does not rank candidates still being scored', () => {
    const ineligible = candidate({
      applicationId: 'x',
      protocolNumber: '2026/000009',
      exclusions: [{ code: 'ineligible', reasons: [{ code: 'part-time' }] }],
    });
    const pending = candidate({ applicationId: 'p', complete: false });
    const ranked = candidate({ applicationId: 'r' });
    const ranking = rankCandidates([ineligible, pending, ranked], BARI);
    expect(ids(ranking.entries)).toEqual(['r']);
    expect(ranking.excluded).toEqual([
      {
        applicationId: 'x',
        protocolNumber: '2026/000009',
        reasons: [{ code: 'ineligible', reasons: [{ code: 'part-time' }] }],
      },
    ]);
    expect(ids(ranking.awaitingScores)).toEqual(['p']);
  });
});

describe('tie-breaks of each profile', () => {
  it('Bari: at equal score the younger candidate first (seed 004 art. 6)', () => {
    const older = candidate({ applicationId: 'older', birthDate: '1999-03-01' });
    const younger = candidate({ applicationId: 'younger', birthDate: '2001-11-30' });
    const ranking = rankCandidates([older, younger], BARI);
    expect(ids(ranking.entries)).toEqual(['younger', 'older']);
    expect(ranking.entries[1]?.decidedBy).toBe('younger-first');
  });

  it('Tor Vergata: economic hardship first, then the lower ISEE, before age (seed 002 art. 4 c.2)', () => {
    const rich = candidate({
      applicationId: 'rich',
      birthDate: '2003-01-01',
      economicHardship: false,
      iseeCents: 5_000_000,
    });
    const hardship = candidate({
      applicationId: 'hardship',
      birthDate: '1998-01-01',
      economicHardship: true,
      iseeCents: 1_200_000,
    });
    const poorer = candidate({
      applicationId: 'poorer',
      birthDate: '1997-01-01',
      economicHardship: true,
      iseeCents: 900_000,
    });
    const ranking = rankCandidates([rich, hardship, poorer], TOR_VERGATA);
    expect(ids(ranking.entries)).toEqual(['poorer', 'hardship', 'rich']);
    expect(ranking.entries.map((e) => e.decidedBy)).toEqual([
      null,
      'economic-hardship-first',
      'economic-hardship-first',
    ]);
  });

  it("Ca' Foscari: a PhD student without a scholarship before one with (seed 003), then the younger", () => {
    const withGrant = candidate({
      applicationId: 'with',
      candidateKind: 'phd',
      phdScholarship: true,
      birthDate: '2000-01-01',
    });
    const without = candidate({
      applicationId: 'without',
      candidateKind: 'phd',
      phdScholarship: false,
      birthDate: '1990-01-01',
    });
    const ranking = rankCandidates([withGrant, without], CA_FOSCARI);
    expect(ids(ranking.entries)).toEqual(['without', 'with']);
    expect(ranking.entries[1]?.decidedBy).toBe('phd-without-scholarship-first');
  });

  it('gives no precedence to a candidate whose qualifying fact is unknown', () => {
    const unknown = candidate({ applicationId: 'unknown', birthDate: null });
    const known = candidate({ applicationId: 'known', birthDate: '1990-01-01' });
    expect(ids(rankCandidates([unknown, known], BARI).entries)).toEqual(['known', 'unknown']);
    const noIsee = candidate({ applicationId: 'no-isee', economicHardship: true });
    const isee = candidate({ applicationId: 'isee', economicHardship: true, iseeCents: 2_000_000 });
    expect(ids(rankCandidates([noIsee, isee], TOR_VERGATA).entries)).toEqual(['isee', 'no-isee']);
  });

  it('then, every profile alike, more career merit (computed criteria) first', () => {
    const titles = candidate({ applicationId: 'titles', computedHundredths: 1500 });
    const career = candidate({ applicationId: 'career', computedHundredths: 2500 });
    const ranking = rankCandidates([titles, career], BARI);
    expect(ids(ranking.entries)).toEqual(['career', 'titles']);
    expect(ranking.entries[1]?.decidedBy).toBe('career-merit');
  });
});

describe('ties no rule breaks', () => {
  const twin = (applicationId: string, protocolNumber: string) =>
    candidate({
      applicationId,
      protocolNumber,
      totalHundredths: 3000,
      computedHundredths: 2000,
      birthDate: '2001-01-01',
    });

  it('are reported as a tie group sharing a place, listed by protocol number, never ordered silently', () => {
    const first = candidate({ applicationId: 'first', totalHundredths: 4000 });
    const b = twin('b', '2026/000020');
    const a = twin('a', '2026/000010');
    const last = candidate({ applicationId: 'last', totalHundredths: 1000 });
    const ranking = rankCandidates([b, last, a, first], BARI);
    expect(ranking.entries.map((e) => [e.place, e.applicationId, e.tieGroup])).toEqual([
      [1, 'first', null],
      [2, 'a', 1],
      [2, 'b', 1],
      [4, 'last', null],
    ]);
    expect(ranking.tieGroups).toEqual([{ tieGroup: 1, place: 2, applicationIds: ['a', 'b'] }]);
  });

  it('are ordered by a resolution the office recorded for exactly that group; a stale one is reported unused', () => {
    const a = twin('a', '2026/000010');
    const b = twin('b', '2026/000020');
    const stale = { applicationIds: ['a', 'zz'], note: 'sorteggio del 10/03' };
    const ranking = rankCandidates([a, b], {
      ...BARI,
      tieResolutions: [stale, { applicationIds: ['b', 'a'], note: 'sorteggio pubblico del 12/03/2026' }],
    });
    expect(ranking.entries.map((e) => [e.place, e.applicationId, e.decidedBy, e.tieGroup])).toEqual([
      [1, 'b', null, null],
      [2, 'a', 'tie-resolution', null],
    ]);
    expect(ranking.tieGroups).toEqual([]);
    expect(ranking.unusedResolutions).toEqual([stale]);
  });
});

describe('properties of every ranking (fast-check)', () => {
  const candidateArb = fc.record({
    totalHundredths: fc.integer({ min: 0, max: 12 }).map((n) => n * 250),
    computedHundredths: fc.integer({ min: 0, max: 3 }).map((n) => n * 500),
    birthDate: fc.option(fc.constantFrom('1998-04-02', '2000-01-01', '2001-12-31'), { nil: null }),
    economicHardship: fc.option(fc.boolean(), { nil: null }),
    iseeCents: fc.option(fc.constantFrom(800_000, 1_500_000), { nil: null }),
    candidateKind: fc.constantFrom('master', 'single-cycle', 'phd') as fc.Arbitrary<
      RankingCandidate['candidateKind']
    >,
    phdScholarship: fc.option(fc.boolean(), { nil: null }),
    complete: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
    excluded: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });
  const poolArb = fc.array(candidateArb, { maxLength: 25 }).map((drawn) =>
    drawn.map(({ excluded, ...facts }, i) =>
      candidate({
        ...facts,
        applicationId: `a${i}`,
        protocolNumber: `2026/${String(i).padStart(6, '0')}`,
        exclusions: excluded ? [{ code: 'committee-decision', note: 'dichiarazione non veritiera' }] : [],
      }),
    ),
  );
  const tieBreaksArb = fc.shuffledSubarray([...TIE_BREAKS]) as fc.Arbitrary<TieBreak[]>;

  it('is a strict total order between candidates not tied, and ties are exactly the equal ones', () => {
    fc.assert(
      fc.property(poolArb, tieBreaksArb, (pool, tieBreaks) => {
        const ranking = rankCandidates(pool, { tieBreaks });
        const byId = new Map(pool.map((c) => [c.applicationId, c]));
        const ranked = ranking.entries.map((e) => byId.get(e.applicationId) as RankingCandidate);
        for (let i = 0; i < ranked.length; i += 1) {
          for (let j = i + 1; j < ranked.length; j += 1) {
            const [ei, ej] = [ranking.entries[i], ranking.entries[j]];
            const cmp = compareCandidates(
              ranked[i] as RankingCandidate,
              ranked[j] as RankingCandidate,
              tieBreaks,
            );
            const sameTie = ei?.tieGroup !== null && ei?.tieGroup === ej?.tieGroup;
            if (sameTie) {
              expect(cmp).toBeNull();
              expect(ei?.place).toBe(ej?.place);
            } else {
              expect(cmp?.order).toBe(-1); // i strictly before j
              expect(ei?.place ?? 0).toBeLessThan(ej?.place ?? 0);
            }
          }
        }
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        poolArb.chain((pool) =>
          fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length })),
        ),
        tieBreaksArb,
        ([pool, shuffled], tieBreaks) => {
          expect(rankCandidates(shuffled, { tieBreaks })).toEqual(rankCandidates(pool, { tieBreaks }));
        },
      ),
    );
  });

  it('accounts for every application exactly once', () => {
    fc.assert(
      fc.property(poolArb, tieBreaksArb, (pool, tieBreaks) => {
        const ranking = rankCandidates(pool, { tieBreaks });
        const all = [
          ...ids(ranking.entries),
          ...ids(ranking.excluded),
          ...ids(ranking.awaitingScores),
        ].sort();
        expect(all).toEqual(pool.map((c) => c.applicationId).sort());
      }),
    );
  });
});
