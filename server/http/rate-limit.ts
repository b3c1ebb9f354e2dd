import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { rateLimits } from '../db/schema/index.ts';
import { requestLocale } from '../i18n/locale.ts';
import { describeRateLimited } from '../i18n/rate-limit-messages.ts';

/** The routes a candidate could hammer in the last minutes before a call closes, each with its own budget. */
export type RateLimitName = 'confirm' | 'draft-save';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Counts this route's requests per signed-in person (server/http/rate-limit.ts). */
    rateLimit?: RateLimitName;
  }
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

const perMinute = (config: Config, name: RateLimitName) =>
  name === 'confirm' ? config.RATE_LIMIT_CONFIRM_PER_MINUTE : config.RATE_LIMIT_DRAFT_SAVE_PER_MINUTE;

/**
 * Counts one request against `key` in the fixed window holding `at`, with one upsert (one round trip, one row per
 * key: candidates never wait on each other's rows), and returns the count of that window. A row from an earlier
 * window starts again at 1.
 */
export const countRequest = async (db: DbOrTx, key: string, at: Date, windowMs: number) => {
  const windowStart = new Date(Math.floor(at.getTime() / windowMs) * windowMs);
  const result = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.hits} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ hits: rateLimits.hits });
  return { hits: result[0]?.hits ?? 1, windowEnd: new Date(windowStart.getTime() + windowMs) };
};

/**
 * Per-candidate rate limits kept in the database, so they hold however many instances serve the candidate (an
 * in-memory counter would give each instance its own budget). Runs after authentication (preHandler): the key is
 * the route and the signed-in person, so one candidate hammering confirm gets 429 with Retry-After and the
 * problem in their language while everybody else is served as usual. Windows are judged by the request's arrival
 * time (server/http/limits.ts), on the application's clock.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preHandler', async (request, reply) => {
    const name = request.routeOptions.config?.rateLimit;
    const personId = request.principal?.personId;
    if (!name || !personId) return;
    const { hits, windowEnd } = await countRequest(
      app.ctx.database.db,
      `${name}:${personId}`,
      request.receivedAt,
      RATE_LIMIT_WINDOW_MS,
    );
    if (hits <= perMinute(app.ctx.config, name)) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((windowEnd.getTime() - request.receivedAt.getTime()) / 1000),
    );
    const title = describeRateLimited(name, retryAfterSeconds, requestLocale(request));
    return reply
      .code(429)
      .header('retry-after', String(retryAfterSeconds))
      .type('application/problem+json')
      .send({ type: 'urn:affianco:problem:rate-limited', title, status: 429, kind: 'rate-limited' });
  });
});
