import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { CallPositionData, CallRules, RequiredAttachment } from '../../../domain/calls/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applications,
  callAmendments,
  callPositions,
  calls,
  fundingAssignments,
  units,
} from '../../db/schema/index.ts';

export interface CallRowValues {
  code: string;
  title: string;
  academicYear: number;
  profileCode: string;
  legalReferences: string;
  opensAt: Date;
  closesAt: Date;
  activitiesEndDate: string;
  rules: CallRules;
  requiredAttachments: RequiredAttachment[];
  articles: Array<{ title: string; body: string }>;
  fundingAssignmentId: string | null;
}

export type CallRow = typeof calls.$inferSelect;
export type PositionRow = CallPositionData & {
  id: string;
  ordinal: number;
  unitCode: string;
  unitName: string;
};

const insertPositions = async (tx: DbOrTx, callId: string, positions: CallPositionData[]) => {
  if (positions.length === 0) return;
  await tx
    .insert(callPositions)
    .values(positions.map((p, ordinal) => ({ ...p, callId, ordinal: ordinal + 1 })));
};

export const insertCall = async (
  tx: DbOrTx,
  values: CallRowValues & { createdBy: string | null; createdAt: Date },
  positions: CallPositionData[],
): Promise<string> => {
  const [row] = await tx
    .insert(calls)
    .values({ ...values, rules: values.rules as unknown as Record<string, unknown> })
    .returning({ id: calls.id });
  if (!row) throw new Error('call insert failed');
  await insertPositions(tx, row.id, positions);
  return row.id;
};

/** Replaces a call's content and its table of positions (a draft edit or an amendment). */
export const replaceCall = async (
  tx: DbOrTx,
  id: string,
  values: Partial<CallRowValues> & { version?: number },
  positions: CallPositionData[] | null,
) => {
  const { rules, ...rest } = values;
  await tx
    .update(calls)
    .set({ ...rest, ...(rules ? { rules: rules as unknown as Record<string, unknown> } : {}) })
    .where(eq(calls.id, id));
  if (positions) {
    await tx.delete(callPositions).where(eq(callPositions.callId, id));
    await insertPositions(tx, id, positions);
  }
};

export const markPublished = async (tx: DbOrTx, id: string, by: string | null, at: Date) =>
  tx.update(calls).set({ status: 'published', publishedAt: at, publishedBy: by }).where(eq(calls.id, id));

/** Locks the call row for the rest of the transaction, so two amendments cannot interleave. */
export const lockCall = async (tx: DbOrTx, id: string): Promise<CallRow | null> => {
  const [row] = await tx.select().from(calls).where(eq(calls.id, id)).for('update');
  return row ?? null;
};

export const findCallRow = async (db: DbOrTx, id: string): Promise<CallRow | null> => {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  return row ?? null;
};

export const findCallByCode = async (db: DbOrTx, code: string): Promise<CallRow | null> => {
  const [row] = await db.select().from(calls).where(eq(calls.code, code));
  return row ?? null;
};

export const listCallRows = async (db: DbOrTx, status?: 'published'): Promise<CallRow[]> =>
  db
    .select()
    .from(calls)
    .where(status ? eq(calls.status, status) : undefined)
    .orderBy(desc(calls.academicYear), asc(calls.closesAt), asc(calls.code));

export const positionsOf = async (db: DbOrTx, callIds: string[]): Promise<Map<string, PositionRow[]>> => {
  const result = new Map<string, PositionRow[]>();
  if (callIds.length === 0) return result;
  const rows = await db
    .select({
      callId: callPositions.callId,
      id: callPositions.id,
      ordinal: callPositions.ordinal,
      activityType: callPositions.activityType,
      activityKind: callPositions.activityKind,
      unitId: callPositions.unitId,
      unitCode: units.code,
      unitName: units.name,
      grants: callPositions.grants,
      hoursPerGrant: callPositions.hoursPerGrant,
      amountPerGrantCents: callPositions.amountPerGrantCents,
      admittedProgrammeTypes: callPositions.admittedProgrammeTypes,
    })
    .from(callPositions)
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(inArray(callPositions.callId, callIds))
    .orderBy(asc(callPositions.ordinal));
  for (const { callId, ...row } of rows) {
    const list = result.get(callId) ?? [];
    list.push(row as PositionRow);
    result.set(callId, list);
  }
  return result;
};

export const amendmentsOf = async (db: DbOrTx, callId: string) =>
  db
    .select()
    .from(callAmendments)
    .where(eq(callAmendments.callId, callId))
    .orderBy(asc(callAmendments.version));

export const insertAmendment = async (tx: DbOrTx, values: typeof callAmendments.$inferInsert) =>
  tx.insert(callAmendments).values(values);

export const confirmedApplications = async (db: DbOrTx, callId: string): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')));
  return row?.n ?? 0;
};

/** What the published calls linked to a funding assignment commit, leaving one call out (the one being saved). */
export const committedOnFunding = async (db: DbOrTx, fundingId: string, exceptCallId: string | null) => {
  const [row] = await db
    .select({
      total: sql<string>`coalesce(sum(${callPositions.grants} * ${callPositions.amountPerGrantCents}), 0)`,
    })
    .from(callPositions)
    .innerJoin(calls, eq(calls.id, callPositions.callId))
    .where(
      and(
        eq(calls.fundingAssignmentId, fundingId),
        eq(calls.status, 'published'),
        exceptCallId ? ne(calls.id, exceptCallId) : undefined,
      ),
    );
  return Number(row?.total ?? 0);
};

export const fundingAmount = async (db: DbOrTx, id: string): Promise<number | null> => {
  const [row] = await db
    .select({ amountCents: fundingAssignments.amountCents })
    .from(fundingAssignments)
    .where(eq(fundingAssignments.id, id));
  return row?.amountCents ?? null;
};
