import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { type CareerFacts, eligibility } from '../../domain/applications/eligibility.ts';
import { formatProtocolNumber } from '../../domain/applications/protocol.ts';
import { romeDate, romeToUtc } from '../../domain/calendar/rome-time.ts';
import { type CallRules, rulesFromProfile } from '../../domain/calls/types.ts';
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
  committeeMembers,
  committees,
  degreeProgrammes,
  enrolments,
  fundingAllocations,
  fundingAssignments,
  localAccounts,
  people,
  protocolCounters,
  rankings,
  students,
} from '../db/schema/index.ts';
import { startOffers } from '../features/offers/service.ts';
import { approve, computeCallRankings, publish } from '../features/rankings/service.ts';
import { computeScores, recordCommitteeScore } from '../features/scoring/service.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { demoIdentityPdf } from './applications.ts';
import type { DemoSeedPart } from './seed.ts';

/*
 * A second demo call, already through the whole selection: the DEI's call of the first semester of 2025/26, closed
 * weeks before the demo is loaded. Its applications are seeded as confirmed; everything after the closing goes
 * through the real services, each at its own moment of the past (career scores and the committee's, the rankings
 * computed and published, the appeal window run out, the definitive ranking approved by decree with its funding
 * commitment); the offers start when the demo loads, so the demo student (a winner) has an offer to answer within
 * the profile's working days.
 */

export const DEMO_PAST_CALL_CODE = 'POLIBA-DEI-TUT-2025-I';
export const DEMO_PAST_FUNDING_TITLE = 'Fondi di Dipartimento DEI - tutorato I semestre A.A. 2025/26';
/** The decree approving the past call's ranking (its date is the approval day, see pastTimeline). */
export const DEMO_PAST_DECREE = '512/2026';

const GRANTS = 2;
const AMOUNT_CENTS = 150_000;
const OTHER_CANDIDATES = 4;

/** The moments of the past call, in Rome calendar days before the day the demo is loaded. */
export const pastTimeline = (now: Date) => {
  const today = Temporal.PlainDate.from(romeDate(now));
  const day = (daysBefore: number, time = '10:00') =>
    romeToUtc(today.subtract({ days: daysBefore }).toString(), time);
  return {
    opensAt: day(75, '00:00'),
    closesAt: day(55, '12:00'),
    committeeAt: day(53),
    publishedAt: day(50),
    approvedAt: day(30),
    decreeDate: today.subtract({ days: 30 }).toString(),
  };
};

const LM_DEI_PROGRAMMES = ['LM'];

/** LM students of the DEI in the demo careers (never a demo account), the first few by student number. */
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
 * The call, its funding and committee, and the confirmed applications (inside the seed's transaction). Protocol
 * numbers come from the year's counter before the Bari call's applications take theirs, as they were earlier.
 */
export const seedDemoPastCall: DemoSeedPart = async (ctx, tx, unitIds) => {
  const deiId = unitIds.get('DEI');
  if (!deiId) throw new Error('demo unit DEI missing');
  const when = pastTimeline(ctx.clock.now());
  const [funding] = await tx
    .insert(fundingAssignments)
    .values({
      source: 'university',
      title: DEMO_PAST_FUNDING_TITLE,
      year: 2025,
      amountCents: GRANTS * AMOUNT_CENTS,
      reference: 'Delibera del Consiglio di Dipartimento DEI n. 14/2025',
    })
    .returning({ id: fundingAssignments.id });
  if (!funding) throw new Error('demo funding insert failed');
  await tx.insert(fundingAllocations).values({
    assignmentId: funding.id,
    unitId: deiId,
    amountCents: GRANTS * AMOUNT_CENTS,
    method: 'manual',
  });
  const rules = rulesFromProfile(POLIBA.profile);
  const [call] = await tx
    .insert(calls)
    .values({
      code: DEMO_PAST_CALL_CODE,
      title:
        "Selezione per titoli per l'assegnazione di 2 assegni di tutorato informativo presso il Dipartimento di Ingegneria Elettrica e dell'Informazione - I semestre A.A. 2025/26",
      academicYear: 2025,
      profileCode: POLIBA.code,
      status: 'published',
      legalReferences: 'L. 341/1990 art. 13; D.L. 105/2003 conv. L. 170/2003; D.Lgs. 68/2012',
      opensAt: when.opensAt,
      closesAt: when.closesAt,
      activitiesEndDate: '2026-12-31',
      rules: rules as unknown as Record<string, unknown>,
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
      fundingAssignmentId: funding.id,
      publishedAt: when.opensAt,
      createdAt: when.opensAt,
    })
    .returning({ id: calls.id, version: calls.version });
  if (!call) throw new Error('demo past call insert failed');
  const [position] = await tx
    .insert(callPositions)
    .values({
      callId: call.id,
      ordinal: 1,
      activityType: 'Tutorato informativo',
      activityKind: 'tutoring',
      unitId: deiId,
      grants: GRANTS,
      hoursPerGrant: 100,
      amountPerGrantCents: AMOUNT_CENTS,
      admittedProgrammeTypes: ['LM'],
    })
    .returning({ id: callPositions.id });
  if (!position) throw new Error('demo past position insert failed');
  await seedPastCommittee(tx, call.id, when.closesAt);

  const eligible = await eligibleDeiCandidates(tx, deiId, rules);
  const chosen = [
    ...eligible.filter((s) => s.account),
    ...eligible.filter((s) => !s.account).slice(0, OTHER_CANDIDATES),
  ];
  await seedConfirmedApplications(tx, {
    call,
    positionId: position.id,
    candidates: chosen,
    opensAt: when.opensAt,
    closesAt: when.closesAt,
  });
};

/** The DEI's LM students of 2025/26 eligible under the rules: the demo student and students without an account. */
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
 * Confirmed applications of a demo call (inside the seed's transaction) to its one position, spread over its
 * window, each with a protocol number from the closing year's counter, an identity document and its audit entries.
 */
export const seedConfirmedApplications = async (
  tx: DbOrTx,
  input: {
    call: { id: string; version: number };
    positionId: string;
    candidates: DemoCandidate[];
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
      .values({ applicationId: id, positionId: input.positionId, preference: 1 });
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

/** Three staff without a login account (not the Bari committee's), named when the call closed. */
const seedPastCommittee = async (tx: DbOrTx, callId: string, namedAt: Date) => {
  const staff = (
    await tx
      .select({ id: people.id })
      .from(people)
      .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
      .where(and(eq(people.isStaff, true), isNull(localAccounts.personId)))
      .orderBy(asc(people.email))
      .limit(5)
  ).map((row) => row.id);
  const [president, secretary, member] = staff.slice(2);
  if (!president || !secretary || !member) return;
  const [committee] = await tx
    .insert(committees)
    .values({ callId, appointmentAct: 'D.D. DEI n. 88 del 2025', namedAt })
    .returning({ id: committees.id });
  if (!committee) throw new Error('demo committee insert failed');
  await tx.insert(committeeMembers).values([
    { committeeId: committee.id, personId: president, role: 'president' },
    { committeeId: committee.id, personId: secretary, role: 'secretary' },
    { committeeId: committee.id, personId: member, role: 'member' },
  ]);
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

/** Committee points per title criterion: the demo student's titles are the best, the others' vary. */
const committeePoints = (index: number, isDemoStudent: boolean, maxPoints: number) =>
  isDemoStudent ? maxPoints : Math.min(maxPoints, (index * 3 + maxPoints) % (maxPoints + 1));

/**
 * After the seed's transaction: the selection of the past call through the services, then its offers. The office
 * (`ufficio`) acts; the committee's president scores.
 */
export const runDemoPastSelection = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_PAST_CALL_CODE));
  if (!call) return;
  const office = await personOf(db, 'ufficio');
  const student = await personOf(db, 'studente');
  if (!office) return;
  const [president] = await db
    .select({ id: committeeMembers.personId })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(and(eq(committees.callId, call.id), eq(committeeMembers.role, 'president')));
  const scorer = president?.id ?? office;
  const when = pastTimeline(ctx.clock.now());
  const rules = call.rules as unknown as CallRules;
  const criteria = (
    rules.rubrics.find((r) => r.candidateKinds.includes(candidateKindOf('LM')))?.criteria ?? []
  )
    .filter((c) => c.assessedBy === 'committee')
    .map((c) => ({ id: c.id, maxPoints: c.maxPoints }));

  const scoring = at(ctx, when.committeeAt);
  await computeScores(scoring, scorer, call.id);
  const applied = await db
    .select({ id: applications.id, studentId: applications.studentId })
    .from(applications)
    .where(eq(applications.callId, call.id))
    .orderBy(asc(applications.protocolNumber));
  for (const [index, application] of applied.entries()) {
    for (const criterion of criteria) {
      const points = committeePoints(index, application.studentId === student, criterion.maxPoints);
      await recordCommitteeScore(
        scoring,
        scorer,
        { callId: call.id, applicationId: application.id, criterionId: criterion.id },
        { points: String(points), note: points > 0 ? 'Titoli documentati nella domanda' : 'Nessun titolo' },
      );
    }
  }
  const publishing = { ctx: at(ctx, when.publishedAt), actorId: office, locale: 'it' as const };
  const [ranking] = await computeCallRankings(publishing, call.id);
  if (!ranking) return;
  await publish(publishing, ranking.id);
  await approve({ ctx: at(ctx, when.approvedAt), actorId: office, locale: 'it' }, ranking.id, {
    decreeNumber: DEMO_PAST_DECREE,
    decreeDate: when.decreeDate,
  });
  await startOffers(ctx, ranking.id, office);
};

/** The id of the past call's ranking (for tests). */
export const demoPastRankingId = async (db: DbOrTx) => {
  const [row] = await db
    .select({ id: rankings.id })
    .from(rankings)
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .where(eq(calls.code, DEMO_PAST_CALL_CODE));
  return row?.id ?? null;
};
