/**
 * Where an instant falls in a call's application window: `opensAt` inclusive, `closesAt` exclusive. A call
 * closing at 12:00 Rome time accepts a confirmation at 11:59:59.999 and refuses one at 12:00:00.000. Instants are
 * compared in UTC, so a daylight-saving change inside the window moves nothing: the closing instant was converted
 * from Rome wall-clock time once, when the call was drafted (romeToUtc).
 */
export type WindowState = 'not-yet-open' | 'open' | 'closed';

export const windowState = (window: { opensAt: Date; closesAt: Date }, now: Date): WindowState => {
  if (now.getTime() < window.opensAt.getTime()) return 'not-yet-open';
  if (now.getTime() >= window.closesAt.getTime()) return 'closed';
  return 'open';
};
