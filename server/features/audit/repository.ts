import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditEntryView, AuditQuery } from '../../../api/audit.ts';
import { nextDate, romeToUtc } from '../../../domain/calendar/rome-time.ts';
import type { DbOrTx } from '../../db/client.ts';
import { auditLog, people } from '../../db/schema/index.ts';

export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A bare date is a whole day in Rome: `from` its first instant, `to` up to the first instant of the next day. */
const filtersOf = (filters: AuditFilters): SQL | undefined => {
  const conditions: SQL[] = [];
  if (filters.event) conditions.push(eq(auditLog.event, filters.event));
  if (filters.actorId) conditions.push(eq(auditLog.actorId, filters.actorId));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.from)
    conditions.push(
      gte(auditLog.at, isDateOnly(filters.from) ? romeToUtc(filters.from) : new Date(filters.from)),
    );
  if (filters.to) {
    const end = isDateOnly(filters.to)
      ? romeToUtc(nextDate(filters.to))
      : new Date(new Date(filters.to).getTime() + 1);
    conditions.push(lt(auditLog.at, end));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
};

export const countAudit = async (db: DbOrTx, filters: AuditFilters) => {
  const [row] = await db.select({ n: count() }).from(auditLog).where(filtersOf(filters));
  return row?.n ?? 0;
};

export const listAudit = async (
  db: DbOrTx,
  filters: AuditFilters,
  limit: number,
  offset: number,
): Promise<AuditEntryView[]> => {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      givenName: people.givenName,
      familyName: people.familyName,
      event: auditLog.event,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      reason: auditLog.reason,
      data: auditLog.data,
    })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actorId))
    .where(filtersOf(filters))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  return rows.map(({ givenName, familyName, at, ...row }) => ({
    ...row,
    at: at.toISOString(),
    actorName: givenName ? `${givenName} ${familyName}` : null,
  }));
};

/** Everything the log holds about one person, as actor or as subject: part of their own data export. */
export const auditAbout = async (db: DbOrTx, personId: string) =>
  db
    .select({
      at: auditLog.at,
      event: auditLog.event,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'person'), eq(auditLog.entityId, personId)))
    .orderBy(desc(auditLog.at))
    .limit(10_000);
