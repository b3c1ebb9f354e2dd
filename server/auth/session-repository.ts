import { and, eq, gt, lt } from 'drizzle-orm';
import type { RoleAssignment } from '../../domain/access/roles.ts';
import { isRole } from '../../domain/access/roles.ts';
import type { DbOrTx } from '../db/client.ts';
import { people, roleAssignments, sessions } from '../db/schema/index.ts';

export interface StoredSession {
  id: string;
  personId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  locale: string;
  displayName: string;
}

export const insertSession = async (
  tx: DbOrTx,
  values: {
    id: string;
    personId: string;
    csrfToken: string;
    authMethod: string;
    expiresAt: Date;
    ip?: string;
    userAgent?: string;
  },
) => {
  await tx.insert(sessions).values(values);
};

export const findSession = async (db: DbOrTx, id: string): Promise<StoredSession | null> => {
  const rows = await db
    .select({
      id: sessions.id,
      personId: sessions.personId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      locale: people.locale,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(eq(sessions.id, id))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return { ...row, displayName: `${row.givenName} ${row.familyName}` };
};

export const findRoles = async (db: DbOrTx, personId: string): Promise<RoleAssignment[]> => {
  const rows = await db
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId, callId: roleAssignments.callId })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, personId));
  return rows.flatMap((row) =>
    isRole(row.role) ? [{ role: row.role, unitId: row.unitId, callId: row.callId }] : [],
  );
};

export const touchSession = async (db: DbOrTx, id: string, now: Date, expiresAt: Date) => {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt })
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
};

export const deleteSession = async (db: DbOrTx, id: string) => {
  await db.delete(sessions).where(eq(sessions.id, id));
};

export const deleteSessionsOf = async (db: DbOrTx, personId: string): Promise<number> => {
  const deleted = await db
    .delete(sessions)
    .where(eq(sessions.personId, personId))
    .returning({ id: sessions.id });
  return deleted.length;
};

export const deleteExpiredSessions = async (db: DbOrTx, now: Date) => {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
};
