import { and, desc, eq, isNull, notExists } from 'drizzle-orm';
import { romeToUtc } from '../../domain/calendar/rome-time.ts';
import { rulesFromProfile } from '../../domain/calls/types.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  applications,
  calls,
  localAccounts,
  offers,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
  students,
  units,
} from '../db/schema/index.ts';
import {
  acknowledgeLetter,
  activateAppointment,
  completeChecklist,
  createAppointment,
  endActivity,
  signLetter,
} from '../features/appointments/service.ts';
import { at, insertDeiCall, personOf } from './dei-calls.ts';

/*
 * A call of the previous academic year (2024/25) whose one tutor completed the activity and waits to be paid: the
 * payout order is the office's next step (decision 014). The demo careers hold 2025/26 only, so the services cannot
 * select this call again; its outcome (one confirmed application, the definitive ranking, the accepted offer) is
 * seeded as data, as the other demo calls seed their confirmed applications. The appointment's life goes through the
 * real services, each at its own moment of 2025: made, signed, acknowledged, its checklist, started, completed with
 * all its hours. Its tutor is a student without an account who applied to nothing else, so no other demo flow meets
 * them; the call being of another academic year, it is never related to this year's rankings.
 */

export const DEMO_PAID_CALL_CODE = 'POLIBA-DICATECH-TUT-2024';

const HOURS = 100;
const AMOUNT_CENTS = 150_000;
const DAY = (date: string, time = '10:00') => romeToUtc(date, time);

/**
 * Students without an account or an application, the last by student number first: the demo calls seeded as data give
 * their grants to them, so no other demo flow meets them.
 */
export const pickFreeStudents = async (db: DbOrTx, count: number) =>
  db
    .select({ personId: students.personId, email: people.email })
    .from(students)
    .innerJoin(people, eq(people.id, students.personId))
    .leftJoin(localAccounts, eq(localAccounts.personId, students.personId))
    .where(
      and(
        isNull(localAccounts.personId),
        eq(people.isStaff, false),
        notExists(db.select().from(applications).where(eq(applications.studentId, students.personId))),
      ),
    )
    .orderBy(desc(students.studentNumber))
    .limit(count);

/**
 * A call whose selection is over, seeded as data: its one position, the winner's confirmed application, the
 * definitive ranking and the accepted offer, each at its moment (the demo careers cannot select it again through the
 * services). The 2024/25 paid call below, and the demo tutor's call (call-tutor.ts).
 */
export interface SelectedCallSpec {
  code: string;
  title: string;
  unitId: string;
  tutorId: string;
  activityType: string;
  amountCents: number;
  /** The academic year's first calendar year, and the last day of its activities. */
  academicYear: number;
  activitiesEndDate: string;
  opensAt: Date;
  closesAt: Date;
  applied: { at: Date; protocolNumber: string };
  ranking: {
    groupKey: string;
    title: string;
    computedAt: Date;
    publishedAt: Date;
    appealsCloseAt: Date;
    decreeNumber: string;
    decreeDate: string;
    validUntil: string;
  };
  offer: { offeredAt: Date; expiresAt: Date; lastDay: string; remindAt: Date; acceptedAt: Date };
  /** More winners of the same position after `tutorId`, one grant each, applied and accepting at the same moments. */
  otherWinners?: Array<{ tutorId: string; protocolNumber: string }>;
}

/** The call, its applications, definitive ranking and accepted offers; the first winner's offer id. */
export const seedSelectedCall = async (db: DbOrTx, spec: SelectedCallSpec): Promise<string> =>
  (await seedSelectedCallOffers(db, spec))[0] as string;

/** The same, with every winner's accepted offer id, in the ranking's order. */
export const seedSelectedCallOffers = async (db: DbOrTx, spec: SelectedCallSpec): Promise<string[]> =>
  db.transaction(async (tx) => {
    const winners = [
      { tutorId: spec.tutorId, protocolNumber: spec.applied.protocolNumber },
      ...(spec.otherWinners ?? []),
    ];
    const { call, positionId } = await insertDeiCall(tx, {
      code: spec.code,
      title: spec.title,
      deiId: spec.unitId,
      rules: rulesFromProfile(POLIBA.profile),
      opensAt: spec.opensAt,
      closesAt: spec.closesAt,
      activityType: spec.activityType,
      grants: winners.length,
      amountPerGrantCents: spec.amountCents,
    });
    await tx
      .update(calls)
      .set({ academicYear: spec.academicYear, activitiesEndDate: spec.activitiesEndDate })
      .where(eq(calls.id, call.id));
    const [ranking] = await tx
      .insert(rankings)
      .values({
        callId: call.id,
        groupKey: spec.ranking.groupKey,
        title: spec.ranking.title,
        status: 'in-use',
        publishedAt: spec.ranking.publishedAt,
        appealsCloseAt: spec.ranking.appealsCloseAt,
        decreeNumber: spec.ranking.decreeNumber,
        decreeDate: spec.ranking.decreeDate,
        approvedAt: DAY(spec.ranking.decreeDate),
        validUntil: spec.ranking.validUntil,
        computedAt: spec.ranking.computedAt,
      })
      .returning({ id: rankings.id });
    if (!ranking) throw new Error(`demo call ${spec.code}: ranking insert failed`);
    await tx.insert(rankingPositions).values({ rankingId: ranking.id, positionId });
    const offerIds: string[] = [];
    for (const [index, winner] of winners.entries()) {
      const [application] = await tx
        .insert(applications)
        .values({
          callId: call.id,
          studentId: winner.tutorId,
          status: 'confirmed',
          declaredTitles: {},
          protocolNumber: winner.protocolNumber,
          confirmedAt: spec.applied.at,
          callVersion: call.version,
          createdAt: new Date(spec.applied.at.getTime() - 40 * 60_000),
          updatedAt: spec.applied.at,
        })
        .returning({ id: applications.id });
      if (!application) throw new Error(`demo call ${spec.code}: application insert failed`);
      await tx.insert(rankingEntries).values({
        rankingId: ranking.id,
        applicationId: application.id,
        place: index + 1,
        totalHundredths: 4200 - index * 150,
        outcome: 'winner',
        positionId,
        tieGroup: null,
        detail: {},
      });
      const [offer] = await tx
        .insert(offers)
        .values({
          rankingId: ranking.id,
          positionId,
          grantNumber: index + 1,
          applicationId: application.id,
          studentId: winner.tutorId,
          status: 'accepted',
          reason: 'winner',
          offeredAt: spec.offer.offeredAt,
          expiresAt: spec.offer.expiresAt,
          lastDay: spec.offer.lastDay,
          remindAt: spec.offer.remindAt,
          closedAt: spec.offer.acceptedAt,
          closedBy: winner.tutorId,
          sequence: index + 1,
        })
        .returning({ id: offers.id });
      if (!offer) throw new Error(`demo call ${spec.code}: offer insert failed`);
      offerIds.push(offer.id);
    }
    return offerIds;
  });

/**
 * An accepted offer's appointment through the services, each step at its own moment: made by the office, signed,
 * acknowledged by the tutor with their checklist items, the office's safety training, and started. The
 * appointment's id.
 */
export const appointThroughServices = async (
  ctx: AppContext,
  input: {
    offerId: string;
    office: string;
    supervisorId: string;
    tutorId: string;
    terms: { startDate: string; endDate: string; hours: number; amountCents: number };
    madeAt: Date;
    signed: { at: Date; protocolNumber: string; protocolDate: string };
    acknowledgedAt: Date;
    checklistOn: string;
    /** The office's safety training too, on the checklist's day. */
    safetyTraining?: boolean;
  },
) => {
  const { office, tutorId, terms } = input;
  const made = await createAppointment(
    at(ctx, input.madeAt),
    input.offerId,
    {
      supervisorId: input.supervisorId,
      terms: {
        startDate: terms.startDate,
        endDate: terms.endDate,
        items: [{ kind: 'tutoring', hours: terms.hours, costCents: terms.amountCents }],
      },
    },
    office,
    'it',
  );
  const id = made.id;
  await signLetter(at(ctx, input.signed.at), id, office, {
    protocolNumber: input.signed.protocolNumber,
    protocolDate: input.signed.protocolDate,
  });
  const tutorCtx = at(ctx, input.acknowledgedAt);
  await acknowledgeLetter(tutorCtx, id, tutorId);
  for (const item of ['code-of-ethics', 'inps-registration'] as const)
    await completeChecklist(tutorCtx, id, tutorId, { item, on: input.checklistOn }, 'tutor', 'it');
  if (input.safetyTraining)
    await completeChecklist(
      tutorCtx,
      id,
      office,
      { item: 'safety-training', on: input.checklistOn },
      'office',
      'it',
    );
  await activateAppointment(at(ctx, DAY(terms.startDate)), id, office);
  return id;
};

/**
 * After the seed: the 2024/25 call and its tutor's appointment from the letter to its completion, through the
 * services (the office `ufficio`, the supervisor `referente`, the tutor for their own steps).
 */
export const runDemoPaidCall = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const office = await personOf(db, 'ufficio');
  const supervisorId = await personOf(db, 'referente');
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'DICATECH'));
  const [tutor] = await pickFreeStudents(db, 1);
  if (!office || !supervisorId || !unit || !tutor) return;
  const offerId = await seedSelectedCall(db, {
    code: DEMO_PAID_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 1 assegno di tutorato informativo presso il Dipartimento di Ingegneria Civile, Ambientale, del Territorio, Edile e di Chimica - A.A. 2024/25",
    unitId: unit.id,
    tutorId: tutor.personId,
    activityType: 'Tutorato informativo',
    amountCents: AMOUNT_CENTS,
    academicYear: 2024,
    activitiesEndDate: '2025-10-31',
    opensAt: DAY('2024-11-04', '00:00'),
    closesAt: DAY('2024-11-25', '12:00'),
    applied: { at: DAY('2024-11-20'), protocolNumber: '2024/00917' },
    ranking: {
      groupKey: 'tutorato-informativo-LM',
      title: 'Tutorato informativo — DICATECh (LM)',
      computedAt: DAY('2024-12-09'),
      publishedAt: DAY('2024-12-10'),
      appealsCloseAt: DAY('2024-12-20', '00:00'),
      decreeNumber: '48/2025',
      decreeDate: '2025-01-20',
      validUntil: '2026-01-19',
    },
    offer: {
      offeredAt: DAY('2025-01-21'),
      expiresAt: DAY('2025-01-29', '00:00'),
      lastDay: '2025-01-28',
      remindAt: DAY('2025-01-28', '09:00'),
      acceptedAt: DAY('2025-01-23'),
    },
  });
  const id = await appointThroughServices(ctx, {
    offerId,
    office,
    supervisorId,
    tutorId: tutor.personId,
    terms: { startDate: '2025-02-10', endDate: '2025-10-31', hours: HOURS, amountCents: AMOUNT_CENTS },
    madeAt: DAY('2025-02-03'),
    signed: { at: DAY('2025-02-05'), protocolNumber: '2025/00412', protocolDate: '2025-02-05' },
    acknowledgedAt: DAY('2025-02-06'),
    checklistOn: '2025-02-06',
  });
  await endActivity(at(ctx, DAY('2025-10-31', '18:00')), id, office, {
    kind: 'completed',
    date: '2025-10-31',
    hoursDone: HOURS,
    note: 'Attività completata; registro presenze firmato dal docente referente.',
  });
};

/** The id of the 2024/25 call (for tests). */
export const demoPaidCallId = async (db: DbOrTx) => {
  const [row] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_PAID_CALL_CODE));
  return row?.id ?? null;
};
