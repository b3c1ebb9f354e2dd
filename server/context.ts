import type { Clock, OffsetClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';

/** What every route and job needs; built once per process and passed down explicitly. */
export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  /** Set only when TEST_CLOCK is on: the clock the browser tests move. */
  testClock?: OffsetClock | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
