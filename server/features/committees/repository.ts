import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CommitteeRole } from '../../../api/committees.ts';
import { presetByCode } from '../../../profiles/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationScores,
  applications,
  calls,
  committeeMembers,
  committeeSessions,
  committees,
  people,
  roleAssignments,
} from '../../db/schema/index.ts';
import { activeProfile, findProfileRow, profileOfRow } from '../profiles/repository.ts';

export const findCommitteeCall = async (db: DbOrTx, callId: string) =>
  (
    await db
      .select({
        id: calls.id,
        code: calls.code,
        title: calls.title,
        academicYear: calls.academicYear,
        profileCode: calls.profileCode,
      })
      .from(calls)
      .where(eq(calls.id, callId))
  )[0] ?? null;

export type CommitteeCall = NonNullable<Awaited<ReturnType<typeof findCommitteeCall>>>;

/** The fewest members the call's profile asks for (the copy the call was drafted under, else its preset). */
export const minMembersOf = async (db: DbOrTx, profileCode: string): Promise<number> => {
  const row = await findProfileRow(db, profileCode);
  const profile =
    (row ? profileOfRow(row).profile : null) ??
    presetByCode(profileCode)?.profile ??
    (await activeProfile(db))?.profile;
  return profile?.rankings.committeeMinMembers.value ?? 3;
};

export const findCommittee = async (db: DbOrTx, callId: string) =>
  (await db.select().from(committees).where(eq(committees.callId, callId)))[0] ?? null;

export const membersOf = async (db: DbOrTx, committeeId: string) => {
  const rows = await db
    .select({
      personId: committeeMembers.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      role: committeeMembers.role,
      conflictDeclaredAt: committeeMembers.conflictDeclaredAt,
      conflictStatement: committeeMembers.conflictStatement,
    })
    .from(committeeMembers)
    .innerJoin(people, eq(people.id, committeeMembers.personId))
    .where(eq(committeeMembers.committeeId, committeeId))
    .orderBy(
      sql`case ${committeeMembers.role} when 'president' then 0 when 'secretary' then 1 else 2 end`,
      asc(people.familyName),
      asc(people.givenName),
    );
  return rows.map((row) => ({
    ...row,
    role: row.role as CommitteeRole,
    conflictDeclaredAt: row.conflictDeclaredAt?.toISOString() ?? null,
  }));
};

/** Whether any application of the call has a score: from then on the committee stays as it is. */
export const scoringStarted = async (db: DbOrTx, callId: string) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applicationScores)
    .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
    .where(eq(applications.callId, callId));
  return Number(row?.n ?? 0) > 0;
};

/** Of the given ids, those that are people. */
export const existingPeople = async (db: DbOrTx, ids: string[]) =>
  ids.length === 0
    ? new Set<string>()
    : new Set(
        (await db.select({ id: people.id }).from(people).where(inArray(people.id, ids))).map((r) => r.id),
      );

/** Of the given ids, those who applied to the call (a draft counts: they are candidates all the same). */
export const candidatesAmong = async (db: DbOrTx, callId: string, ids: string[]) =>
  ids.length === 0
    ? new Set<string>()
    : new Set(
        (
          await db
            .select({ id: applications.studentId })
            .from(applications)
            .where(and(eq(applications.callId, callId), inArray(applications.studentId, ids)))
        ).map((r) => r.id),
      );

export const callScopedMemberRoles = async (db: DbOrTx, callId: string) =>
  db
    .select({ id: roleAssignments.id, personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'committee-member'), eq(roleAssignments.callId, callId)));

export const myCommitteeCalls = async (db: DbOrTx, personId: string) => {
  const rows = await db
    .select({
      callId: calls.id,
      callCode: calls.code,
      callTitle: calls.title,
      academicYear: calls.academicYear,
      role: committeeMembers.role,
      conflictDeclaredAt: committeeMembers.conflictDeclaredAt,
    })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .innerJoin(calls, eq(calls.id, committees.callId))
    .where(eq(committeeMembers.personId, personId))
    .orderBy(asc(calls.academicYear), asc(calls.code));
  return rows.map((row) => ({
    ...row,
    role: row.role as CommitteeRole,
    declared: row.conflictDeclaredAt !== null,
    conflictDeclaredAt: row.conflictDeclaredAt?.toISOString() ?? null,
  }));
};

export const sessionsOf = async (db: DbOrTx, committeeId: string) => {
  const rows = await db
    .select()
    .from(committeeSessions)
    .where(eq(committeeSessions.committeeId, committeeId))
    .orderBy(asc(committeeSessions.startedAt));
  return rows.map((row) => ({
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    place: row.place,
    present: row.present,
    notes: row.notes,
  }));
};
