import { and, count, eq, gt } from 'drizzle-orm';
import type { DomainError } from '../../domain/errors.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import { writeAudit } from '../audit/write-audit.ts';
import type { AppContext } from '../context.ts';
import { localAccounts, loginAttempts } from '../db/schema/index.ts';
import { decoyHash, verifyPassword } from './password.ts';

interface LoginInput {
  username: string;
  password: string;
  ip: string;
}

/**
 * Checks a username and password. Two brakes, both kept in the database so that they hold across instances:
 * a per-address rate limit (attempts in the last minute) and a per-account lockout after repeated failures.
 */
export const verifyLocalLogin = async (
  ctx: AppContext,
  input: LoginInput,
): Promise<Result<{ personId: string }, DomainError>> => {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const username = input.username.trim().toLowerCase();

  const windowStart = new Date(now.getTime() - 60_000);
  const [recent] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, input.ip),
        gt(loginAttempts.at, windowStart),
        eq(loginAttempts.succeeded, false),
      ),
    );
  if ((recent?.n ?? 0) >= ctx.config.LOGIN_IP_LIMIT_PER_MINUTE) {
    return fail({ kind: 'too-many-attempts', retryAfterSeconds: 60 });
  }

  const [account] = await db
    .select()
    .from(localAccounts)
    .where(eq(localAccounts.username, username))
    .limit(1);
  if (account?.lockedUntil && account.lockedUntil > now) {
    await recordAttempt(ctx, input.ip, username, false);
    return fail({ kind: 'account-locked', until: account.lockedUntil.toISOString() });
  }
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), input.password);
  if (!account || !valid) {
    await db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ ip: input.ip, username, succeeded: false, at: now });
      if (!account) return;
      const failures = account.failedAttempts + 1;
      const locks = failures >= ctx.config.LOGIN_MAX_FAILURES;
      const lockedUntil = locks ? new Date(now.getTime() + ctx.config.LOGIN_LOCK_MINUTES * 60_000) : null;
      await tx
        .update(localAccounts)
        .set({ failedAttempts: locks ? 0 : failures, lockedUntil })
        .where(eq(localAccounts.personId, account.personId));
      await writeAudit(tx, {
        at: now,
        event: locks ? 'account.locked' : 'session.login-failed',
        actorId: null,
        entityType: 'person',
        entityId: account.personId,
        data: { ip: input.ip, failures },
      });
    });
    return fail({ kind: 'invalid-credentials' });
  }
  await db
    .update(localAccounts)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(eq(localAccounts.personId, account.personId));
  return ok({ personId: account.personId });
};

const recordAttempt = async (ctx: AppContext, ip: string, username: string, succeeded: boolean) => {
  await ctx.database.db.insert(loginAttempts).values({ ip, username, succeeded, at: ctx.clock.now() });
};
