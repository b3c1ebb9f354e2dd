import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { externalIdentities, oidcLogins, people } from '../db/schema/index.ts';

export interface PendingOidcLogin {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  createdAt: Date;
}

export const insertOidcLogin = async (db: DbOrTx, login: PendingOidcLogin): Promise<void> => {
  await db.insert(oidcLogins).values(login);
};

/** Logins abandoned at the provider leave a row behind; each new login sweeps the stale ones. */
export const deleteOidcLoginsBefore = async (db: DbOrTx, before: Date): Promise<void> => {
  await db.delete(oidcLogins).where(lt(oidcLogins.createdAt, before));
};

/**
 * Removes and returns the pending login of this state in one statement, so two callbacks racing with the same
 * state cannot both get it: the second finds nothing.
 */
export const takeOidcLogin = async (db: DbOrTx, state: string): Promise<PendingOidcLogin | null> => {
  const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.state, state)).returning();
  return row ?? null;
};

export const findPersonBySubject = async (
  db: DbOrTx,
  issuer: string,
  subject: string,
): Promise<string | null> => {
  const [row] = await db
    .select({ personId: externalIdentities.personId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)))
    .limit(1);
  return row?.personId ?? null;
};

/** `fiscalCode` is upper case already; the stored one may not be (imports keep what the office typed). */
export const findPersonByFiscalCode = async (db: DbOrTx, fiscalCode: string): Promise<string | null> => {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`upper(${people.fiscalCode}) = ${fiscalCode}`)
    .limit(1);
  return row?.id ?? null;
};

export const findPersonByEmail = async (db: DbOrTx, email: string): Promise<string | null> => {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${email}`)
    .limit(1);
  return row?.id ?? null;
};

export const insertExternalIdentity = async (
  db: DbOrTx,
  identity: { issuer: string; subject: string; personId: string; createdAt: Date },
): Promise<void> => {
  await db.insert(externalIdentities).values(identity).onConflictDoNothing();
};
