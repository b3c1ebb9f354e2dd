import { and, inArray, lt } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { jobs, loginAttempts, oidcLogins, sessions } from '../db/schema/index.ts';

const DAY = 86_400_000;

/**
 * Deletes what has outlived its purpose: expired sessions, login attempts older than a day (the rate limit looks
 * at one minute, the lockout at the account row), abandoned OIDC logins, finished jobs after 30 days. Every
 * statement is idempotent, so any number of instances may run it at the same time.
 */
export const cleanUp = async (ctx: AppContext) => {
  const now = ctx.clock.now().getTime();
  const { db } = ctx.database;
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date(now)));
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now - DAY)));
  await db.delete(oidcLogins).where(lt(oidcLogins.createdAt, new Date(now - DAY)));
  await db
    .delete(jobs)
    .where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.createdAt, new Date(now - 30 * DAY))));
};

export const startCleanup = (
  ctx: AppContext,
  onError: (error: unknown) => void,
  intervalMs = 15 * 60_000,
) => {
  const timer = setInterval(() => void cleanUp(ctx).catch(onError), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
