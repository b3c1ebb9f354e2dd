import { describe, expect, it } from 'vitest';
import type { CapBreach } from '../caps/types.ts';
import { capsAtAcceptance, offerCapView } from './acceptance-caps.ts';
import { checkOtherRankingOffer, eligibleFromOtherRankings, type RelatedCandidate } from './other-ranking.ts';
import { returnedHoursOf } from './returned-hours.ts';

const buildBreach = (b: Pick<CapBreach, 'cap' | 'overridable'>): CapBreach => ({
  unit: null,
  limit: null,
  value: null,
  excess: null,
  period: null,
  messageKey: `caps.${b.cap}`,
  params: {},
  ...b,
});

const related = (applicationId: string, overrides: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  rankingId: 'B',
  applicationId,
  studentId: `s-${applicationId}`,
  place: 1,
  totalHundredths: 3000,
  excluded: false,
  placedByOwnRanking: false,
  waiting: false,
  holding: false,
  ...overrides,
});

describe('candidates of a related ranking (seed 002 art. 4 c.4, seed 004 art. 8)', () => {
  it('lists the eligible, not yet placed ones, best score first, each student once', () => {
    const list = eligibleFromOtherRankings({
      candidates: [
        related('low', { totalHundredths: 2000, place: 3 }),
        related('high', { totalHundredths: 4000, place: 1, rankingId: 'C' }),
        related('mid', { totalHundredths: 3000, place: 2 }),
        related('high-again', { studentId: 's-high', totalHundredths: 3500, rankingId: 'B' }),
        related('out', { excluded: true, totalHundredths: 5000 }),
        related('placed', { placedByOwnRanking: true, totalHundredths: 5000 }),
        related('waiting', { waiting: true, totalHundredths: 5000 }),
        related('holding', { holding: true, totalHundredths: 5000 }),
        related('own', { totalHundredths: 5000 }),
      ],
      targetStudentIds: new Set(['s-own']),
      grantsCumulative: false,
    });
    expect(list.map((c) => c.applicationId)).toEqual(['high', 'mid', 'low']);
  });

  it('lets a candidate holding a grant take another only where grants are cumulative (Ferrara)', () => {
    const input = {
      candidates: [related('holding', { holding: true })],
      targetStudentIds: new Set<string>(),
    };
    expect(eligibleFromOtherRankings({ ...input, grantsCumulative: false })).toEqual([]);
    expect(eligibleFromOtherRankings({ ...input, grantsCumulative: true })).toHaveLength(1);
  });

  it('allows the offer only for a vacant grant the ranking itself cannot fill, to a listed candidate', () => {
    const eligible = [related('x')];
    const exhausted = { offers: [], ties: [], vacant: [{ positionId: 'P', vacant: 1 }] };
    expect(checkOtherRankingOffer(exhausted, true, 'P', 'x', eligible)).toMatchObject({ ok: true });
    expect(checkOtherRankingOffer(exhausted, false, 'P', 'x', eligible)).toEqual({
      ok: false,
      error: { kind: 'other-ranking-refused', reason: 'not-exhausted' },
    });
    const ownNext = {
      ...exhausted,
      offers: [{ positionId: 'P', applicationId: 'a', reason: 'draw-down' as const }],
    };
    expect(checkOtherRankingOffer(ownNext, true, 'P', 'x', eligible)).toMatchObject({
      error: { reason: 'not-exhausted' },
    });
    // The grant already held by an offer (the first offer from another ranking, still pending): not offered twice.
    expect(checkOtherRankingOffer({ ...exhausted, vacant: [] }, true, 'P', 'x', eligible)).toMatchObject({
      error: { reason: 'no-vacant-grant' },
    });
    expect(checkOtherRankingOffer(exhausted, true, 'P', 'y', eligible)).toMatchObject({
      error: { reason: 'candidate-not-eligible' },
    });
  });
});

describe('caps at acceptance (decision 013)', () => {
  it('is clear without breaches, warns when the office could override every breach, blocks otherwise', () => {
    expect(capsAtAcceptance([])).toEqual({ verdict: 'clear', breaches: [] });
    const minimum = buildBreach({ cap: 'contract-min-hours', overridable: true });
    const amount = buildBreach({ cap: 'amount-per-year', overridable: false });
    expect(capsAtAcceptance([minimum]).verdict).toBe('warn');
    expect(capsAtAcceptance([minimum, amount])).toEqual({ verdict: 'block', breaches: [minimum, amount] });
  });

  it('counts the offer as an appointment from today (or the activities’ start) to the end of the activities', () => {
    const view = offerCapView({
      offerId: 'o',
      callId: 'c',
      academicYear: '2025/26',
      hours: 40,
      grossCents: 80_000,
      today: '2026-04-10',
      activitiesStartDate: null,
      activitiesEndDate: '2026-12-31',
    });
    expect(view).toMatchObject({ startDate: '2026-04-10', endDate: '2026-12-31', hours: 40, live: true });
    expect(
      offerCapView({
        ...view,
        offerId: 'o',
        grossCents: 1,
        today: '2027-01-10',
        activitiesStartDate: null,
        activitiesEndDate: '2026-12-31',
      }).startDate,
    ).toBe('2026-12-31');
  });
});

describe('returned hours', () => {
  const terms = {
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    items: [
      { kind: 'tutoring' as const, hours: 60, costCents: 100_000 },
      { kind: 'supplementary-teaching' as const, hours: 30, costCents: 50_000 },
    ],
    trainingHours: 0,
  };
  it('are the hours not done, with their amount pro rata of the contract, rounded to the cent', () => {
    const ending = {
      kind: 'withdrawal' as const,
      date: '2026-05-01',
      hoursDone: 20,
      hoursReturned: 70,
      note: '',
    };
    expect(returnedHoursOf({ terms, ending })).toEqual({ hours: 70, amountCents: 116_667 });
    expect(returnedHoursOf({ terms, ending: { ...ending, hoursReturned: 0 } })).toBeNull();
    expect(returnedHoursOf({ terms, ending: null })).toBeNull();
  });
});
