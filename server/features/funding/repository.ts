import { and, asc, countDistinct, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  fundingAllocations,
  fundingAssignments,
  tutoringProjects,
  units,
} from '../../db/schema/index.ts';

export type FundingRow = typeof fundingAssignments.$inferSelect;
export type ProjectRow = typeof tutoringProjects.$inferSelect;

export const insertFunding = async (tx: DbOrTx, values: typeof fundingAssignments.$inferInsert) => {
  const [row] = await tx.insert(fundingAssignments).values(values).returning({ id: fundingAssignments.id });
  if (!row) throw new Error('funding insert failed');
  return row.id;
};

export const findFunding = async (db: DbOrTx, id: string): Promise<FundingRow | null> => {
  const [row] = await db.select().from(fundingAssignments).where(eq(fundingAssignments.id, id));
  return row ?? null;
};

export const listFunding = async (db: DbOrTx): Promise<FundingRow[]> =>
  db.select().from(fundingAssignments).orderBy(desc(fundingAssignments.year), asc(fundingAssignments.title));

export const allocationsOf = async (db: DbOrTx, ids: string[]) =>
  ids.length === 0
    ? []
    : db
        .select({
          assignmentId: fundingAllocations.assignmentId,
          unitId: fundingAllocations.unitId,
          unitCode: units.code,
          unitName: units.name,
          amountCents: fundingAllocations.amountCents,
          method: fundingAllocations.method,
          basis: fundingAllocations.basis,
        })
        .from(fundingAllocations)
        .innerJoin(units, eq(units.id, fundingAllocations.unitId))
        .where(inArray(fundingAllocations.assignmentId, ids))
        .orderBy(asc(units.code));

/** Replaces an assignment's split across units. */
export const replaceAllocations = async (
  tx: DbOrTx,
  assignmentId: string,
  shares: Array<{ unitId: string; amountCents: number; method: string; basis: number | null }>,
) => {
  await tx.delete(fundingAllocations).where(eq(fundingAllocations.assignmentId, assignmentId));
  if (shares.length > 0)
    await tx.insert(fundingAllocations).values(shares.map((share) => ({ ...share, assignmentId })));
};

/** Committed = the positions of published calls linked to each assignment (grants x amount per grant). */
export const committedByFunding = async (db: DbOrTx): Promise<Map<string, number>> => {
  const rows = await db
    .select({
      id: calls.fundingAssignmentId,
      total: sql<string>`coalesce(sum(${callPositions.grants} * ${callPositions.amountPerGrantCents}), 0)`,
    })
    .from(callPositions)
    .innerJoin(calls, eq(calls.id, callPositions.callId))
    .where(eq(calls.status, 'published'))
    .groupBy(calls.fundingAssignmentId);
  return new Map(rows.filter((r) => r.id).map((r) => [r.id as string, Number(r.total)]));
};

/**
 * Students enrolled in an academic year in the programmes of each unit: a programme run by a school (a PhD)
 * counts for the department it belongs to.
 */
export const enrolledByUnit = async (db: DbOrTx, academicYear: number, unitIds: string[]) => {
  const unit = sql<string>`coalesce(${degreeProgrammes.departmentId}, ${degreeProgrammes.unitId})`;
  const rows = await db
    .select({ unitId: unit, n: countDistinct(enrolments.studentId) })
    .from(enrolments)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .where(and(eq(enrolments.academicYear, academicYear), inArray(unit, unitIds)))
    .groupBy(unit);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
};

export const existingUnits = async (db: DbOrTx, ids: string[]) =>
  ids.length === 0 ? [] : db.select({ id: units.id }).from(units).where(inArray(units.id, ids));

export const insertProject = async (tx: DbOrTx, values: typeof tutoringProjects.$inferInsert) => {
  const [row] = await tx.insert(tutoringProjects).values(values).returning({ id: tutoringProjects.id });
  if (!row) throw new Error('project insert failed');
  return row.id;
};

export const lockProject = async (tx: DbOrTx, id: string): Promise<ProjectRow | null> => {
  const [row] = await tx.select().from(tutoringProjects).where(eq(tutoringProjects.id, id)).for('update');
  return row ?? null;
};

export const updateProject = async (
  tx: DbOrTx,
  id: string,
  values: Partial<typeof tutoringProjects.$inferInsert>,
) => tx.update(tutoringProjects).set(values).where(eq(tutoringProjects.id, id));

export const listProjects = async (db: DbOrTx, unitIds: string[] | null) =>
  db
    .select({ project: tutoringProjects, unitCode: units.code })
    .from(tutoringProjects)
    .innerJoin(units, eq(units.id, tutoringProjects.unitId))
    .where(unitIds ? inArray(tutoringProjects.unitId, unitIds) : undefined)
    .orderBy(desc(tutoringProjects.createdAt));
