import { and, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PeopleQuery, PersonSummary } from '../../../api/people.ts';
import { isRole, type Role } from '../../../domain/access/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, roleAssignments, units } from '../../db/schema/index.ts';

const filtersOf = (query: Omit<PeopleQuery, 'page' | 'pageSize'>): SQL | undefined => {
  const conditions: SQL[] = [];
  if (query.q) {
    const like = `%${query.q.replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
    const match = or(
      ilike(people.givenName, like),
      ilike(people.familyName, like),
      ilike(people.email, like),
      ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like),
    );
    if (match) conditions.push(match);
  }
  if (query.unitId) conditions.push(eq(people.unitId, query.unitId));
  if (query.role) {
    conditions.push(
      inArray(
        people.id,
        sql`(select ${roleAssignments.personId} from ${roleAssignments} where ${roleAssignments.role} = ${query.role})`,
      ),
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
};

export const countPeople = async (db: DbOrTx, query: Omit<PeopleQuery, 'page' | 'pageSize'>) => {
  const [row] = await db.select({ n: count() }).from(people).where(filtersOf(query));
  return row?.n ?? 0;
};

export const listPeople = async (
  db: DbOrTx,
  query: Omit<PeopleQuery, 'page' | 'pageSize'>,
  limit: number,
  offset: number,
): Promise<PersonSummary[]> => {
  const rows = await db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      unitId: people.unitId,
      unitName: units.name,
      isStaff: people.isStaff,
    })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(filtersOf(query))
    .orderBy(people.familyName, people.givenName, people.id)
    .limit(limit)
    .offset(offset);
  const roles = await rolesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, roles: roles.get(row.id) ?? [] }));
};

const rolesOf = async (db: DbOrTx, personIds: string[]) => {
  const byPerson = new Map<string, PersonSummary['roles']>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({
      id: roleAssignments.id,
      personId: roleAssignments.personId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: units.name,
      callId: roleAssignments.callId,
    })
    .from(roleAssignments)
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.personId, personIds));
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    const list = byPerson.get(row.personId) ?? [];
    list.push({ id: row.id, role: row.role, unitId: row.unitId, unitName: row.unitName, callId: row.callId });
    byPerson.set(row.personId, list);
  }
  return byPerson;
};

export const personExists = async (db: DbOrTx, id: string) => {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, id)).limit(1);
  return Boolean(row);
};

export const findAssignment = async (db: DbOrTx, personId: string, assignmentId: string) => {
  const [row] = await db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.personId, personId)))
    .limit(1);
  return row ?? null;
};

export const hasSameAssignment = async (
  db: DbOrTx,
  personId: string,
  grant: { role: Role; unitId: string | null; callId: string | null },
) => {
  const rows = await db
    .select({ unitId: roleAssignments.unitId, callId: roleAssignments.callId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.role, grant.role)));
  return rows.some((row) => row.unitId === grant.unitId && row.callId === grant.callId);
};

export const insertAssignment = async (
  tx: DbOrTx,
  values: {
    personId: string;
    role: Role;
    unitId: string | null;
    callId: string | null;
    grantedBy: string | null;
  },
) => {
  const [row] = await tx.insert(roleAssignments).values(values).returning({ id: roleAssignments.id });
  if (!row) throw new Error('role insert returned nothing');
  return row.id;
};

export const deleteAssignment = async (tx: DbOrTx, id: string) => {
  await tx.delete(roleAssignments).where(eq(roleAssignments.id, id));
};

export const countAdministrators = async (db: DbOrTx) => {
  const [row] = await db
    .select({ n: count() })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'administrator'));
  return row?.n ?? 0;
};
