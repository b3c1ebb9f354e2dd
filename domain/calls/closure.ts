import { fail, ok, type Result } from '../result.ts';

/**
 * The committee works on a call's applications only once the call has closed (seed 004 art. 6: the committee
 * assesses the applications received by the deadline). Before then a student can still confirm or withdraw, so a
 * score, an exclusion or a ranking would rest on applications that can still change.
 */
export interface CallStillOpen {
  kind: 'call-still-open';
  /** The instant the application window closes, ISO. */
  closesAt: string;
}

/** Whether the committee may score or rank the call's applications at `now`: only at or after `closesAt`. */
export const checkCallClosed = (closesAt: Date, now: Date): Result<true, CallStillOpen> =>
  now.getTime() >= closesAt.getTime()
    ? ok(true)
    : fail({ kind: 'call-still-open', closesAt: closesAt.toISOString() });
