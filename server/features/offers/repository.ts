import { and, asc, eq, gt, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  Elsewhere,
  OfferCandidate,
  OfferPosition,
  OfferRecord,
  OfferStatus,
  ReturnedHoursSlot,
} from '../../../domain/offers/draw-down.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { presetByCode } from '../../../profiles/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationPositions,
  applications,
  appointments,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  offers,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
  returnedHoursAssignments,
  units,
} from '../../db/schema/index.ts';
import { activeProfile, findProfileRow, profileOfRow } from '../profiles/repository.ts';

export type OfferRow = typeof offers.$inferSelect;
export type RankingRow = typeof rankings.$inferSelect;
export type CallRow = typeof calls.$inferSelect;

/**
 * Every decision that makes offers for a call runs under this row lock, so two instances (a worker expiring an offer,
 * the office starting another ranking, a candidate refusing) never plan from the same state: the second waits and
 * reads what the first committed. Lock order everywhere: the call, then an offer.
 */
export const lockCall = async (tx: DbOrTx, callId: string) => {
  await tx.execute(sql`select id from calls where id = ${callId} for update`);
};

/**
 * The locks of several calls (an offer from another ranking draws down both the grant's call and the candidate's own),
 * always taken in the order of their ids, so that two such transactions never wait on each other in a circle.
 */
export const lockCalls = async (tx: DbOrTx, callIds: readonly string[]) => {
  for (const id of [...new Set(callIds)].sort()) await lockCall(tx, id);
};

/** Reads an offer and holds its row until the transaction ends (accept, refuse and expire take it). */
export const lockOffer = async (tx: DbOrTx, offerId: string): Promise<OfferRow | null> => {
  const [row] = await tx.select().from(offers).where(eq(offers.id, offerId)).for('update');
  return row ?? null;
};

export const findOffer = async (db: DbOrTx, offerId: string): Promise<OfferRow | null> => {
  const [row] = await db.select().from(offers).where(eq(offers.id, offerId));
  return row ?? null;
};

export const findRanking = async (db: DbOrTx, rankingId: string): Promise<RankingRow | null> => {
  const [row] = await db.select().from(rankings).where(eq(rankings.id, rankingId));
  return row ?? null;
};

export const findCall = async (db: DbOrTx, callId: string): Promise<CallRow | null> => {
  const [row] = await db.select().from(calls).where(eq(calls.id, callId));
  return row ?? null;
};

/** The profile the call was drafted under (stored, else the preset of that code), else the active one. */
export const profileOfCall = async (db: DbOrTx, call: CallRow): Promise<RegulationProfile> => {
  const row = await findProfileRow(db, call.profileCode);
  if (row) return profileOfRow(row).profile;
  const preset = presetByCode(call.profileCode);
  if (preset) return preset.profile;
  const active = await activeProfile(db);
  if (!active) throw new Error(`profile ${call.profileCode} not found`);
  return active.profile;
};

/** The rankings of a call whose offers have started. */
export const rankingsInUse = async (db: DbOrTx, callId: string): Promise<RankingRow[]> =>
  db
    .select()
    .from(rankings)
    .where(and(eq(rankings.callId, callId), eq(rankings.status, 'in-use')))
    .orderBy(asc(rankings.createdAt), asc(rankings.title));

export const putInUse = async (db: DbOrTx, rankingId: string) => {
  await db.update(rankings).set({ status: 'in-use' }).where(eq(rankings.id, rankingId));
};

export interface RankingFacts {
  positions: OfferPosition[];
  candidates: Array<OfferCandidate & { studentId: string }>;
  winners: Array<{ applicationId: string; positionId: string }>;
  offers: Array<OfferRecord & { id: string; grantNumber: number }>;
  /** Application ids the ranking left out (excluded by the committee). */
  excluded: string[];
  /** Returned hours the office chose to offer (an offer of them was made once). */
  returnedHours: Array<ReturnedHoursSlot & { grantNumber: number }>;
}

/** What the draw-down of one ranking reads: its positions, eligible candidates, decreed winners and offers so far. */
export const rankingFacts = async (
  db: DbOrTx,
  ranking: RankingRow,
  call: CallRow,
  grantsCumulative: boolean,
): Promise<RankingFacts> => {
  const positions = await db
    .select({
      positionId: callPositions.id,
      grants: callPositions.grants,
      unitId: callPositions.unitId,
      unitKind: units.kind,
    })
    .from(rankingPositions)
    .innerJoin(callPositions, eq(callPositions.id, rankingPositions.positionId))
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(eq(rankingPositions.rankingId, ranking.id))
    .orderBy(asc(callPositions.ordinal));
  const entries = await db
    .select({
      applicationId: rankingEntries.applicationId,
      place: rankingEntries.place,
      tieGroup: rankingEntries.tieGroup,
      outcome: rankingEntries.outcome,
      positionId: rankingEntries.positionId,
      studentId: applications.studentId,
      status: applications.status,
    })
    .from(rankingEntries)
    .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
    .where(eq(rankingEntries.rankingId, ranking.id));
  const eligible = entries.filter(
    (e) => e.place !== null && e.outcome !== 'excluded' && e.status === 'confirmed',
  );
  const applicationIds = eligible.map((e) => e.applicationId);
  const studentIds = eligible.map((e) => e.studentId);
  const departments =
    studentIds.length === 0
      ? []
      : await db
          .select({
            studentId: enrolments.studentId,
            departmentId: degreeProgrammes.departmentId,
            unitId: degreeProgrammes.unitId,
          })
          .from(enrolments)
          .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
          .where(
            and(inArray(enrolments.studentId, studentIds), eq(enrolments.academicYear, call.academicYear)),
          );
  const choices =
    applicationIds.length === 0
      ? []
      : await db
          .select()
          .from(applicationPositions)
          .where(inArray(applicationPositions.applicationId, applicationIds))
          .orderBy(asc(applicationPositions.preference));
  const made = await db
    .select()
    .from(offers)
    .where(eq(offers.rankingId, ranking.id))
    .orderBy(asc(offers.sequence));

  // Grants of the other rankings of the call: held, awaited or reserved by the decree (seed 004 art. 8).
  const elsewhere = new Map<string, Elsewhere>();
  if (!grantsCumulative && studentIds.length > 0) {
    const others = await db
      .select({ studentId: offers.studentId, status: offers.status, rankingId: offers.rankingId })
      .from(offers)
      .innerJoin(rankings, eq(rankings.id, offers.rankingId))
      .where(
        and(
          // The call's other rankings, and any offer drawn from another ranking (it may be of another call).
          or(eq(rankings.callId, call.id), isNotNull(offers.sourceRankingId)),
          ne(offers.rankingId, ranking.id),
          inArray(offers.studentId, studentIds),
        ),
      );
    const decreed = await db
      .select({ studentId: applications.studentId, rankingId: rankingEntries.rankingId })
      .from(rankingEntries)
      .innerJoin(rankings, eq(rankings.id, rankingEntries.rankingId))
      .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
      .where(
        and(
          eq(rankings.callId, call.id),
          ne(rankings.id, ranking.id),
          inArray(rankings.status, ['definitive', 'in-use']),
          eq(rankingEntries.outcome, 'winner'),
          isNotNull(rankingEntries.positionId),
          inArray(applications.studentId, studentIds),
        ),
      );
    const rank: Record<Elsewhere, number> = { free: 0, reserved: 1, pending: 2, accepted: 3 };
    const raise = (studentId: string, value: Elsewhere) => {
      if (rank[value] > rank[elsewhere.get(studentId) ?? 'free']) elsewhere.set(studentId, value);
    };
    for (const o of others) {
      if (o.status === 'pending') raise(o.studentId, 'pending');
      if (o.status === 'accepted') raise(o.studentId, 'accepted');
    }
    for (const d of decreed) {
      const offeredThere = others.some((o) => o.studentId === d.studentId && o.rankingId === d.rankingId);
      if (!offeredThere) raise(d.studentId, 'reserved');
    }
  }

  return {
    positions: positions.map((p) => ({
      positionId: p.positionId,
      grants: p.grants,
      departmentId: p.unitKind === 'department' ? p.unitId : null,
    })),
    candidates: eligible.map((e) => {
      const enrolment = departments.find((d) => d.studentId === e.studentId);
      return {
        applicationId: e.applicationId,
        studentId: e.studentId,
        place: e.place as number,
        tieGroup: e.tieGroup,
        departmentId: enrolment ? (enrolment.departmentId ?? enrolment.unitId) : null,
        preferences: choices.filter((c) => c.applicationId === e.applicationId).map((c) => c.positionId),
        elsewhere: elsewhere.get(e.studentId) ?? 'free',
      };
    }),
    winners: eligible
      .filter((e) => e.outcome === 'winner' && e.positionId !== null)
      .map((e) => ({ applicationId: e.applicationId, positionId: e.positionId as string })),
    offers: made.map((o) => ({
      id: o.id,
      applicationId: o.applicationId,
      positionId: o.positionId,
      grantNumber: o.grantNumber,
      status: o.status as OfferStatus,
      closedAt: o.closedAt,
      returnedFrom: o.sourceAppointmentId,
    })),
    excluded: entries.filter((e) => e.outcome === 'excluded').map((e) => e.applicationId),
    returnedHours: await returnedHoursSlots(db, ranking.id),
  };
};

const origin = alias(offers, 'origin_offer');

/** The returned hours of a ranking already offered once, oldest first: each is a slot its draw-down keeps filling. */
const returnedHoursSlots = async (db: DbOrTx, rankingId: string) => {
  const rows = await db
    .selectDistinct({
      appointmentId: appointments.id,
      positionId: appointments.positionId,
      fromApplicationId: origin.applicationId,
      grantNumber: origin.grantNumber,
      createdAt: appointments.createdAt,
    })
    .from(offers)
    .innerJoin(appointments, eq(appointments.id, offers.sourceAppointmentId))
    .innerJoin(origin, eq(origin.id, appointments.offerId))
    .where(eq(offers.rankingId, rankingId));
  return rows
    .sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.appointmentId < b.appointmentId ? -1 : 1),
    )
    .map(({ createdAt: _c, ...slot }) => slot);
};

/**
 * Appointments made from this ranking's offers that ended with hours given back (seed 001 art. 8 c.4, seed 004 art. 1),
 * with whether their hours were offered already.
 */
export const endedAppointmentsOfRanking = async (db: DbOrTx, rankingId: string) => {
  const rows = await db
    .select({
      appointment: appointments,
      originOfferId: offers.id,
      applicationId: offers.applicationId,
      grantNumber: offers.grantNumber,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(appointments)
    .innerJoin(offers, eq(offers.id, appointments.offerId))
    .innerJoin(people, eq(people.id, appointments.tutorId))
    .where(and(eq(offers.rankingId, rankingId), eq(appointments.status, 'ended')))
    .orderBy(asc(appointments.createdAt));
  const offered = rows.length
    ? await db
        .select({ sourceAppointmentId: offers.sourceAppointmentId })
        .from(offers)
        .where(
          inArray(
            offers.sourceAppointmentId,
            rows.map((r) => r.appointment.id),
          ),
        )
    : [];
  const offeredIds = new Set(offered.map((o) => o.sourceAppointmentId));
  // The parts given to other tutors of the call (seed 001 art. 8 c.4): an offer carries only what is left.
  const given = rows.length
    ? await db
        .select({
          sourceAppointmentId: returnedHoursAssignments.sourceAppointmentId,
          hours: sql<number>`sum(${returnedHoursAssignments.hours})::int`,
        })
        .from(returnedHoursAssignments)
        .where(
          inArray(
            returnedHoursAssignments.sourceAppointmentId,
            rows.map((r) => r.appointment.id),
          ),
        )
        .groupBy(returnedHoursAssignments.sourceAppointmentId)
    : [];
  const assigned = new Map(given.map((g) => [g.sourceAppointmentId, g.hours]));
  return rows.map((r) => ({
    ...r,
    offered: offeredIds.has(r.appointment.id),
    assignedHours: assigned.get(r.appointment.id) ?? 0,
  }));
};

/** The other definitive rankings a ranking may draw from: of the same call, or of calls under the same profile still
 * within their validity (seed 002 art. 4 c.4, seed 004 art. 8; decision 013). */
export const relatedRankings = async (db: DbOrTx, ranking: RankingRow, call: CallRow, today: string) =>
  db
    .select({ ranking: rankings, call: calls })
    .from(rankings)
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .where(
      and(
        ne(rankings.id, ranking.id),
        inArray(rankings.status, ['definitive', 'in-use']),
        or(
          eq(rankings.callId, call.id),
          and(
            eq(calls.profileCode, call.profileCode),
            eq(calls.academicYear, call.academicYear),
            isNotNull(rankings.validUntil),
            gte(rankings.validUntil, today),
          ),
        ),
      ),
    )
    .orderBy(asc(rankings.createdAt), asc(rankings.title));

/** Scores and names of a ranking's entries, for the office's choice of a candidate from another ranking. */
export const rankingEntryDetails = async (db: DbOrTx, rankingId: string) =>
  db
    .select({
      applicationId: rankingEntries.applicationId,
      totalHundredths: rankingEntries.totalHundredths,
      protocolNumber: applications.protocolNumber,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(rankingEntries)
    .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
    .innerJoin(people, eq(people.id, applications.studentId))
    .where(eq(rankingEntries.rankingId, rankingId));

/** Which of these students wait on an offer, or hold one accepted, in any ranking. */
export const offerFlagsOf = async (db: DbOrTx, studentIds: readonly string[]) => {
  const rows =
    studentIds.length === 0
      ? []
      : await db
          .select({ studentId: offers.studentId, status: offers.status })
          .from(offers)
          .where(
            and(inArray(offers.studentId, [...studentIds]), inArray(offers.status, ['pending', 'accepted'])),
          );
  return {
    waiting: new Set(rows.filter((r) => r.status === 'pending').map((r) => r.studentId)),
    holding: new Set(rows.filter((r) => r.status === 'accepted').map((r) => r.studentId)),
  };
};

export const insertOffer = async (db: DbOrTx, values: typeof offers.$inferInsert): Promise<OfferRow> => {
  const [row] = await db.insert(offers).values(values).returning();
  if (!row) throw new Error('offer insert returned nothing');
  return row;
};

export const closeOffer = async (
  db: DbOrTx,
  offerId: string,
  change: { status: OfferStatus; closedAt: Date; closedBy: string | null },
) => {
  await db.update(offers).set(change).where(eq(offers.id, offerId));
};

export const markReminded = async (db: DbOrTx, offerId: string, at: Date) => {
  await db.update(offers).set({ reminderSentAt: at }).where(eq(offers.id, offerId));
};

const sourceRanking = alias(rankings, 'source_ranking');

/** What an offer's emails say: the candidate, where to write, the call and the position. */
export const offerLetterData = async (db: DbOrTx, offerId: string) => {
  const [row] = await db
    .select({
      offer: offers,
      givenName: people.givenName,
      familyName: people.familyName,
      personEmail: people.email,
      locale: people.locale,
      contactEmail: applications.contactEmail,
      protocolNumber: applications.protocolNumber,
      callCode: calls.code,
      callTitle: calls.title,
      activityType: callPositions.activityType,
      hours: sql<number>`coalesce(${offers.hours}, ${callPositions.hoursPerGrant})`.mapWith(Number),
      amountCents: sql<number>`coalesce(${offers.amountCents}, ${callPositions.amountPerGrantCents})`.mapWith(
        Number,
      ),
      unitName: units.name,
      sourceRankingTitle: sourceRanking.title,
    })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(people, eq(people.id, offers.studentId))
    .innerJoin(callPositions, eq(callPositions.id, offers.positionId))
    // The grant's call (an offer from another ranking may go to a candidate who applied to another call).
    .innerJoin(calls, eq(calls.id, callPositions.callId))
    .leftJoin(sourceRanking, eq(sourceRanking.id, offers.sourceRankingId))
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(eq(offers.id, offerId));
  return row ?? null;
};
export type OfferLetterData = NonNullable<Awaited<ReturnType<typeof offerLetterData>>>;

/** A candidate's offers, newest first, with what they need to decide. */
export const listOwnOffers = async (db: DbOrTx, studentId: string) =>
  db
    .select({
      offer: offers,
      rankingTitle: rankings.title,
      callId: calls.id,
      callTitle: calls.title,
      protocolNumber: applications.protocolNumber,
      activityType: callPositions.activityType,
      hours: sql<number>`coalesce(${offers.hours}, ${callPositions.hoursPerGrant})`.mapWith(Number),
      amountCents: sql<number>`coalesce(${offers.amountCents}, ${callPositions.amountPerGrantCents})`.mapWith(
        Number,
      ),
      unitName: units.name,
      sourceRankingTitle: sourceRanking.title,
    })
    .from(offers)
    .leftJoin(sourceRanking, eq(sourceRanking.id, offers.sourceRankingId))
    .innerJoin(rankings, eq(rankings.id, offers.rankingId))
    .innerJoin(calls, eq(calls.id, rankings.callId))
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(callPositions, eq(callPositions.id, offers.positionId))
    .innerJoin(units, eq(units.id, callPositions.unitId))
    .where(eq(offers.studentId, studentId))
    .orderBy(sql`${offers.offeredAt} desc`, sql`${offers.sequence} desc`);

/** A ranking's offers for the office, in the order they were made. */
export const listRankingOffers = async (db: DbOrTx, rankingId: string) =>
  db
    .select({
      offer: offers,
      protocolNumber: applications.protocolNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      activityType: callPositions.activityType,
      hours: sql<number>`coalesce(${offers.hours}, ${callPositions.hoursPerGrant})`.mapWith(Number),
      sourceRankingTitle: sourceRanking.title,
    })
    .from(offers)
    .leftJoin(sourceRanking, eq(sourceRanking.id, offers.sourceRankingId))
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(people, eq(people.id, offers.studentId))
    .innerJoin(callPositions, eq(callPositions.id, offers.positionId))
    .where(eq(offers.rankingId, rankingId))
    .orderBy(asc(offers.sequence));

/** Offers waiting for the student's answer, still on time (the home's next action). */
export const countPendingOffers = async (db: DbOrTx, studentId: string, now: Date): Promise<number> => {
  const rows = await db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.studentId, studentId), eq(offers.status, 'pending'), gt(offers.expiresAt, now)));
  return rows.length;
};
