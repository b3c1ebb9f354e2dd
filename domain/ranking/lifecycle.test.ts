import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { presetByCode } from '../../profiles/index.ts';
import { romeDate, romeToUtc } from '../calendar/rome-time.ts';
import { isWorkingDay } from '../calendar/working-days.ts';
import { workingDaySettings } from '../profiles/accessors.ts';
import {
  appealsCloseAt,
  approveRanking,
  checkAppealAllowed,
  checkAppealAnswerAllowed,
  checkDrawAllowed,
  checkScoringAllowed,
  draftRanking,
  publishRanking,
  putRankingInUse,
  type RankingLifecycle,
  rankingStage,
} from './lifecycle.ts';

const bari = presetByCode('poliba')?.profile;
if (!bari) throw new Error('poliba preset');
const calendar = workingDaySettings(bari);
const days = bari.rankings.appealWindowDays.value;
const rome = (date: string, time = '00:00:00') => romeToUtc(date, time);

const published = (at: Date): RankingLifecycle => {
  const outcome = publishRanking(draftRanking(), {
    now: at,
    appealWindowDays: days,
    calendar,
    awaitingScores: 0,
  });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
};
const approve = (
  lifecycle: RankingLifecycle,
  now: Date,
  overrides: Partial<Parameters<typeof approveRanking>[1]> = {},
) =>
  approveRanking(lifecycle, {
    now,
    decree: { number: 'D.R. n. 312', date: romeDate(now) },
    openAppeals: 0,
    decisiveTies: 0,
    validityMonths: bari.rankings.validityMonths.value,
    ...overrides,
  });
const definitive = (lifecycle: RankingLifecycle, now: Date) => {
  const outcome = approve(lifecycle, now);
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
};

describe('the appeal window (seed 004 art. 7: 10 days at Bari)', () => {
  it('runs from publication to the end of the 10th day after it, Rome time', () => {
    const ranking = published(rome('2026-03-10', '10:00:00')); // Tuesday
    expect(ranking.appealsCloseAt).toEqual(rome('2026-03-21'));
    expect(checkAppealAllowed(ranking, rome('2026-03-20', '23:59:59')).ok).toBe(true);
    expect(checkAppealAllowed(ranking, rome('2026-03-21'))).toEqual({
      ok: false,
      error: {
        kind: 'ranking-transition-refused',
        status: 'provisional',
        action: 'appeal',
        reason: 'appeal-window-closed',
        until: rome('2026-03-21').toISOString(),
      },
    });
  });

  it('moves a last day that falls on a Saturday, Sunday or holiday to the next working day', () => {
    expect(appealsCloseAt(rome('2026-03-11', '09:00:00'), 10, calendar)).toEqual(rome('2026-03-24')); // Sat 21 -> Mon 23
    expect(appealsCloseAt(rome('2026-03-12', '09:00:00'), 10, calendar)).toEqual(rome('2026-03-24')); // Sun 22 -> Mon 23
    expect(appealsCloseAt(rome('2026-05-23', '09:00:00'), 10, calendar)).toEqual(rome('2026-06-04')); // 2 June -> 3 June
    expect(appealsCloseAt(rome('2026-11-26', '09:00:00'), 10, calendar)).toEqual(rome('2026-12-08')); // San Nicola 6/12 (Sun), Mon 7
  });

  it('counts Rome days across the change to summer time', () => {
    expect(appealsCloseAt(rome('2026-03-20', '23:30:00'), 10, calendar).toISOString()).toBe(
      '2026-03-30T22:00:00.000Z',
    );
  });

  it('always ends at a Rome midnight after at least the full days, with a working last day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (at, n) => {
          const closes = appealsCloseAt(at, n, calendar);
          expect(romeDate(new Date(closes.getTime() - 1)) < romeDate(closes)).toBe(true);
          const lastDay = romeDate(new Date(closes.getTime() - 1));
          expect(isWorkingDay(lastDay, calendar)).toBe(true);
          const earliest = Temporal.PlainDate.from(romeDate(at)).add({ days: n }).toString();
          expect(lastDay >= earliest).toBe(true);
        },
      ),
    );
  });
});

describe('the lifecycle draft -> provisional -> definitive -> in use', () => {
  const publishedAt = rome('2026-03-10', '10:00:00');

  it('publishes a draft only when every admitted candidate is scored, and only once', () => {
    const input = { now: publishedAt, appealWindowDays: days, calendar, awaitingScores: 2 };
    expect(publishRanking(draftRanking(), input)).toMatchObject({
      ok: false,
      error: { reason: 'awaiting-scores' },
    });
    expect(publishRanking(published(publishedAt), { ...input, awaitingScores: 0 })).toMatchObject({
      ok: false,
      error: { action: 'publish', reason: 'wrong-status' },
    });
    expect(rankingStage(draftRanking(), publishedAt)).toBe('draft');
  });

  it('refuses approval before the appeal window closes, naming when it does', () => {
    const ranking = published(publishedAt);
    expect(rankingStage(ranking, rome('2026-03-20', '12:00:00'))).toBe('appeal-window');
    expect(approve(ranking, rome('2026-03-20', '23:59:59'))).toEqual({
      ok: false,
      error: {
        kind: 'ranking-transition-refused',
        status: 'provisional',
        action: 'approve',
        reason: 'appeal-window-open',
        until: rome('2026-03-21').toISOString(),
      },
    });
    expect(rankingStage(ranking, rome('2026-03-21'))).toBe('awaiting-approval');
  });

  it('refuses approval with an unanswered appeal or a tie that decides a grant', () => {
    const ranking = published(publishedAt);
    const after = rome('2026-03-23', '09:00:00');
    expect(approve(ranking, after, { openAppeals: 1 })).toMatchObject({
      ok: false,
      error: { reason: 'open-appeals' },
    });
    expect(approve(ranking, after, { decisiveTies: 1 })).toMatchObject({
      ok: false,
      error: { reason: 'unresolved-ties' },
    });
  });

  it('needs a decree number and a date between the day after the window and today', () => {
    const ranking = published(publishedAt);
    const after = rome('2026-03-23', '09:00:00');
    for (const decree of [
      { number: '  ', date: '2026-03-23' },
      { number: 'D.R. 312', date: '2026-03-20' }, // inside the window
      { number: 'D.R. 312', date: '2026-03-24' }, // tomorrow
      { number: 'D.R. 312', date: '2026-02-30' },
      { number: 'D.R. 312', date: '23/03/2026' },
    ]) {
      expect(approve(ranking, after, { decree })).toMatchObject({
        ok: false,
        error: { reason: 'invalid-decree' },
      });
    }
    expect(approve(ranking, after, { decree: { number: ' D.R. 312 ', date: '2026-03-21' } })).toMatchObject({
      ok: true,
      value: { status: 'definitive', decree: { number: 'D.R. 312', date: '2026-03-21' } },
    });
  });

  it('approves a definitive ranking valid for the profile months from the decree (one year: to the day before)', () => {
    const approvedAt = rome('2026-03-23', '09:00:00');
    const ranking = definitive(published(publishedAt), approvedAt);
    expect(ranking).toMatchObject({ status: 'definitive', approvedAt, validUntil: '2027-03-22' });
    expect(rankingStage(ranking, rome('2027-03-22', '23:00:00'))).toBe('definitive');
    expect(rankingStage(ranking, rome('2027-03-23'))).toBe('expired');
    expect(approve(ranking, approvedAt)).toMatchObject({ ok: false, error: { reason: 'wrong-status' } });
  });

  it('allows scoring in draft and provisional (accepted appeals), never after the ranking is definitive', () => {
    expect(checkScoringAllowed(draftRanking()).ok).toBe(true);
    const provisional = published(publishedAt);
    expect(checkScoringAllowed(provisional).ok).toBe(true);
    const ranking = definitive(provisional, rome('2026-03-23', '09:00:00'));
    expect(checkScoringAllowed(ranking)).toEqual({
      ok: false,
      error: {
        kind: 'ranking-transition-refused',
        status: 'definitive',
        action: 'score',
        reason: 'scores-final',
        until: null,
      },
    });
    const inUse = putRankingInUse(ranking, rome('2026-03-25'));
    expect(inUse.ok && checkScoringAllowed(inUse.value).ok).toBe(false);
  });

  it('puts a definitive ranking in use and lets units draw from it until it expires', () => {
    const ranking = definitive(published(publishedAt), rome('2026-03-23', '09:00:00'));
    expect(putRankingInUse(draftRanking(), rome('2026-03-25'))).toMatchObject({
      ok: false,
      error: { reason: 'wrong-status' },
    });
    const inUse = putRankingInUse(ranking, rome('2026-03-25'));
    expect(inUse).toMatchObject({ ok: true, value: { status: 'in-use', inUseSince: rome('2026-03-25') } });
    if (!inUse.ok) return;
    expect(rankingStage(inUse.value, rome('2026-09-01'))).toBe('in-use');
    expect(checkDrawAllowed(inUse.value, rome('2027-03-22', '12:00:00')).ok).toBe(true);
    expect(checkDrawAllowed(inUse.value, rome('2027-03-23'))).toMatchObject({
      ok: false,
      error: { reason: 'expired', until: '2027-03-22' },
    });
    expect(putRankingInUse(ranking, rome('2027-04-01'))).toMatchObject({
      ok: false,
      error: { reason: 'expired' },
    });
    expect(checkDrawAllowed(published(publishedAt), rome('2026-03-25'))).toMatchObject({
      ok: false,
      error: { reason: 'wrong-status' },
    });
  });

  it('takes no appeal on a draft or on a definitive ranking', () => {
    expect(checkAppealAllowed(draftRanking(), publishedAt)).toMatchObject({
      ok: false,
      error: { reason: 'wrong-status' },
    });
    const ranking = definitive(published(publishedAt), rome('2026-03-23', '09:00:00'));
    expect(checkAppealAllowed(ranking, rome('2026-03-23', '10:00:00'))).toMatchObject({
      ok: false,
      error: { reason: 'appeal-window-closed' },
    });
  });
});

describe('answering an appeal', () => {
  it('is allowed while the ranking is provisional, in the window and after it, never on a draft or once definitive', () => {
    const at = rome('2026-03-10', '10:00:00');
    const ranking = published(at);
    expect(checkAppealAnswerAllowed(ranking).ok).toBe(true);
    expect(checkAppealAnswerAllowed(draftRanking())).toEqual({
      ok: false,
      error: expect.objectContaining({ action: 'answer-appeal', reason: 'wrong-status', status: 'draft' }),
    });
    const approved = definitive(ranking, rome('2026-03-25', '10:00:00'));
    expect(checkAppealAnswerAllowed(approved)).toEqual({
      ok: false,
      error: expect.objectContaining({
        action: 'answer-appeal',
        reason: 'wrong-status',
        status: 'definitive',
      }),
    });
  });
});
