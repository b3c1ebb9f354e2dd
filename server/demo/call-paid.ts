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

/** The student the call's grant went to: the last by student number without an account or an application. */
const pickTutor = async (db: DbOrTx) => {
  const [row] = await db
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
    .limit(1);
  return row ?? null;
};

/** The call, its application, definitive ranking and accepted offer, as they stood in January 2025. */
const seedSelected = async (db: DbOrTx, tutorId: string, unitId: string) =>
  db.transaction(async (tx) => {
    const { call, positionId } = await insertDeiCall(tx, {
      code: DEMO_PAID_CALL_CODE,
      title:
        "Selezione per titoli per l'assegnazione di 1 assegno di tutorato informativo presso il Dipartimento di Ingegneria Civile, Ambientale, del Territorio, Edile e di Chimica - A.A. 2024/25",
      deiId: unitId,
      rules: rulesFromProfile(POLIBA.profile),
      opensAt: DAY('2024-11-04', '00:00'),
      closesAt: DAY('2024-11-25', '12:00'),
      activityType: 'Tutorato informativo',
      grants: 1,
      amountPerGrantCents: AMOUNT_CENTS,
    });
    // insertDeiCall writes this year's calls; this one is of 2024/25, its activities over by October 2025.
    await tx
      .update(calls)
      .set({ academicYear: 2024, activitiesEndDate: '2025-10-31' })
      .where(eq(calls.id, call.id));
    const [application] = await tx
      .insert(applications)
      .values({
        callId: call.id,
        studentId: tutorId,
        status: 'confirmed',
        declaredTitles: {},
        protocolNumber: '2024/00917',
        confirmedAt: DAY('2024-11-20'),
        callVersion: call.version,
        createdAt: DAY('2024-11-20', '09:20'),
        updatedAt: DAY('2024-11-20'),
      })
      .returning({ id: applications.id });
    const [ranking] = await tx
      .insert(rankings)
      .values({
        callId: call.id,
        groupKey: 'tutorato-informativo-LM',
        title: 'Tutorato informativo — DICATECh (LM)',
        status: 'in-use',
        publishedAt: DAY('2024-12-10'),
        appealsCloseAt: DAY('2024-12-20', '00:00'),
        decreeNumber: '48/2025',
        decreeDate: '2025-01-20',
        approvedAt: DAY('2025-01-20'),
        validUntil: '2026-01-19',
        computedAt: DAY('2024-12-09'),
      })
      .returning({ id: rankings.id });
    if (!application || !ranking) throw new Error('demo paid call: insert failed');
    await tx.insert(rankingPositions).values({ rankingId: ranking.id, positionId });
    await tx.insert(rankingEntries).values({
      rankingId: ranking.id,
      applicationId: application.id,
      place: 1,
      totalHundredths: 4200,
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
        grantNumber: 1,
        applicationId: application.id,
        studentId: tutorId,
        status: 'accepted',
        reason: 'winner',
        offeredAt: DAY('2025-01-21'),
        expiresAt: DAY('2025-01-29', '00:00'),
        lastDay: '2025-01-28',
        remindAt: DAY('2025-01-28', '09:00'),
        closedAt: DAY('2025-01-23'),
        closedBy: tutorId,
        sequence: 1,
      })
      .returning({ id: offers.id });
    if (!offer) throw new Error('demo paid call: offer insert failed');
    return offer.id;
  });

/**
 * After the seed: the 2024/25 call and its tutor's appointment from the letter to its completion, through the
 * services (the office `ufficio`, the supervisor `referente`, the tutor for their own steps).
 */
export const runDemoPaidCall = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const office = await personOf(db, 'ufficio');
  const supervisorId = await personOf(db, 'referente');
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'DICATECH'));
  const tutor = await pickTutor(db);
  if (!office || !supervisorId || !unit || !tutor) return;
  const offerId = await seedSelected(db, tutor.personId, unit.id);
  const made = await createAppointment(
    at(ctx, DAY('2025-02-03')),
    offerId,
    {
      supervisorId,
      terms: {
        startDate: '2025-02-10',
        endDate: '2025-10-31',
        items: [{ kind: 'tutoring', hours: HOURS, costCents: AMOUNT_CENTS }],
      },
    },
    office,
    'it',
  );
  const id = made.id;
  await signLetter(at(ctx, DAY('2025-02-05')), id, office, {
    protocolNumber: '2025/00412',
    protocolDate: '2025-02-05',
  });
  const tutorCtx = at(ctx, DAY('2025-02-06'));
  await acknowledgeLetter(tutorCtx, id, tutor.personId);
  for (const item of ['code-of-ethics', 'inps-registration'] as const)
    await completeChecklist(tutorCtx, id, tutor.personId, { item, on: '2025-02-06' }, 'tutor', 'it');
  await activateAppointment(at(ctx, DAY('2025-02-10')), id, office);
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
