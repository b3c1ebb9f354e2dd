import { expect, type Page } from '@playwright/test';

/**
 * Moves the server's clock (TEST_CLOCK=true on the e2e server) to `iso`, or back to the real time with null.
 * Only specs of the `time-travel` project may call it: they run after every other spec, which would otherwise
 * see deadlines cross under them.
 */
export const setServerClock = async (page: Page, iso: string | null) => {
  const result = await page.evaluate(async (now) => {
    const session = await fetch('/api/session', { credentials: 'same-origin' });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const response = await fetch('/api/test/clock', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ now }),
    });
    return { status: response.status, body: (await response.json()) as { now: string } };
  }, iso);
  expect(result.status, 'POST /api/test/clock').toBe(200);
  return new Date(result.body.now);
};
