import { and, asc, desc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type {
  CallApplicationRow,
  CallApplicationsFilter,
  CallApplicationsSummary,
} from '../../../api/applications-office.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationAttachments,
  applicationPositions,
  applications,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  people,
  students,
  units,
} from '../../db/schema/index.ts';

/*
 * What the office sees of a call's applications (issue 3). A draft is the student's own until they confirm it
 * (seed 004 art. 4: the application is "presented" at confirmation), so drafts are only counted, never listed or
 * opened. Every row here has been confirmed: `confirmed_at` is set once and stays when the student withdraws, so
 * "submitted" below means confirmed_at is not null. Special-category data (disability, DSA) is never joined.
 */

export const findOfficeCall = async (db: DbOrTx, callId: string) =>
  (
    await db
      .select({
        id: calls.id,
        code: calls.code,
        title: calls.title,
        academicYear: calls.academicYear,
        rules: calls.rules,
      })
      .from(calls)
      .where(eq(calls.id, callId))
  )[0] ?? null;

export type OfficeCall = NonNullable<Awaited<ReturnType<typeof findOfficeCall>>>;

const submitted = isNotNull(applications.confirmedAt);

export const summarizeApplications = async (
  db: DbOrTx,
  callId: string,
  asOf: Date,
): Promise<CallApplicationsSummary> => {
  const statusRows = await db
    .select({
      status: applications.status,
      submitted: sql<boolean>`${applications.confirmedAt} is not null`,
      n: sql<number>`count(*)::int`,
    })
    .from(applications)
    .where(eq(applications.callId, callId))
    .groupBy(applications.status, sql`${applications.confirmedAt} is not null`);
  const countOf = (status: string, wasSubmitted: boolean | null) =>
    statusRows
      .filter((row) => row.status === status && (wasSubmitted === null || row.submitted === wasSubmitted))
      .reduce((sum, row) => sum + Number(row.n), 0);

  const positions = await db
    .select({
      positionId: callPositions.id,
      ordinal: callPositions.ordinal,
      activityType: callPositions.activityType,
      unitId: callPositions.unitId,
      unitName: units.name,
      grants: callPositions.grants,
      confirmed: sql<number>`count(${applications.id})::int`,
      firstChoice: sql<number>`(count(${applications.id}) filter (where ${applicationPositions.preference} = 1))::int`,
    })
    .from(callPositions)
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .leftJoin(applicationPositions, eq(applicationPositions.positionId, callPositions.id))
    .leftJoin(
      applications,
      and(eq(applications.id, applicationPositions.applicationId), eq(applications.status, 'confirmed')),
    )
    .where(eq(callPositions.callId, callId))
    .groupBy(callPositions.id, units.name)
    .orderBy(asc(callPositions.ordinal));

  const perUnit = await db
    .select({
      unitId: callPositions.unitId,
      confirmed: sql<number>`count(distinct ${applications.id})::int`,
    })
    .from(applications)
    .innerJoin(applicationPositions, eq(applicationPositions.applicationId, applications.id))
    .innerJoin(callPositions, eq(callPositions.id, applicationPositions.positionId))
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')))
    .groupBy(callPositions.unitId);
  const unitMap = new Map<string, CallApplicationsSummary['units'][number]>();
  for (const position of positions) {
    const unit = unitMap.get(position.unitId) ?? {
      unitId: position.unitId,
      unitName: position.unitName,
      grants: 0,
      confirmed: Number(perUnit.find((row) => row.unitId === position.unitId)?.confirmed ?? 0),
    };
    unit.grants += position.grants;
    unitMap.set(position.unitId, unit);
  }

  // Grouped by the Rome day in code, with the same rule as everywhere else, not by the database's time zones.
  const confirmations = await db
    .select({ at: applications.confirmedAt })
    .from(applications)
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')));
  const days = new Map<string, number>();
  for (const { at } of confirmations) if (at) days.set(romeDate(at), (days.get(romeDate(at)) ?? 0) + 1);

  return {
    callId,
    asOf: asOf.toISOString(),
    counts: {
      draft: countOf('draft', null),
      confirmed: countOf('confirmed', null),
      withdrawn: countOf('withdrawn', true),
    },
    positions: positions.map((p) => ({
      ...p,
      confirmed: Number(p.confirmed),
      firstChoice: Number(p.firstChoice),
    })),
    units: [...unitMap.values()],
    perDay: [...days]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, confirmed]) => ({ date, confirmed })),
  };
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface RowFilter extends Partial<CallApplicationsFilter> {
  applicationId?: string;
}

const conditionsOf = (callId: string, filter: RowFilter): SQL[] => {
  const conditions: SQL[] = [eq(applications.callId, callId), submitted];
  if (filter.applicationId) conditions.push(eq(applications.id, filter.applicationId));
  if (filter.status) conditions.push(eq(applications.status, filter.status));
  const chosen = (condition: SQL) =>
    sql`exists (select 1 from ${applicationPositions} inner join ${callPositions} on ${callPositions.id} = ${applicationPositions.positionId} where ${applicationPositions.applicationId} = ${applications.id} and ${condition})`;
  if (filter.positionId) conditions.push(chosen(sql`${callPositions.id} = ${filter.positionId}`));
  if (filter.unitId) conditions.push(chosen(sql`${callPositions.unitId} = ${filter.unitId}`));
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const escaped = escapeLike(word);
    conditions.push(
      or(
        ilike(people.givenName, `%${escaped}%`),
        ilike(people.familyName, `%${escaped}%`),
        ilike(students.studentNumber, `${escaped}%`),
        ilike(applications.protocolNumber, `%${escaped}%`),
      ) as SQL,
    );
  }
  return conditions;
};

/** The student's enrolment in the call's academic year (one per student: the latest year of course). */
const callEnrolments = (db: DbOrTx, academicYear: number) =>
  db
    .selectDistinctOn([enrolments.studentId], {
      studentId: enrolments.studentId,
      programmeId: enrolments.programmeId,
      yearOfCourse: enrolments.yearOfCourse,
    })
    .from(enrolments)
    .where(eq(enrolments.academicYear, academicYear))
    .orderBy(enrolments.studentId, desc(enrolments.yearOfCourse))
    .as('call_enrolments');

const selectRows = (db: DbOrTx, call: OfficeCall, filter: RowFilter) => {
  const enrolment = callEnrolments(db, call.academicYear);
  const by = filter.order === 'asc' ? asc : desc;
  return db
    .select({
      id: applications.id,
      protocolNumber: applications.protocolNumber,
      status: applications.status,
      confirmedAt: applications.confirmedAt,
      withdrawnAt: applications.withdrawnAt,
      studentId: applications.studentId,
      givenName: people.givenName,
      familyName: people.familyName,
      studentNumber: students.studentNumber,
      programmeType: degreeProgrammes.type,
      programmeName: degreeProgrammes.name,
      yearOfCourse: enrolment.yearOfCourse,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .leftJoin(enrolment, eq(enrolment.studentId, applications.studentId))
    .leftJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolment.programmeId))
    .where(and(...conditionsOf(call.id, filter)))
    .orderBy(by(applications.confirmedAt), by(applications.protocolNumber));
};

type SelectedRow = Awaited<ReturnType<typeof selectRows>>[number];

/** Chosen positions (in order of preference) and attachment counts, for a page of rows in two queries. */
const completeRows = async (db: DbOrTx, rows: SelectedRow[]): Promise<CallApplicationRow[]> => {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const chosen = await db
    .select({
      applicationId: applicationPositions.applicationId,
      positionId: applicationPositions.positionId,
      preference: applicationPositions.preference,
      ordinal: callPositions.ordinal,
      activityType: callPositions.activityType,
      unitName: units.name,
    })
    .from(applicationPositions)
    .innerJoin(callPositions, eq(callPositions.id, applicationPositions.positionId))
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(inArray(applicationPositions.applicationId, ids))
    .orderBy(asc(applicationPositions.preference));
  const attached = await db
    .select({ applicationId: applicationAttachments.applicationId, n: sql<number>`count(*)::int` })
    .from(applicationAttachments)
    .where(inArray(applicationAttachments.applicationId, ids))
    .groupBy(applicationAttachments.applicationId);
  return rows.map(({ total: _total, ...row }) => ({
    ...row,
    status: row.status as CallApplicationRow['status'],
    confirmedAt: (row.confirmedAt as Date).toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    positions: chosen
      .filter((c) => c.applicationId === row.id)
      .map(({ applicationId: _id, ...position }) => position),
    attachmentCount: Number(attached.find((a) => a.applicationId === row.id)?.n ?? 0),
  }));
};

export const listCallApplications = async (
  db: DbOrTx,
  call: OfficeCall,
  filter: RowFilter,
  page: { page: number; pageSize: number },
) => {
  const rows = await selectRows(db, call, filter)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.page > 1)
    total = (await selectRows(db, call, filter).limit(1))[0]?.total ?? 0;
  return { items: await completeRows(db, rows), total };
};

/** A call has a few thousand applications at most; the cap keeps a mistaken export from exhausting memory. */
export const EXPORT_LIMIT = 20_000;

export const exportCallApplications = async (db: DbOrTx, call: OfficeCall, filter: RowFilter) =>
  completeRows(db, await selectRows(db, call, filter).limit(EXPORT_LIMIT));

/** One submitted application of the call with what the candidate declared, or null (drafts are not visible). */
export const findSubmittedApplication = async (db: DbOrTx, call: OfficeCall, applicationId: string) => {
  const [row] = await completeRows(db, await selectRows(db, call, { applicationId }).limit(1));
  if (!row) return null;
  const [extra] = await db
    .select({
      contactEmail: applications.contactEmail,
      declaredTitles: applications.declaredTitles,
      callVersion: applications.callVersion,
    })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return extra ? { ...row, ...extra } : null;
};

/** An attachment's bytes, only if it belongs to a submitted application of the call. */
export const findSubmittedAttachment = async (
  db: DbOrTx,
  callId: string,
  applicationId: string,
  attachmentId: string,
) =>
  (
    await db
      .select({
        id: applicationAttachments.id,
        code: applicationAttachments.kind,
        fileName: applicationAttachments.fileName,
        contentType: applicationAttachments.contentType,
        sha256: applicationAttachments.sha256,
        content: applicationAttachments.content,
      })
      .from(applicationAttachments)
      .innerJoin(applications, eq(applications.id, applicationAttachments.applicationId))
      .where(
        and(
          eq(applicationAttachments.id, attachmentId),
          eq(applications.id, applicationId),
          eq(applications.callId, callId),
          submitted,
        ),
      )
  )[0] ?? null;
