import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RefusalPolicy } from '../profiles/types.ts';
import {
  type DrawDownInput,
  type OfferCandidate,
  type OfferRecord,
  type OfferStatus,
  planOffers,
} from './draw-down.ts';

const FERRARA: RefusalPolicy = { kind: 'move-to-end', excludeAfter: 2, silenceIsRefusal: true };
const BARI: RefusalPolicy = { kind: 'exclude', silenceIsRefusal: true };
const PATIENT: RefusalPolicy = { kind: 'move-to-end', excludeAfter: null, silenceIsRefusal: false };

const candidate = (applicationId: string, place: number, overrides: Partial<OfferCandidate> = {}) => ({
  applicationId,
  place,
  tieGroup: null,
  departmentId: null,
  preferences: ['P'],
  elsewhere: 'free' as const,
  ...overrides,
});

const input = (overrides: Partial<DrawDownInput> = {}): DrawDownInput => ({
  positions: [{ positionId: 'P', grants: 1, departmentId: null }],
  candidates: ['a', 'b', 'c', 'd'].map((id, index) => candidate(id, index + 1)),
  winners: [{ applicationId: 'a', positionId: 'P' }],
  offers: [],
  refusal: FERRARA,
  ownDepartmentFirst: false,
  grantsCumulative: false,
  ...overrides,
});

let tick = 0;
const offer = (applicationId: string, status: OfferStatus, positionId = 'P'): OfferRecord => {
  tick += 1;
  return { applicationId, positionId, status, closedAt: status === 'pending' ? null : new Date(tick * 1000) };
};

describe('planning offers from a definitive ranking', () => {
  it('offers the decree’s winners first, once', () => {
    const plan = planOffers(input());
    expect(plan.offers).toEqual([{ positionId: 'P', applicationId: 'a', reason: 'winner' }]);
    expect(plan.state).toBe('waiting');
    // While the offer is pending nothing else is offered.
    const waiting = planOffers(input({ offers: [offer('a', 'pending')] }));
    expect(waiting.offers).toEqual([]);
    expect(waiting.state).toBe('waiting');
  });

  it('draws down to the next candidate after a refusal, and the refusing candidate drops to the end (Ferrara)', () => {
    const plan = planOffers(input({ offers: [offer('a', 'refused')] }));
    expect(plan.offers).toEqual([{ positionId: 'P', applicationId: 'b', reason: 'draw-down' }]);
    expect(plan.order).toEqual(['b', 'c', 'd', 'a']);
    expect(plan.standings.find((s) => s.applicationId === 'a')).toMatchObject({
      refusals: 1,
      excluded: false,
    });
  });

  it('treats an expired offer as a refusal when silence is refusal, and excludes at the second (seed 001 art. 8 c.3)', () => {
    const offers = [
      offer('a', 'expired'),
      offer('b', 'refused'),
      offer('c', 'refused'),
      offer('d', 'refused'),
    ];
    // Everyone dropped once, in that order: a comes back first.
    const plan = planOffers(input({ offers }));
    expect(plan.order).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.offers).toEqual([{ positionId: 'P', applicationId: 'a', reason: 'draw-down' }]);
    const second = planOffers(input({ offers: [...offers, offer('a', 'refused')] }));
    expect(second.standings.find((s) => s.applicationId === 'a')).toMatchObject({
      refusals: 2,
      excluded: true,
    });
    expect(second.offers).toEqual([{ positionId: 'P', applicationId: 'b', reason: 'draw-down' }]);
  });

  it('excludes at the first refusal under the exclude policy (Bari default)', () => {
    const plan = planOffers(input({ refusal: BARI, offers: [offer('a', 'refused')] }));
    expect(plan.order).toEqual(['b', 'c', 'd', 'a']);
    expect(plan.standings.find((s) => s.applicationId === 'a')?.excluded).toBe(true);
  });

  it('moves without counting an expiry when silence is not refusal', () => {
    const plan = planOffers(input({ refusal: PATIENT, offers: [offer('a', 'expired')] }));
    expect(plan.standings.find((s) => s.applicationId === 'a')).toMatchObject({
      refusals: 0,
      moves: 1,
      excluded: false,
    });
  });

  it('reports the ranking exhausted when nobody is left, and filled when every grant is accepted', () => {
    const exhausted = planOffers(
      input({ refusal: BARI, offers: ['a', 'b', 'c', 'd'].map((id) => offer(id, 'refused')) }),
    );
    expect(exhausted).toMatchObject({
      offers: [],
      state: 'exhausted',
      vacant: [{ positionId: 'P', vacant: 1 }],
    });
    const filled = planOffers(input({ offers: [offer('a', 'accepted')] }));
    expect(filled).toMatchObject({ offers: [], state: 'filled', vacant: [] });
  });

  it('puts the position’s own department first when the profile says so (seed 004 art. 4)', () => {
    const candidates = [
      candidate('a', 1, { departmentId: 'D1' }),
      candidate('b', 2, { departmentId: 'D1' }),
      candidate('c', 3, { departmentId: 'D2' }),
    ];
    const base = input({
      positions: [{ positionId: 'P', grants: 1, departmentId: 'D2' }],
      candidates,
      winners: [],
    });
    expect(planOffers({ ...base, ownDepartmentFirst: true }).offers[0]?.applicationId).toBe('c');
    expect(planOffers(base).offers[0]?.applicationId).toBe('a');
  });

  it('gives no second grant to a candidate holding one unless grants are cumulative (seed 004 art. 8)', () => {
    const positions = [
      { positionId: 'P', grants: 1, departmentId: null },
      { positionId: 'Q', grants: 1, departmentId: null },
    ];
    const candidates = [candidate('a', 1, { preferences: ['P', 'Q'] })];
    const offers = [offer('a', 'accepted', 'P')];
    expect(planOffers(input({ positions, candidates, winners: [], offers })).offers).toEqual([]);
    expect(
      planOffers(input({ positions, candidates, winners: [], offers, grantsCumulative: true })).offers,
    ).toEqual([{ positionId: 'Q', applicationId: 'a', reason: 'draw-down' }]);
    // Holding or waiting on a grant of another ranking counts the same.
    const busy = [candidate('a', 1, { elsewhere: 'accepted' }), candidate('b', 2, { elsewhere: 'pending' })];
    expect(planOffers(input({ candidates: busy, winners: [] })).state).toBe('exhausted');
  });

  it('stops at a tie the office has not ordered instead of choosing silently', () => {
    const candidates = [candidate('a', 1, { tieGroup: 1 }), candidate('b', 1, { tieGroup: 1 })];
    const plan = planOffers(input({ candidates, winners: [] }));
    expect(plan.state).toBe('blocked-by-ties');
    expect(plan.offers).toEqual([]);
    expect(plan.ties[0]?.applicationIds.sort()).toEqual(['a', 'b']);
  });

  it('offers a candidate the first of their choices that has a free grant', () => {
    const positions = [
      { positionId: 'P', grants: 1, departmentId: null },
      { positionId: 'Q', grants: 1, departmentId: null },
    ];
    const candidates = [
      candidate('a', 1, { preferences: ['Q', 'P'] }),
      candidate('b', 2, { preferences: ['Q', 'P'] }),
    ];
    const plan = planOffers(input({ positions, candidates, winners: [] }));
    expect(plan.offers).toEqual([
      { positionId: 'P', applicationId: 'b', reason: 'draw-down' },
      { positionId: 'Q', applicationId: 'a', reason: 'draw-down' },
    ]);
  });
});

/** A random ranking: positions with grants, candidates with one or two choices and a department. */
const scenario = fc.record({
  grants: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  candidates: fc.array(
    fc.record({
      choices: fc.array(fc.nat(2), { minLength: 1, maxLength: 2 }),
      department: fc.constantFrom('D0', 'D1', null),
      tiedWithPrevious: fc.boolean(),
    }),
    { minLength: 1, maxLength: 9 },
  ),
  refusal: fc.constantFrom<RefusalPolicy>(FERRARA, BARI, PATIENT, {
    kind: 'move-to-end',
    excludeAfter: 3,
    silenceIsRefusal: false,
  }),
  ownDepartmentFirst: fc.boolean(),
  grantsCumulative: fc.boolean(),
  /** How each offer is answered, in turn; once used up, every offer is accepted. */
  answers: fc.array(fc.constantFrom<OfferStatus>('accepted', 'refused', 'expired'), { maxLength: 40 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Runs the draw-down to the end, answering offers in turn, and checks the invariants after every step. */
const simulate = (s: Scenario) => {
  const positions = s.grants.map((grants, index) => ({
    positionId: `P${index}`,
    grants,
    departmentId: `D${index}`,
  }));
  let place = 0;
  const candidates: OfferCandidate[] = s.candidates.map((c, index) => {
    // Ties come only from the ranking's rules: a later candidate shares the previous place.
    const tied = index > 0 && c.tiedWithPrevious;
    if (!tied) place = index + 1;
    return {
      applicationId: `c${index}`,
      place,
      tieGroup: null,
      departmentId: c.department,
      preferences: c.choices.map((n) => `P${n % s.grants.length}`),
      elsewhere: 'free' as const,
    };
  });
  // Tie groups: runs of candidates sharing a place.
  for (const c of candidates) {
    const sharing = candidates.filter((o) => o.place === c.place);
    if (sharing.length > 1) c.tieGroup = c.place;
  }
  const offers: OfferRecord[] = [];
  const answers = [...s.answers];
  let clock = 0;
  let steps = 0;
  let last: ReturnType<typeof planOffers> | null = null;
  for (;;) {
    steps += 1;
    if (steps > 500) throw new Error('the draw-down does not end');
    const plan = planOffers({
      positions,
      candidates,
      winners: [],
      offers,
      refusal: s.refusal,
      ownDepartmentFirst: s.ownDepartmentFirst,
      grantsCumulative: s.grantsCumulative,
    });
    last = plan;
    for (const made of plan.offers) {
      const standing = plan.standings.find((st) => st.applicationId === made.applicationId);
      // An excluded candidate (Ferrara: refused twice) is never offered again.
      expect(standing?.excluded).toBe(false);
      // Non-cumulative: nobody holding a grant is offered another.
      if (!s.grantsCumulative)
        expect(offers.some((o) => o.applicationId === made.applicationId && o.status === 'accepted')).toBe(
          false,
        );
      offers.push({
        applicationId: made.applicationId,
        positionId: made.positionId,
        status: 'pending',
        closedAt: null,
      });
    }
    // A grant is never offered twice at once: pending + accepted never exceed a position's grants.
    for (const p of positions) {
      const open = offers.filter(
        (o) => o.positionId === p.positionId && (o.status === 'pending' || o.status === 'accepted'),
      );
      expect(open.length).toBeLessThanOrEqual(p.grants);
    }
    // One pending offer per candidate at a time.
    const pending = offers.filter((o) => o.status === 'pending');
    expect(new Set(pending.map((o) => o.applicationId)).size).toBe(pending.length);
    const next = pending[0];
    if (!next) break;
    clock += 1;
    next.status = answers.shift() ?? 'accepted';
    next.closedAt = new Date(clock * 1000);
  }
  if (!last) throw new Error('no plan');
  return { positions, candidates, offers, plan: last };
};

describe('draw-down properties', () => {
  it('never offers a grant twice concurrently, never re-offers an excluded candidate, and ends with every grant filled or every chooser offered', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { positions, candidates, offers, plan } = simulate(s);
        if (plan.state === 'blocked-by-ties') return;
        for (const p of positions) {
          const accepted = offers.filter(
            (o) => o.positionId === p.positionId && o.status === 'accepted',
          ).length;
          expect(accepted).toBeLessThanOrEqual(p.grants);
          if (accepted === p.grants) continue;
          // A grant left over: everyone who chose the position was offered something, or holds a grant.
          for (const c of candidates.filter((c) => c.preferences.includes(p.positionId))) {
            const theirs = offers.filter((o) => o.applicationId === c.applicationId);
            expect(theirs.length, `${c.applicationId} never offered ${p.positionId}`).toBeGreaterThan(0);
          }
        }
        // The ranking is never left waiting when nothing is pending.
        expect(offers.some((o) => o.status === 'pending')).toBe(false);
        expect(['filled', 'exhausted']).toContain(plan.state);
      }),
      { numRuns: 300 },
    );
  });

  it('never offers anything again to a candidate who refused twice at Ferrara', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { offers } = simulate({ ...s, refusal: FERRARA });
        const byCandidate = new Map<string, OfferRecord[]>();
        for (const o of offers)
          byCandidate.set(o.applicationId, [...(byCandidate.get(o.applicationId) ?? []), o]);
        for (const list of byCandidate.values()) {
          const secondRefusal = list.findIndex(
            (_, i) =>
              list.slice(0, i + 1).filter((o) => o.status === 'refused' || o.status === 'expired').length ===
              2,
          );
          if (secondRefusal >= 0) expect(list.length).toBe(secondRefusal + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order candidates and positions are given in', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), (s, seed) => {
        const { positions, candidates } = simulate({ ...s, answers: [] });
        const base = {
          winners: [],
          offers: [],
          refusal: s.refusal,
          ownDepartmentFirst: s.ownDepartmentFirst,
          grantsCumulative: s.grantsCumulative,
        };
        const shuffled = [...candidates].sort(
          (a, b) => ((a.place * 31 + seed) % 7) - ((b.place * 31 + seed) % 7),
        );
        const a = planOffers({ ...base, positions, candidates });
        const b = planOffers({ ...base, positions: [...positions].reverse(), candidates: shuffled });
        const key = (o: { positionId: string; applicationId: string }) =>
          `${o.positionId}|${o.applicationId}`;
        expect(b.offers.map(key).sort()).toEqual(a.offers.map(key).sort());
      }),
      { numRuns: 200 },
    );
  });
});
