import { and, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { people, specialCategoryGrants } from '../../db/schema/index.ts';

const grantors = alias(people, 'grantors');

export const listGrants = async (db: DbOrTx, id?: string) => {
  const rows = await db
    .select({
      id: specialCategoryGrants.id,
      granteeId: specialCategoryGrants.granteeId,
      granteeGiven: people.givenName,
      granteeFamily: people.familyName,
      grantedById: specialCategoryGrants.grantedBy,
      grantorGiven: grantors.givenName,
      grantorFamily: grantors.familyName,
      reason: specialCategoryGrants.reason,
      createdAt: specialCategoryGrants.createdAt,
      revokedAt: specialCategoryGrants.revokedAt,
    })
    .from(specialCategoryGrants)
    .innerJoin(people, eq(people.id, specialCategoryGrants.granteeId))
    .innerJoin(grantors, eq(grantors.id, specialCategoryGrants.grantedBy))
    .where(id ? eq(specialCategoryGrants.id, id) : undefined)
    .orderBy(desc(specialCategoryGrants.createdAt));
  return rows.map((row) => ({
    id: row.id,
    granteeId: row.granteeId,
    granteeName: `${row.granteeGiven} ${row.granteeFamily}`,
    grantedById: row.grantedById,
    grantedByName: `${row.grantorGiven} ${row.grantorFamily}`,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
};

export const personExists = async (db: DbOrTx, personId: string) => {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId));
  return Boolean(row);
};

export const findActiveGrantOf = async (db: DbOrTx, granteeId: string) => {
  const [row] = await db
    .select({ id: specialCategoryGrants.id })
    .from(specialCategoryGrants)
    .where(and(eq(specialCategoryGrants.granteeId, granteeId), isNull(specialCategoryGrants.revokedAt)));
  return row ?? null;
};

export const insertGrant = async (
  tx: DbOrTx,
  values: { granteeId: string; grantedBy: string; reason: string; createdAt: Date },
) => {
  const [row] = await tx
    .insert(specialCategoryGrants)
    .values(values)
    .returning({ id: specialCategoryGrants.id });
  if (!row) throw new Error('grant insert returned nothing');
  return row.id;
};

export const findGrant = async (db: DbOrTx, id: string) => {
  const [row] = await db.select().from(specialCategoryGrants).where(eq(specialCategoryGrants.id, id));
  return row ?? null;
};

export const revokeGrant = async (tx: DbOrTx, id: string, at: Date) => {
  await tx.update(specialCategoryGrants).set({ revokedAt: at }).where(eq(specialCategoryGrants.id, id));
};
