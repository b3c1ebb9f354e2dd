import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RefusalPolicy } from '../profiles/types.ts';
import {
  type OfferCandidate,
  type OfferRecord,
  type OfferStatus,
  planOffers,
  type ReturnedHoursSlot,
} from './draw-down.ts';

const FERRARA: RefusalPolicy = { kind: 'move-to-end', excludeAfter: 2, silenceIsRefusal: true };
const BARI: RefusalPolicy = { kind: 'exclude', silenceIsRefusal: true };

const candidate = (applicationId: string, place: number, preferences = ['P']): OfferCandidate => ({
  applicationId,
  place,
  tieGroup: null,
  departmentId: null,
  preferences,
  elsewhere: 'free',
});

const base = {
  positions: [{ positionId: 'P', grants: 1, departmentId: null }],
  candidates: ['a', 'b', 'c', 'd'].map((id, i) => candidate(id, i + 1)),
  winners: [{ applicationId: 'a', positionId: 'P' }],
  refusal: FERRARA,
  ownDepartmentFirst: false,
  grantsCumulative: false,
};

const closed = (
  applicationId: string,
  status: OfferStatus,
  at: number,
  extra: Partial<OfferRecord> = {},
) => ({
  applicationId,
  positionId: 'P',
  status,
  closedAt: status === 'pending' || status === 'accepted' ? null : new Date(at * 1000),
  ...extra,
});

describe('withdrawal by the office', () => {
  it('draws the grant down to the next candidate, and the candidate keeps their place: not moved, no refusal counted', () => {
    const plan = planOffers({ ...base, offers: [closed('a', 'withdrawn', 1)] });
    expect(plan.offers).toEqual([{ positionId: 'P', applicationId: 'b', reason: 'draw-down' }]);
    expect(plan.order).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.standings.find((s) => s.applicationId === 'a')).toEqual({
      applicationId: 'a',
      refusals: 0,
      moves: 0,
      excluded: false,
    });
  });

  it('does not hand the same position straight back, but the candidate may still be offered another position', () => {
    const plan = planOffers({
      ...base,
      positions: [
        { positionId: 'P', grants: 1, departmentId: null },
        { positionId: 'Q', grants: 1, departmentId: null },
      ],
      candidates: [candidate('a', 1, ['P', 'Q']), candidate('b', 2, ['P'])],
      winners: [],
      offers: [closed('a', 'withdrawn', 1)],
    });
    expect(plan.offers.sort((x, y) => x.positionId.localeCompare(y.positionId))).toEqual([
      { positionId: 'P', applicationId: 'b', reason: 'draw-down' },
      { positionId: 'Q', applicationId: 'a', reason: 'draw-down' },
    ]);
  });
});

describe('returned hours', () => {
  const slot: ReturnedHoursSlot = { appointmentId: 'ap1', positionId: 'P', fromApplicationId: 'a' };

  it('go to the next available candidate who chose the position, never to the tutor who gave them back', () => {
    const plan = planOffers({
      ...base,
      winners: [],
      offers: [closed('a', 'accepted', 0)],
      returnedHours: [slot],
    });
    expect(plan.offers).toEqual([
      { positionId: 'P', applicationId: 'b', reason: 'returned-hours', returnedFrom: 'ap1' },
    ]);
  });

  it('hold no grant of the position and, refused, neither move nor exclude the candidate; then the next is offered', () => {
    const offers: OfferRecord[] = [
      closed('a', 'accepted', 0),
      closed('b', 'refused', 2, { returnedFrom: 'ap1' }),
    ];
    const plan = planOffers({ ...base, refusal: BARI, winners: [], offers, returnedHours: [slot] });
    expect(plan.offers).toEqual([
      { positionId: 'P', applicationId: 'c', reason: 'returned-hours', returnedFrom: 'ap1' },
    ]);
    expect(plan.standings.find((s) => s.applicationId === 'b')).toMatchObject({
      refusals: 0,
      excluded: false,
    });
    expect(plan.order).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.vacant).toEqual([]);
  });

  it('report the hours vacant when nobody of the ranking can take them', () => {
    const plan = planOffers({
      ...base,
      candidates: [candidate('a', 1)],
      winners: [],
      offers: [closed('a', 'accepted', 0)],
      returnedHours: [slot],
    });
    expect(plan.offers).toEqual([]);
    expect(plan.returnedHoursVacant).toEqual(['ap1']);
  });
});

/** A random history of one ranking: offers made by the plan, answered in turn, some withdrawn by the office. */
const history = fc.record({
  grants: fc.integer({ min: 1, max: 2 }),
  candidates: fc.integer({ min: 1, max: 7 }),
  refusal: fc.constantFrom<RefusalPolicy>(FERRARA, BARI),
  answers: fc.array(fc.constantFrom<OfferStatus>('accepted', 'refused', 'expired', 'withdrawn'), {
    maxLength: 20,
  }),
  /** Accepted offers whose appointment ends early, giving hours back that the office offers. */
  returns: fc.array(fc.boolean(), { maxLength: 4 }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

const run = (h: History, check: (offers: OfferRecord[], slots: ReturnedHoursSlot[]) => void) => {
  const candidates = Array.from({ length: h.candidates }, (_, i) => candidate(`c${i}`, i + 1));
  const offers: OfferRecord[] = [];
  const slots: ReturnedHoursSlot[] = [];
  const answers = [...h.answers];
  const returns = [...h.returns];
  let clock = 0;
  for (let step = 0; step < 200; step += 1) {
    const plan = planOffers({
      ...base,
      positions: [{ positionId: 'P', grants: h.grants, departmentId: null }],
      candidates,
      winners: [],
      refusal: h.refusal,
      offers,
      returnedHours: slots,
    });
    for (const made of plan.offers)
      offers.push({
        applicationId: made.applicationId,
        positionId: made.positionId,
        status: 'pending',
        closedAt: null,
        returnedFrom: made.returnedFrom ?? null,
      });
    check(offers, slots);
    const next = offers.find((o) => o.status === 'pending');
    if (!next) break;
    clock += 1;
    next.status = answers.shift() ?? 'accepted';
    next.closedAt = next.status === 'accepted' ? null : new Date(clock * 1000);
    if (next.status === 'accepted' && returns.shift())
      slots.push({ appointmentId: `ap${clock}`, positionId: 'P', fromApplicationId: next.applicationId });
  }
};

describe('withdrawal and returned hours, properties', () => {
  it('never two open offers for one grant or for the same returned hours', () => {
    fc.assert(
      fc.property(history, (h) =>
        run(h, (offers, slots) => {
          const open = (o: OfferRecord) => o.status === 'pending' || o.status === 'accepted';
          expect(offers.filter((o) => open(o) && !o.returnedFrom).length).toBeLessThanOrEqual(h.grants);
          for (const s of slots)
            expect(
              offers.filter((o) => open(o) && o.returnedFrom === s.appointmentId).length,
            ).toBeLessThanOrEqual(1);
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('a withdrawal never moves the candidate: the ranking stands as if the withdrawn offer had not been made', () => {
    fc.assert(
      fc.property(history, (h) =>
        run(h, (offers, slots) => {
          const candidates = Array.from({ length: h.candidates }, (_, i) => candidate(`c${i}`, i + 1));
          const input = {
            ...base,
            positions: [{ positionId: 'P', grants: h.grants, departmentId: null }],
            candidates,
            winners: [],
            refusal: h.refusal,
            returnedHours: slots,
          };
          const withIt = planOffers({ ...input, offers });
          const withoutIt = planOffers({ ...input, offers: offers.filter((o) => o.status !== 'withdrawn') });
          expect(withIt.order).toEqual(withoutIt.order);
          expect(withIt.standings).toEqual(withoutIt.standings);
        }),
      ),
      { numRuns: 300 },
    );
  });
});

describe('a candidate drawn from another ranking, seen from their own', () => {
  it('keeps their place and standing in their own ranking whether the other ranking’s offer waits, was refused or expired', () => {
    // The other ranking's offer is never among their own ranking's offers: all their own ranking sees of it is
    // `elsewhere` (pending while it waits, free again once refused or expired, accepted if taken).
    fc.assert(
      fc.property(
        history,
        fc.nat(6),
        fc.constantFrom<'pending' | 'accepted'>('pending', 'accepted'),
        (h, pick, held) =>
          run(h, (offers, slots) => {
            const chosen = `c${pick % h.candidates}`;
            const plan = (elsewhere: 'free' | 'pending' | 'accepted') =>
              planOffers({
                ...base,
                positions: [{ positionId: 'P', grants: h.grants, departmentId: null }],
                candidates: Array.from({ length: h.candidates }, (_, i) => ({
                  ...candidate(`c${i}`, i + 1),
                  elsewhere: `c${i}` === chosen ? elsewhere : ('free' as const),
                })),
                winners: [],
                refusal: h.refusal,
                offers,
                returnedHours: slots,
              });
            const free = plan('free');
            const busy = plan(held);
            expect(busy.order).toEqual(free.order);
            expect(busy.standings).toEqual(free.standings);
            // While held elsewhere (grants not cumulative here) they are offered nothing by their own ranking.
            expect(busy.offers.some((o) => o.applicationId === chosen)).toBe(false);
          }),
      ),
      { numRuns: 200 },
    );
  });
});
