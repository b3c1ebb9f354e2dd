import { Temporal } from 'temporal-polyfill';
import { nextDate, romeDate, romeToUtc } from '../calendar/rome-time.ts';
import { isWorkingDay, type WorkingDaySettings } from '../calendar/working-days.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * draft -> provisional (published; appeals open for the profile's days) -> definitive (approved by a decree) ->
 * in use (offers made from it). The appeal window is not a status of its own: it is the provisional ranking
 * between its publication and `appealsCloseAt`, so time alone closes it.
 */
export const RANKING_STATUSES = ['draft', 'provisional', 'definitive', 'in-use'] as const;
export type RankingStatus = (typeof RANKING_STATUSES)[number];

export interface Decree {
  number: string;
  /** Rome calendar date, YYYY-MM-DD. */
  date: string;
}

export interface RankingLifecycle {
  status: RankingStatus;
  publishedAt: Date | null;
  /** Exclusive end of the appeal window. */
  appealsCloseAt: Date | null;
  decree: Decree | null;
  approvedAt: Date | null;
  /** Last Rome date (inclusive) a definitive ranking can be drawn from. */
  validUntil: string | null;
  inUseSince: Date | null;
}

export const draftRanking = (): RankingLifecycle => ({
  status: 'draft',
  publishedAt: null,
  appealsCloseAt: null,
  decree: null,
  approvedAt: null,
  validUntil: null,
  inUseSince: null,
});

export type RankingAction =
  | 'score'
  | 'publish'
  | 'appeal'
  | 'answer-appeal'
  | 'approve'
  | 'put-in-use'
  | 'draw';

export type RankingRefusalReason =
  /** The action does not apply in this status (approving a draft, publishing twice...). */
  | 'wrong-status'
  /** Scores are final once the ranking is definitive. */
  | 'scores-final'
  | 'awaiting-scores'
  | 'appeal-window-open'
  | 'appeal-window-closed'
  | 'open-appeals'
  | 'unresolved-ties'
  | 'invalid-decree'
  | 'expired';

export interface RankingTransitionRefused {
  kind: 'ranking-transition-refused';
  status: RankingStatus;
  action: RankingAction;
  reason: RankingRefusalReason;
  /** The instant or date that matters to the reason (the window's end, the validity's end), ISO; else null. */
  until: string | null;
}

type Outcome<T> = Result<T, RankingTransitionRefused>;

const refuse = (
  lifecycle: RankingLifecycle,
  action: RankingAction,
  reason: RankingRefusalReason,
  until: string | null = null,
): Outcome<never> =>
  fail({ kind: 'ranking-transition-refused', status: lifecycle.status, action, reason, until });

/**
 * The end (exclusive) of an appeal window of `days` calendar days opened at `publishedAt` (seed 004 art. 7: "per un
 * tempo massimo di 10 gg, termine perentorio"). The day of publication does not count (art. 155 c.p.c., "dies a
 * quo non computatur"); the window runs to the end of the `days`-th day after it, Rome time; a last day that is not
 * a working day of the university moves to the next working day (art. 155 c.p.c. c.4-5, art. 2963 c.c.).
 */
export const appealsCloseAt = (publishedAt: Date, days: number, calendar: WorkingDaySettings): Date => {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`an appeal window needs days >= 1, got ${days}`);
  let last = Temporal.PlainDate.from(romeDate(publishedAt)).add({ days }).toString();
  while (!isWorkingDay(last, calendar)) last = nextDate(last);
  return romeToUtc(nextDate(last));
};

/** Where a ranking stands at `now`, as the office reads it. */
export type RankingStage =
  | 'draft'
  | 'appeal-window'
  | 'awaiting-approval'
  | 'definitive'
  | 'in-use'
  | 'expired';

export const rankingStage = (lifecycle: RankingLifecycle, now: Date): RankingStage => {
  switch (lifecycle.status) {
    case 'draft':
      return 'draft';
    case 'provisional':
      return lifecycle.appealsCloseAt && now.getTime() < lifecycle.appealsCloseAt.getTime()
        ? 'appeal-window'
        : 'awaiting-approval';
    default:
      if (lifecycle.validUntil !== null && romeDate(now) > lifecycle.validUntil) return 'expired';
      return lifecycle.status;
  }
};

/** Scores may change while the ranking is a draft or provisional (an accepted appeal), never once definitive. */
export const checkScoringAllowed = (lifecycle: RankingLifecycle): Outcome<true> =>
  lifecycle.status === 'draft' || lifecycle.status === 'provisional'
    ? ok(true)
    : refuse(lifecycle, 'score', 'scores-final');

/** Publishes the provisional ranking: every admitted candidate scored; the appeal window opens now. */
export const publishRanking = (
  lifecycle: RankingLifecycle,
  input: { now: Date; appealWindowDays: number; calendar: WorkingDaySettings; awaitingScores: number },
): Outcome<RankingLifecycle> => {
  if (lifecycle.status !== 'draft') return refuse(lifecycle, 'publish', 'wrong-status');
  if (input.awaitingScores > 0) return refuse(lifecycle, 'publish', 'awaiting-scores');
  return ok({
    ...lifecycle,
    status: 'provisional',
    publishedAt: input.now,
    appealsCloseAt: appealsCloseAt(input.now, input.appealWindowDays, input.calendar),
  });
};

/** An appeal is received only against a provisional ranking, from its publication to the end of the window. */
export const checkAppealAllowed = (lifecycle: RankingLifecycle, now: Date): Outcome<true> => {
  if (lifecycle.status !== 'provisional' || !lifecycle.publishedAt || !lifecycle.appealsCloseAt) {
    return refuse(
      lifecycle,
      'appeal',
      lifecycle.status === 'draft' ? 'wrong-status' : 'appeal-window-closed',
    );
  }
  if (now.getTime() < lifecycle.publishedAt.getTime()) return refuse(lifecycle, 'appeal', 'wrong-status');
  if (now.getTime() >= lifecycle.appealsCloseAt.getTime()) {
    return refuse(lifecycle, 'appeal', 'appeal-window-closed', lifecycle.appealsCloseAt.toISOString());
  }
  return ok(true);
};

/**
 * The committee answers an appeal while the ranking is provisional: during the window or after it, until the decree
 * (which waits for every answer). Once definitive, an answer could no longer change the scores.
 */
export const checkAppealAnswerAllowed = (lifecycle: RankingLifecycle): Outcome<true> =>
  lifecycle.status === 'provisional' && lifecycle.publishedAt !== null
    ? ok(true)
    : refuse(lifecycle, 'answer-appeal', 'wrong-status');

/**
 * Approves the definitive ranking by a decree (seed 004 art. 7: "trascorso tale termine"): only once the appeal
 * window has closed, every appeal answered and no tie left that decides a grant. The decree is dated between the
 * day after the window and today (Rome). The ranking stays valid `validityMonths` from the decree date, the day
 * before the same date `validityMonths` later being the last (seed 003: "valida per un anno").
 */
export const approveRanking = (
  lifecycle: RankingLifecycle,
  input: { now: Date; decree: Decree; openAppeals: number; decisiveTies: number; validityMonths: number },
): Outcome<RankingLifecycle> => {
  if (lifecycle.status !== 'provisional' || !lifecycle.appealsCloseAt)
    return refuse(lifecycle, 'approve', 'wrong-status');
  const closes = lifecycle.appealsCloseAt;
  if (input.now.getTime() < closes.getTime())
    return refuse(lifecycle, 'approve', 'appeal-window-open', closes.toISOString());
  if (input.openAppeals > 0) return refuse(lifecycle, 'approve', 'open-appeals');
  if (input.decisiveTies > 0) return refuse(lifecycle, 'approve', 'unresolved-ties');
  const number = input.decree.number.trim();
  const date = parseDate(input.decree.date);
  if (number.length === 0 || date === null || date < romeDate(closes) || date > romeDate(input.now)) {
    return refuse(lifecycle, 'approve', 'invalid-decree');
  }
  const validUntil = Temporal.PlainDate.from(date)
    .add({ months: input.validityMonths })
    .subtract({ days: 1 })
    .toString();
  return ok({
    ...lifecycle,
    status: 'definitive',
    decree: { number, date },
    approvedAt: input.now,
    validUntil,
  });
};

/** The first offer puts a definitive ranking in use; an expired one cannot be. */
export const putRankingInUse = (lifecycle: RankingLifecycle, now: Date): Outcome<RankingLifecycle> => {
  if (lifecycle.status === 'in-use') return ok(lifecycle);
  if (lifecycle.status !== 'definitive') return refuse(lifecycle, 'put-in-use', 'wrong-status');
  if (lifecycle.validUntil !== null && romeDate(now) > lifecycle.validUntil) {
    return refuse(lifecycle, 'put-in-use', 'expired', lifecycle.validUntil);
  }
  return ok({ ...lifecycle, status: 'in-use', inUseSince: now });
};

/** Whether winners or, later, other units (seed 003) may draw from the ranking at `now`. */
export const checkDrawAllowed = (lifecycle: RankingLifecycle, now: Date): Outcome<true> => {
  if (lifecycle.status !== 'definitive' && lifecycle.status !== 'in-use')
    return refuse(lifecycle, 'draw', 'wrong-status');
  if (lifecycle.validUntil !== null && romeDate(now) > lifecycle.validUntil) {
    return refuse(lifecycle, 'draw', 'expired', lifecycle.validUntil);
  }
  return ok(true);
};

const parseDate = (text: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
};
