import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { offsetClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { TestClient } from '../../test/app.ts';
import { openTestDatabase } from '../../test/database.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const start = async (testClock: boolean) => {
  const database = await openTestDatabase('pglite');
  const clock = offsetClock();
  const config = loadConfig({ DEMO_DATA: 'false', WEB_DIST: './no-web', TEST_CLOCK: String(testClock) });
  const ctx: AppContext = { config, database, clock, testClock: testClock ? clock : null };
  const app = await buildApp(ctx);
  await app.ready();
  closers.push(async () => {
    await app.close();
    await database.close();
  });
  return { app, clock };
};

describe('test clock', () => {
  it('moves the server clock only when TEST_CLOCK is on, and goes back to the real time', async () => {
    const { app, clock } = await start(true);
    const client = new TestClient(app);
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;

    const moved = await client.post('/api/test/clock', { now: '2030-03-31T10:00:00+02:00' });
    expect(moved.statusCode).toBe(200);
    expect(Math.abs(clock.now().getTime() - Date.parse('2030-03-31T08:00:00Z'))).toBeLessThan(1000);
    expect(moved.json().offsetMs).toBeGreaterThan(0);

    const refused = await client.post('/api/test/clock', { now: 'tomorrow' });
    expect(refused.statusCode).toBe(400);

    await client.post('/api/test/clock', { now: null });
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('does not exist without TEST_CLOCK', async () => {
    const { app } = await start(false);
    const client = new TestClient(app);
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    expect((await client.post('/api/test/clock', { now: '2030-01-01T00:00:00Z' })).statusCode).toBe(404);
    expect((await client.get('/api/test/clock')).statusCode).toBe(404);
  });
});
