import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAppointment, buildTerms } from '../appointments/builders.ts';
import { contractedHours, grossCentsOf } from '../appointments/terms.ts';
import {
  type HoursShare,
  planReturnedHoursAssignment,
  returnedHoursLeft,
  shareOf,
} from './returned-hours-assignment.ts';

// 200 hours for EUR 3,000; withdrawn after 160: 40 hours and EUR 600 go back to the position.
const ending = {
  kind: 'withdrawal',
  date: '2026-10-30',
  hoursDone: 160,
  hoursReturned: 40,
  note: '',
} as const;
const source = buildAppointment({ id: 'ended', status: 'ended', hoursDone: 160, ending });
const target = buildAppointment({
  id: 'other',
  tutorId: 'tutor-2',
  status: 'active',
  terms: buildTerms({ items: [{ kind: 'tutoring', hours: 50, costCents: 75_000 }] }),
});
const plan = (overrides: Partial<Parameters<typeof planReturnedHoursAssignment>[0]> = {}) =>
  planReturnedHoursAssignment({
    source,
    given: [],
    offerOpen: false,
    target,
    hours: 10,
    kind: 'tutoring',
    ...overrides,
  });
const problemOf = (result: ReturnType<typeof plan>) => (result.ok ? null : result.error.problem);

describe('giving returned hours to another tutor of the call', () => {
  it('adds the hours and their pro rata amount to the item of the chosen kind', () => {
    const result = plan();
    expect(result).toEqual({
      ok: true,
      value: {
        share: { hours: 10, amountCents: 15_000 },
        terms: { ...target.terms, items: [{ kind: 'tutoring', hours: 60, costCents: 90_000 }] },
      },
    });
  });

  it('adds a new item when the tutor had no hours of that kind, keeping the others', () => {
    const result = plan({ kind: 'supplementary-teaching', hours: 4 });
    expect(result.ok && result.value.terms.items).toEqual([
      { kind: 'tutoring', hours: 50, costCents: 75_000 },
      { kind: 'supplementary-teaching', hours: 4, costCents: 6_000 },
    ]);
  });

  it('gives only what is left after earlier parts, and the last hours take every cent left', () => {
    const given = [{ hours: 13, amountCents: 19_500 }];
    expect(returnedHoursLeft({ hours: 40, amountCents: 60_000 }, given)).toEqual({
      hours: 27,
      amountCents: 40_500,
    });
    expect(problemOf(plan({ given, hours: 28 }))).toBe('too-many-hours');
    const last = plan({ given, hours: 27 });
    expect(last.ok && last.value.share).toEqual({ hours: 27, amountCents: 40_500 });
    const refused = plan({ given: [...given, { hours: 27, amountCents: 40_500 }] });
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'returned-hours-assignment-refused',
        problem: 'none-left',
        left: { hours: 0, amountCents: 0 },
      },
    });
  });

  it('refuses what seed 001 art. 8 c.4 does not allow, naming why', () => {
    expect(problemOf(plan({ source: { ...source, status: 'active', ending: null } }))).toBe('none-returned');
    expect(
      problemOf(plan({ source: { ...source, ending: { ...ending, hoursDone: 200, hoursReturned: 0 } } })),
    ).toBe('none-returned');
    expect(problemOf(plan({ offerOpen: true }))).toBe('offered');
    expect(problemOf(plan({ target: { ...target, id: source.id } }))).toBe('same-appointment');
    expect(problemOf(plan({ target: { ...target, callId: 'call-2' } }))).toBe('other-call');
    expect(problemOf(plan({ target: { ...target, status: 'ended' } }))).toBe('target-ended');
    for (const hours of [0, -3, 2.5, Number.NaN]) expect(problemOf(plan({ hours }))).toBe('hours-invalid');
  });

  it('property: however the returned hours are split, the parts add up to exactly what came back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
        (hours, amountCents, requests) => {
          const returned = { hours, amountCents };
          const given: HoursShare[] = [];
          for (const requested of requests) {
            const left = returnedHoursLeft(returned, given);
            if (left.hours === 0) break;
            given.push(shareOf(left, Math.min(requested, left.hours)));
          }
          const left = returnedHoursLeft(returned, given);
          expect(left.hours).toBeGreaterThanOrEqual(0);
          expect(left.amountCents).toBeGreaterThanOrEqual(0);
          for (const share of given) expect(Number.isInteger(share.amountCents)).toBe(true);
          if (left.hours === 0) expect(left.amountCents).toBe(0);
        },
      ),
    );
  });

  it('property: the target gains exactly the share, in hours and in cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('tutoring', 'supplementary-teaching'),
        (hours, kind) => {
          const result = plan({ hours, kind });
          if (!result.ok) throw new Error(result.error.problem);
          expect(contractedHours(result.value.terms)).toBe(contractedHours(target.terms) + hours);
          expect(grossCentsOf(result.value.terms)).toBe(
            grossCentsOf(target.terms) + result.value.share.amountCents,
          );
        },
      ),
    );
  });
});
