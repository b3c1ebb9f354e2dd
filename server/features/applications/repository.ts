import { and, asc, desc, eq, gt, inArray, lte, ne } from 'drizzle-orm';
import type { Application, Attachment } from '../../../api/applications.ts';
import type { CareerFacts } from '../../../domain/applications/eligibility.ts';
import type { CallRules, RequiredAttachment } from '../../../domain/calls/types.ts';
import type { EnrolmentStatus, ProgrammeType } from '../../../domain/careers/types.ts';
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
  units,
} from '../../db/schema/index.ts';

export type ApplicationRow = typeof applications.$inferSelect;

export const findApplication = async (db: DbOrTx, id: string): Promise<ApplicationRow | null> =>
  (await db.select().from(applications).where(eq(applications.id, id)))[0] ?? null;

/** The application, its row locked until the end of the transaction (a confirmation waits for it, and it for one). */
export const findApplicationForUpdate = async (db: DbOrTx, id: string): Promise<ApplicationRow | null> =>
  (await db.select().from(applications).where(eq(applications.id, id)).for('update'))[0] ?? null;

export const positionIdsOf = async (db: DbOrTx, applicationId: string): Promise<string[]> =>
  (
    await db
      .select({ id: applicationPositions.positionId })
      .from(applicationPositions)
      .where(eq(applicationPositions.applicationId, applicationId))
      .orderBy(asc(applicationPositions.preference))
  ).map((row) => row.id);

export const attachmentCodesOf = async (db: DbOrTx, applicationId: string): Promise<string[]> =>
  (
    await db
      .select({ code: applicationAttachments.kind })
      .from(applicationAttachments)
      .where(eq(applicationAttachments.applicationId, applicationId))
  ).map((row) => row.code);

export const attachmentsOf = async (db: DbOrTx, applicationId: string): Promise<Attachment[]> =>
  db
    .select({
      id: applicationAttachments.id,
      code: applicationAttachments.kind,
      fileName: applicationAttachments.fileName,
      contentType: applicationAttachments.contentType,
      sizeBytes: applicationAttachments.sizeBytes,
      sha256: applicationAttachments.sha256,
    })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, applicationId))
    .orderBy(asc(applicationAttachments.uploadedAt));

export const applicationView = async (db: DbOrTx, row: ApplicationRow): Promise<Application> => ({
  id: row.id,
  callId: row.callId,
  status: row.status as Application['status'],
  positionIds: await positionIdsOf(db, row.id),
  declaredTitles: row.declaredTitles as Application['declaredTitles'],
  contactEmail: row.contactEmail,
  protocolNumber: row.protocolNumber,
  confirmedAt: row.confirmedAt?.toISOString() ?? null,
  withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  attachments: await attachmentsOf(db, row.id),
});

/** The student's application to a call that is not withdrawn (at most one: createDraft and confirm see to it). */
export const currentApplication = async (
  db: DbOrTx,
  studentId: string,
  callId: string,
): Promise<ApplicationRow | null> =>
  (
    await db
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.studentId, studentId),
          eq(applications.callId, callId),
          ne(applications.status, 'withdrawn'),
        ),
      )
      .orderBy(desc(applications.createdAt))
      .limit(1)
  )[0] ?? null;

/** Every application of the student, newest first, with its call. */
export const listMyApplications = async (db: DbOrTx, studentId: string) =>
  db
    .select({
      id: applications.id,
      callId: applications.callId,
      callCode: calls.code,
      callTitle: calls.title,
      closesAt: calls.closesAt,
      status: applications.status,
      protocolNumber: applications.protocolNumber,
      confirmedAt: applications.confirmedAt,
      withdrawnAt: applications.withdrawnAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(eq(applications.studentId, studentId))
    .orderBy(desc(applications.updatedAt));

export interface CallForApplication {
  id: string;
  status: string;
  academicYear: number;
  opensAt: Date;
  closesAt: Date;
  version: number;
  rules: CallRules;
  requiredAttachments: RequiredAttachment[];
  positions: Array<{ id: string; admittedProgrammeTypes: ProgrammeType[] }>;
}

export const findCallForApplication = async (
  db: DbOrTx,
  callId: string,
): Promise<CallForApplication | null> => {
  const [call] = await db.select().from(calls).where(eq(calls.id, callId));
  if (!call) return null;
  const positions = await db
    .select({ id: callPositions.id, admitted: callPositions.admittedProgrammeTypes })
    .from(callPositions)
    .where(eq(callPositions.callId, callId))
    .orderBy(asc(callPositions.ordinal));
  return {
    id: call.id,
    status: call.status,
    academicYear: call.academicYear,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    version: call.version,
    rules: call.rules as unknown as CallRules,
    requiredAttachments: call.requiredAttachments as RequiredAttachment[],
    positions: positions.map((p) => ({ id: p.id, admittedProgrammeTypes: p.admitted as ProgrammeType[] })),
  };
};

/** The student's enrolment in an academic year with its programme, and whether the person is staff. */
export const careerFactsFor = async (
  db: DbOrTx,
  personId: string,
  academicYear: number,
): Promise<CareerFacts> => {
  const [person] = await db.select({ isStaff: people.isStaff }).from(people).where(eq(people.id, personId));
  const [row] = await db
    .select({
      academicYear: enrolments.academicYear,
      programmeType: degreeProgrammes.type,
      normalDurationYears: degreeProgrammes.normalDurationYears,
      yearOfCourse: enrolments.yearOfCourse,
      yearsBeyond: enrolments.yearsBeyond,
      partTime: enrolments.partTime,
      singleCourse: enrolments.singleCourse,
      status: enrolments.status,
    })
    .from(enrolments)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .where(and(eq(enrolments.studentId, personId), eq(enrolments.academicYear, academicYear)));
  return {
    isStaff: person?.isStaff ?? false,
    enrolment: row
      ? { ...row, programmeType: row.programmeType as ProgrammeType, status: row.status as EnrolmentStatus }
      : null,
  };
};

/** Published calls whose window contains `now`, with their positions. */
export const listOpenCalls = async (db: DbOrTx, now: Date) => {
  const rows = await db
    .select()
    .from(calls)
    .where(and(eq(calls.status, 'published'), lte(calls.opensAt, now), gt(calls.closesAt, now)))
    .orderBy(asc(calls.closesAt));
  if (rows.length === 0) return [];
  const positions = await db
    .select({
      id: callPositions.id,
      callId: callPositions.callId,
      ordinal: callPositions.ordinal,
      activityType: callPositions.activityType,
      activityKind: callPositions.activityKind,
      unitName: units.name,
      grants: callPositions.grants,
      hoursPerGrant: callPositions.hoursPerGrant,
      amountPerGrantCents: callPositions.amountPerGrantCents,
      admitted: callPositions.admittedProgrammeTypes,
    })
    .from(callPositions)
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(
      inArray(
        callPositions.callId,
        rows.map((call) => call.id),
      ),
    )
    .orderBy(asc(callPositions.ordinal));
  return rows.map((call) => ({ call, positions: positions.filter((p) => p.callId === call.id) }));
};
