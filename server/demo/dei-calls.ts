import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { type CareerFacts, eligibility } from '../../domain/applications/eligibility.ts';
import { formatProtocolNumber } from '../../domain/applications/protocol.ts';
import { romeDate, romeToUtc } from '../../domain/calendar/rome-time.ts';
import type { CallRules } from '../../domain/calls/types.ts';
import type { EnrolmentStatus, ProgrammeType } from '../../domain/careers/types.ts';
import { candidateKindOf } from '../../domain/profiles/accessors.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { Clock } from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  applicationAttachments,
  applicationPositions,
  applications,
  auditLog,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  localAccounts,
  people,
  protocolCounters,
  students,
} from '../db/schema/index.ts';
import { computeScores, recordCommitteeScore } from '../features/scoring/service.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { demoIdentityPdf } from './applications.ts';

/*
 * What the demo's DEI calls of 2025/26 (call-past.ts, already selected; call-appeal.ts, in its appeal window) share:
 * their moments counted back from the day the demo loads, the call with its one position, the eligible DEI
 * candidates and their confirmed applications, and the committee's scoring through the real services.
 */

/** An instant `daysBefore` Rome calendar days before `now`'s Rome day, at a Rome wall-clock time. */
export const romeDaysBefore = (now: Date) => {
  const today = Temporal.PlainDate.from(romeDate(now));
  return (daysBefore: number, time = '10:00') =>
    romeToUtc(today.subtract({ days: daysBefore }).toString(), time);
};

/**
 * A published call of 2025/26 under the Bari profile with its LM position (inside the seed's transaction): one, or
 * one per activity type of `morePositions` after it, every one of the department `deiId` (the DEI's for the DEI
 * calls).
 */
export const insertDeiCall = async (
  tx: DbOrTx,
  input: {
    code: string;
    title: string;
    deiId: string;
    rules: CallRules;
    opensAt: Date;
    closesAt: Date;
    activityType: string;
    grants: number;
    amountPerGrantCents: number;
    fundingAssignmentId?: string;
    /** Further positions of the same department (ordinals 2, 3…), each with its own activity type and grants. */
    morePositions?: Array<{ activityType: string; grants: number }>;
  },
) => {
  const [call] = await tx
    .insert(calls)
    .values({
      code: input.code,
      title: input.title,
      academicYear: 2025,
      profileCode: POLIBA.code,
      status: 'published',
      legalReferences: 'L. 341/1990 art. 13; D.L. 105/2003 conv. L. 170/2003; D.Lgs. 68/2012',
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      activitiesEndDate: '2026-12-31',
      rules: input.rules as unknown as Record<string, unknown>,
      requiredAttachments: [
        {
          code: 'identity-document',
          label: {
            it: 'Scansione di un valido documento di identità',
            en: 'Scan of a valid identity document',
          },
          required: 'always',
        },
      ],
      articles: [],
      fundingAssignmentId: input.fundingAssignmentId ?? null,
      publishedAt: input.opensAt,
      createdAt: input.opensAt,
    })
    .returning({ id: calls.id, version: calls.version });
  if (!call) throw new Error(`demo call ${input.code}: insert failed`);
  const positions = [
    { activityType: input.activityType, grants: input.grants },
    ...(input.morePositions ?? []),
  ];
  const inserted = await tx
    .insert(callPositions)
    .values(
      positions.map((p, index) => ({
        callId: call.id,
        ordinal: index + 1,
        activityType: p.activityType,
        activityKind: 'tutoring',
        unitId: input.deiId,
        grants: p.grants,
        hoursPerGrant: 100,
        amountPerGrantCents: input.amountPerGrantCents,
        admittedProgrammeTypes: ['LM'],
      })),
    )
    .returning({ id: callPositions.id, ordinal: callPositions.ordinal });
  const positionIds = inserted.sort((a, b) => a.ordinal - b.ordinal).map((p) => p.id);
  const [positionId] = positionIds;
  if (!positionId || positionIds.length !== positions.length)
    throw new Error(`demo call ${input.code}: position insert failed`);
  return { call, positionId, positionIds };
};

/**
 * The committee's work on a demo call through the services, at `committeeAt`: the career scores computed, then each
 * committee criterion of the LM rubric scored with the points `pointsOf` gives (applications by protocol number).
 */
export const scoreDemoCall = async (
  ctx: AppContext,
  input: {
    call: { id: string; rules: unknown };
    scorer: string;
    committeeAt: Date;
    pointsOf: (index: number, studentId: string, maxPoints: number) => number;
  },
) => {
  const rules = input.call.rules as CallRules;
  const criteria = (
    rules.rubrics.find((r) => r.candidateKinds.includes(candidateKindOf('LM')))?.criteria ?? []
  ).filter((c) => c.assessedBy === 'committee');
  const scoring = at(ctx, input.committeeAt);
  await computeScores(scoring, input.scorer, input.call.id);
  const applied = await ctx.database.db
    .select({ id: applications.id, studentId: applications.studentId })
    .from(applications)
    .where(eq(applications.callId, input.call.id))
    .orderBy(asc(applications.protocolNumber));
  for (const [index, application] of applied.entries()) {
    for (const criterion of criteria) {
      const points = input.pointsOf(index, application.studentId, criterion.maxPoints);
      await recordCommitteeScore(
        scoring,
        input.scorer,
        { callId: input.call.id, applicationId: application.id, criterionId: criterion.id },
        { points: String(points), note: points > 0 ? 'Titoli documentati nella domanda' : 'Nessun titolo' },
      );
    }
  }
  return applied;
};

const LM_DEI_PROGRAMMES = ['LM'];

/** LM students of a department (the DEI for the DEI calls) in the demo careers, by student number. */
const deiCandidates = async (tx: DbOrTx, academicYear: number, deiId: string) =>
  tx
    .select({
      personId: students.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      isStaff: people.isStaff,
      programmeType: degreeProgrammes.type,
      normalDurationYears: degreeProgrammes.normalDurationYears,
      yearOfCourse: enrolments.yearOfCourse,
      yearsBeyond: enrolments.yearsBeyond,
      partTime: enrolments.partTime,
      singleCourse: enrolments.singleCourse,
      status: enrolments.status,
      account: localAccounts.username,
    })
    .from(students)
    .innerJoin(people, eq(people.id, students.personId))
    .innerJoin(enrolments, eq(enrolments.studentId, students.personId))
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .leftJoin(localAccounts, eq(localAccounts.personId, students.personId))
    .where(
      and(
        eq(enrolments.academicYear, academicYear),
        inArray(degreeProgrammes.type, LM_DEI_PROGRAMMES),
        sql`coalesce(${degreeProgrammes.departmentId}, ${degreeProgrammes.unitId}) = ${deiId}`,
      ),
    )
    .orderBy(asc(students.studentNumber));

/**
 * A department's LM students of 2025/26 (the DEI's for the DEI calls) eligible under the rules: the demo student (a
 * DEI student) and students without an account.
 */
export const eligibleDeiCandidates = async (tx: DbOrTx, deiId: string, rules: CallRules) => {
  const demoStudent = DEMO_ACCOUNTS.find((a) => a.username === 'studente');
  return (await deiCandidates(tx, 2025, deiId)).filter((student) => {
    if (student.account && student.account !== demoStudent?.username) return false;
    const career: CareerFacts = {
      isStaff: student.isStaff,
      enrolment: {
        academicYear: 2025,
        programmeType: student.programmeType as ProgrammeType,
        normalDurationYears: student.normalDurationYears,
        yearOfCourse: student.yearOfCourse,
        yearsBeyond: student.yearsBeyond,
        partTime: student.partTime,
        singleCourse: student.singleCourse,
        status: student.status as EnrolmentStatus,
      },
    };
    return eligibility({
      career,
      callAcademicYear: 2025,
      admittedProgrammeTypes: ['LM'],
      rules: rules.eligibility,
    }).eligible;
  });
};
type DemoCandidate = Awaited<ReturnType<typeof eligibleDeiCandidates>>[number];

/**
 * Confirmed applications of a demo call (inside the seed's transaction) to its one position (or to the one a
 * candidate names), spread over its window, each with a protocol number from the closing year's counter, an
 * identity document and its audit entries.
 */
export const seedConfirmedApplications = async (
  tx: DbOrTx,
  input: {
    call: { id: string; version: number };
    positionId: string;
    candidates: Array<DemoCandidate & { positionId?: string }>;
    opensAt: Date;
    closesAt: Date;
  },
) => {
  const { call, candidates: chosen } = input;
  const when = input;
  const year = Number(romeDate(when.closesAt).slice(0, 4));
  const [counter] = await tx
    .insert(protocolCounters)
    .values({ year, lastNumber: chosen.length })
    .onConflictDoUpdate({
      target: protocolCounters.year,
      set: { lastNumber: sql`${protocolCounters.lastNumber} + ${chosen.length}` },
    })
    .returning({ lastNumber: protocolCounters.lastNumber });
  const first = (counter?.lastNumber ?? chosen.length) - chosen.length + 1;
  const span = when.closesAt.getTime() - when.opensAt.getTime() - 3 * 3_600_000;
  const auditRows: Array<typeof auditLog.$inferInsert> = [];
  for (const [index, student] of chosen.entries()) {
    const id = randomUUID();
    const confirmedAt = new Date(
      when.opensAt.getTime() + Math.floor(((index + 1) * span) / (chosen.length + 1)),
    );
    const createdAt = new Date(confirmedAt.getTime() - 40 * 60_000);
    const protocolNumber = formatProtocolNumber(year, first + index);
    await tx.insert(applications).values({
      id,
      callId: call.id,
      studentId: student.personId,
      status: 'confirmed',
      declaredTitles: {},
      contactEmail: student.email,
      protocolNumber,
      confirmedAt,
      confirmKey: `demo-${randomUUID()}`,
      callVersion: call.version,
      createdAt,
      updatedAt: confirmedAt,
    });
    await tx
      .insert(applicationPositions)
      .values({ applicationId: id, positionId: student.positionId ?? input.positionId, preference: 1 });
    const content = demoIdentityPdf(`${student.givenName} ${student.familyName}`);
    await tx.insert(applicationAttachments).values({
      applicationId: id,
      kind: 'identity-document',
      fileName: 'documento-identita.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedAt: createdAt,
    });
    const audit = { actorId: student.personId, entityType: 'application', entityId: id };
    auditRows.push({ ...audit, event: 'application.created', at: createdAt });
    auditRows.push({ ...audit, event: 'application.confirmed', data: { protocolNumber }, at: confirmedAt });
  }
  if (auditRows.length > 0) await tx.insert(auditLog).values(auditRows);
};

/** A demo account's person (seed.ts has the same lookup; importing it from there would make a cycle). */
export const personOf = async (db: DbOrTx, username: string) => {
  const [row] = await db
    .select({ personId: localAccounts.personId })
    .from(localAccounts)
    .where(eq(localAccounts.username, username));
  return row?.personId ?? null;
};

export const at = (ctx: AppContext, instant: Date): AppContext => {
  const clock: Clock = { now: () => new Date(instant) };
  return { ...ctx, clock };
};
