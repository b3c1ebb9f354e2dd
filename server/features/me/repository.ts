import { and, count, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  degreeProgrammes,
  enrolments,
  exams,
  externalIdentities,
  importJobs,
  localAccounts,
  people,
  roleAssignments,
  sessions,
  specialCategoryData,
  students,
  studyPlanItems,
  units,
} from '../../db/schema/index.ts';

export const findMe = async (db: DbOrTx, personId: string) => {
  const [row] = await db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      birthDate: people.birthDate,
      locale: people.locale,
      unitName: units.name,
    })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, personId))
    .limit(1);
  return row ?? null;
};

export const updateLocale = async (tx: DbOrTx, personId: string, locale: string) => {
  await tx.update(people).set({ locale }).where(eq(people.id, personId));
};

/** Everything Affianco holds about a person (GDPR art. 15 and 20), secrets excepted (no password hash, no tokens). */
export const collectPersonalData = async (db: DbOrTx, personId: string) => {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  const [account] = await db
    .select({ username: localAccounts.username, passwordChangedAt: localAccounts.passwordChangedAt })
    .from(localAccounts)
    .where(eq(localAccounts.personId, personId));
  const identities = await db
    .select({
      issuer: externalIdentities.issuer,
      subject: externalIdentities.subject,
      createdAt: externalIdentities.createdAt,
    })
    .from(externalIdentities)
    .where(eq(externalIdentities.personId, personId));
  const roles = await db
    .select({
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      callId: roleAssignments.callId,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.personId, personId));
  const activeSessions = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      authMethod: sessions.authMethod,
    })
    .from(sessions)
    .where(eq(sessions.personId, personId));
  const [student] = await db.select().from(students).where(eq(students.personId, personId));
  const career = student
    ? {
        student,
        enrolments: await db
          .select({
            enrolment: enrolments,
            programme: {
              code: degreeProgrammes.code,
              name: degreeProgrammes.name,
              type: degreeProgrammes.type,
            },
          })
          .from(enrolments)
          .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
          .where(eq(enrolments.studentId, personId)),
        exams: await db.select().from(exams).where(eq(exams.studentId, personId)),
        studyPlan: await db.select().from(studyPlanItems).where(eq(studyPlanItems.studentId, personId)),
        specialCategory:
          (
            await db.select().from(specialCategoryData).where(eq(specialCategoryData.personId, personId))
          )[0] ?? null,
      }
    : null;
  return { person, account: account ?? null, identities, roles, sessions: activeSessions, career };
};

export const countStudentsInUnits = async (db: DbOrTx, unitIds: string[] | null) => {
  const base = db
    .select({ n: sql<number>`count(distinct ${enrolments.studentId})` })
    .from(enrolments)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId));
  const [row] = await (unitIds
    ? base.where(
        inArray(
          degreeProgrammes.unitId,
          unitIds.length > 0 ? unitIds : ['00000000-0000-0000-0000-000000000000'],
        ),
      )
    : base);
  return Number(row?.n ?? 0);
};

export const countExamsOf = async (db: DbOrTx, personId: string) => {
  const [row] = await db.select({ n: count() }).from(exams).where(eq(exams.studentId, personId));
  return row?.n ?? 0;
};

export const countRecentRejectedImports = async (db: DbOrTx, since: Date) => {
  const [row] = await db
    .select({ n: count() })
    .from(importJobs)
    .where(and(eq(importJobs.status, 'rejected'), gte(importJobs.createdAt, since)));
  return row?.n ?? 0;
};

export const countPeopleWithoutRole = async (db: DbOrTx) => {
  const [row] = await db
    .select({ n: count() })
    .from(people)
    .leftJoin(roleAssignments, eq(roleAssignments.personId, people.id))
    .leftJoin(students, eq(students.personId, people.id))
    .where(and(isNull(roleAssignments.id), isNull(students.personId)));
  return row?.n ?? 0;
};

export const countUnits = async (db: DbOrTx) => {
  const [row] = await db.select({ n: count() }).from(units);
  return row?.n ?? 0;
};
