import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { cleanUp } from './cleanup.ts';

describe('clean-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('removes expired sessions and keeps live ones', async () => {
    await new TestClient(t.app).login('studente');
    t.clock.advance(9 * 3600_000);
    const live = new TestClient(t.app);
    await live.login('tutor');
    await cleanUp(t.ctx);
    const [row] = await t.ctx.database.db.select({ n: count() }).from(sessions);
    expect(row?.n).toBe(1);
    expect((await live.get('/api/session')).json().authenticated).toBe(true);
  });
});
