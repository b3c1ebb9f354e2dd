import { count, eq } from 'drizzle-orm';
import type { Unit } from '../../../api/units.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, units } from '../../db/schema/index.ts';

export const listUnits = async (db: DbOrTx): Promise<Unit[]> => {
  const counts = db
    .select({ unitId: people.unitId, n: count().as('n') })
    .from(people)
    .groupBy(people.unitId)
    .as('counts');
  const rows = await db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      peopleCount: counts.n,
    })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .orderBy(units.name);
  return rows.map((row) => ({
    ...row,
    kind: row.kind as Unit['kind'],
    peopleCount: Number(row.peopleCount ?? 0),
  }));
};

export const findUnitByCode = async (db: DbOrTx, code: string) => {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code)).limit(1);
  return row ?? null;
};

export const unitExists = async (db: DbOrTx, id: string) => {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.id, id)).limit(1);
  return Boolean(row);
};

export const insertUnit = async (
  tx: DbOrTx,
  values: { code: string; name: string; kind: string; parentId: string | null },
) => {
  const [row] = await tx.insert(units).values(values).returning({ id: units.id });
  if (!row) throw new Error('unit insert returned nothing');
  return row.id;
};
