import { and, asc, countDistinct, desc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { ProjectStatus } from '../../../api/funding.ts';
import type { UnitNode } from '../../../domain/units/tree.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  fundingAllocations,
  fundingAssignments,
  fundingCommitments,
  people,
  rankings,
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
          id: fundingAllocations.id,
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

/**
 * Replaces an assignment's split across units. A unit that keeps a share keeps its row (and its id), so projects
 * funded from it stay linked; the shares of units left out are deleted.
 */
export const replaceAllocations = async (
  tx: DbOrTx,
  assignmentId: string,
  shares: Array<{ unitId: string; amountCents: number; method: string; basis: number | null }>,
) => {
  const kept = shares.map((share) => share.unitId);
  await tx
    .delete(fundingAllocations)
    .where(
      and(
        eq(fundingAllocations.assignmentId, assignmentId),
        kept.length > 0 ? notInArray(fundingAllocations.unitId, kept) : undefined,
      ),
    );
  for (const share of shares)
    await tx
      .insert(fundingAllocations)
      .values({ ...share, assignmentId })
      .onConflictDoUpdate({
        target: [fundingAllocations.assignmentId, fundingAllocations.unitId],
        set: { amountCents: share.amountCents, method: share.method, basis: share.basis },
      });
};

/** The units of an assignment's shares that projects are funded from (their share cannot be removed). */
export const unitsWithFundedProjects = async (db: DbOrTx, assignmentId: string): Promise<string[]> => {
  const rows = await db
    .selectDistinct({ unitId: fundingAllocations.unitId })
    .from(fundingAllocations)
    .innerJoin(tutoringProjects, eq(tutoringProjects.allocationId, fundingAllocations.id))
    .where(eq(fundingAllocations.assignmentId, assignmentId));
  return rows.map((r) => r.unitId);
};

export const findAllocation = async (db: DbOrTx, id: string) => {
  const [row] = await db
    .select({ id: fundingAllocations.id, unitId: fundingAllocations.unitId })
    .from(fundingAllocations)
    .where(eq(fundingAllocations.id, id));
  return row ?? null;
};

export const listUnitTree = (db: DbOrTx): Promise<UnitNode[]> =>
  db.select({ id: units.id, parentId: units.parentId }).from(units);

/** Reserved = the positions of published calls linked to each assignment (grants x amount per grant). */
export const reservedByFunding = async (db: DbOrTx): Promise<Map<string, number>> => {
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

/** Every funding commitment with its ranking and call, oldest first. */
export const commitmentsOf = async (db: DbOrTx) =>
  db
    .select({
      assignmentId: fundingCommitments.assignmentId,
      rankingId: fundingCommitments.rankingId,
      rankingTitle: rankings.title,
      callCode: calls.code,
      amountCents: fundingCommitments.amountCents,
      decreeNumber: fundingCommitments.decreeNumber,
      committedAt: fundingCommitments.committedAt,
    })
    .from(fundingCommitments)
    .innerJoin(rankings, eq(rankings.id, fundingCommitments.rankingId))
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .orderBy(asc(fundingCommitments.committedAt));

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
  ids.length === 0
    ? []
    : db
        .select({ id: units.id, code: units.code, name: units.name })
        .from(units)
        .where(inArray(units.id, ids));

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

export interface ProjectFilter {
  /** null: every unit. */
  unitIds: string[] | null;
  status?: ProjectStatus;
  id?: string;
}

export const listProjects = async (db: DbOrTx, filter: ProjectFilter) => {
  const conditions: SQL[] = [];
  if (filter.unitIds) conditions.push(inArray(tutoringProjects.unitId, filter.unitIds));
  if (filter.status) conditions.push(eq(tutoringProjects.status, filter.status));
  if (filter.id) conditions.push(eq(tutoringProjects.id, filter.id));
  return db
    .select({
      project: tutoringProjects,
      unitCode: units.code,
      unitName: units.name,
      responsibleName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(tutoringProjects)
    .innerJoin(units, eq(units.id, tutoringProjects.unitId))
    .innerJoin(people, eq(people.id, tutoringProjects.responsibleId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(tutoringProjects.createdAt));
};
