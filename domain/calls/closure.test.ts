import { describe, expect, it } from 'vitest';
import { romeToUtc } from '../calendar/rome-time.ts';
import { checkCallClosed } from './closure.ts';

describe('the committee works on a call only once it has closed', () => {
  const closesAt = romeToUtc('2026-03-02', '12:00');

  it('refuses while the window is open, naming when it closes', () => {
    expect(checkCallClosed(closesAt, romeToUtc('2026-03-02', '11:59:59'))).toEqual({
      ok: false,
      error: { kind: 'call-still-open', closesAt: closesAt.toISOString() },
    });
  });

  it('allows from the closing instant on', () => {
    expect(checkCallClosed(closesAt, closesAt).ok).toBe(true);
    expect(checkCallClosed(closesAt, romeToUtc('2026-04-01', '09:00')).ok).toBe(true);
  });
});
