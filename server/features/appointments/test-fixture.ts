import { eq } from 'drizzle-orm';
import type { AppointmentTerms, Ending } from '../../../domain/appointments/types.ts';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationPositions,
  applications,
  appointments,
  callPositions,
  offers,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
  roleAssignments,
} from '../../db/schema/index.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

let sequence = 0;

/**
 * An offer the student has accepted, persisted directly (the path to it is tested by the offers feature): a call of
 * the preset with one position of `hours` and `amountCents`, a definitive ranking, the student's application, and the
 * accepted offer of grant 1. Without `studentId` a new student is created (username `<prefix>.tutor`).
 */
export const insertAcceptedOffer = async (
  db: DbOrTx,
  options: {
    preset: string;
    prefix: string;
    hours?: number;
    amountCents?: number;
    activityKind?: 'tutoring' | 'supplementary-teaching';
    studentId?: string;
  },
) => {
  sequence += 1;
  const call = await insertCall(db, {
    academicYear: 2025,
    opensAt: romeToUtc('2026-01-10', '09:00:00'),
    closesAt: romeToUtc('2026-01-30', '12:00:00'),
    positions: [['LM']],
    preset: options.preset,
  });
  const positionId = call.positionIds[0] as string;
  await db
    .update(callPositions)
    .set({
      grants: 1,
      hoursPerGrant: options.hours ?? 50,
      amountPerGrantCents: options.amountCents ?? 100_000,
      activityKind: options.activityKind ?? 'tutoring',
    })
    .where(eq(callPositions.id, positionId));
  const username = `${options.prefix}.tutor`;
  const studentId =
    options.studentId ?? (await insertStudent(db, { username, academicYear: 2025, programmeType: 'LM' }));
  if (!options.studentId)
    await db
      .update(people)
      .set({
        givenName: 'Giulia',
        familyName: `Rossi-${options.prefix}`,
        fiscalCode: `RSSGLI00A41A662${sequence % 10}`,
      })
      .where(eq(people.id, studentId));
  const [ranking] = await db
    .insert(rankings)
    .values({
      callId: call.callId,
      groupKey: `test-${options.prefix}-${sequence}`,
      title: 'Tutorato 1 — prova (LM)',
      status: 'in-use',
      publishedAt: romeToUtc('2026-02-02', '10:00:00'),
      appealsCloseAt: romeToUtc('2026-02-10'),
      decreeNumber: 'D.R. 1/2026',
      decreeDate: '2026-02-12',
      approvedAt: romeToUtc('2026-02-12', '10:00:00'),
      validUntil: '2027-02-11',
      computedAt: romeToUtc('2026-02-01', '10:00:00'),
    })
    .returning({ id: rankings.id });
  if (!ranking) throw new Error('ranking insert failed');
  await db.insert(rankingPositions).values({ rankingId: ranking.id, positionId });
  const [application] = await db
    .insert(applications)
    .values({
      callId: call.callId,
      studentId,
      status: 'confirmed',
      declaredTitles: {},
      protocolNumber: `2026/${options.prefix}${sequence}`,
      confirmedAt: romeToUtc('2026-01-20', '10:00:00'),
    })
    .returning({ id: applications.id });
  if (!application) throw new Error('application insert failed');
  await db.insert(applicationPositions).values({ applicationId: application.id, positionId, preference: 1 });
  await db.insert(rankingEntries).values({
    rankingId: ranking.id,
    applicationId: application.id,
    place: 1,
    totalHundredths: 3000,
    outcome: 'winner',
    positionId,
    tieGroup: null,
    detail: {},
  });
  const [offer] = await db
    .insert(offers)
    .values({
      rankingId: ranking.id,
      positionId,
      grantNumber: 1,
      applicationId: application.id,
      studentId,
      status: 'accepted',
      reason: 'winner',
      offeredAt: romeToUtc('2026-02-13', '10:00:00'),
      expiresAt: romeToUtc('2026-02-21'),
      lastDay: '2026-02-20',
      remindAt: romeToUtc('2026-02-20', '09:00:00'),
      closedAt: romeToUtc('2026-02-16', '10:00:00'),
      closedBy: studentId,
      sequence: 1,
    })
    .returning({ id: offers.id });
  if (!offer) throw new Error('offer insert failed');
  return { callId: call.callId, positionId, studentId, username, offerId: offer.id, rankingId: ranking.id };
};

/** A supervisor of the demo university (the docente referente named in a letter). */
export const demoSupervisor = async (db: DbOrTx) => {
  const [row] = await db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(eq(roleAssignments.role, 'supervisor'))
    .limit(1);
  if (!row) throw new Error('no supervisor in the demo data');
  return row;
};

/** An appointment made from an offer, persisted directly (its life is tested by the appointments feature). */
export const insertAppointmentOfOffer = async (
  db: DbOrTx,
  offerId: string,
  options: { status: 'active' | 'ended'; ending?: Ending; hours?: number; amountCents?: number },
) => {
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId));
  const [position] = await db
    .select()
    .from(callPositions)
    .where(eq(callPositions.id, offer?.positionId as string));
  if (!offer || !position) throw new Error('no offer');
  const terms: AppointmentTerms = {
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    items: [{ kind: 'tutoring', hours: options.hours ?? 50, costCents: options.amountCents ?? 100_000 }],
    trainingHours: 0,
  };
  const at = romeToUtc('2026-03-01', '10:00:00');
  const [row] = await db
    .insert(appointments)
    .values({
      offerId,
      tutorId: offer.studentId,
      callId: position.callId,
      positionId: position.id,
      supervisorId: (await demoSupervisor(db)).id,
      unitId: position.unitId,
      academicYear: '2025/26',
      status: options.status,
      terms,
      duties: 'Tutorato',
      startedOn: '2026-03-01',
      ending: options.ending ?? null,
      hoursDone: options.ending?.hoursDone ?? 0,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: appointments.id });
  if (!row) throw new Error('appointment insert failed');
  return row.id;
};
