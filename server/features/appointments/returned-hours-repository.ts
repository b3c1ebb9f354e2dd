import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Appointment } from '../../../domain/appointments/types.ts';
import { returnedHoursOf } from '../../../domain/offers/returned-hours.ts';
import { type HoursShare, returnedHoursLeft } from '../../../domain/offers/returned-hours-assignment.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  appointments,
  callPositions,
  offers,
  people,
  returnedHoursAssignments,
} from '../../db/schema/index.ts';

export type ReturnedHoursAssignmentRow = typeof returnedHoursAssignments.$inferSelect;

/** The parts of an appointment's returned hours already given to other tutors. */
export const givenReturnedHours = async (db: DbOrTx, sourceId: string): Promise<HoursShare[]> =>
  db
    .select({ hours: returnedHoursAssignments.hours, amountCents: returnedHoursAssignments.amountCents })
    .from(returnedHoursAssignments)
    .where(eq(returnedHoursAssignments.sourceAppointmentId, sourceId));

/**
 * What an ended appointment still has to give of its returned hours, once the parts given to other tutors are taken
 * away: what an offer to the next candidate carries. Null when nothing is left.
 */
export const returnedHoursAvailable = async (
  db: DbOrTx,
  appointment: Pick<Appointment, 'id' | 'terms' | 'ending'> & { status: string },
): Promise<HoursShare | null> => {
  const returned = appointment.status === 'ended' ? returnedHoursOf(appointment) : null;
  if (!returned) return null;
  const left = returnedHoursLeft(returned, await givenReturnedHours(db, appointment.id));
  return left.hours > 0 ? left : null;
};

/** The latest offer of these returned hours to a candidate, with the candidate's name. */
export const latestReturnedHoursOffer = async (db: DbOrTx, sourceId: string) => {
  const [row] = await db
    .select({
      status: offers.status,
      offeredAt: offers.offeredAt,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(offers)
    .innerJoin(people, eq(people.id, offers.studentId))
    .where(eq(offers.sourceAppointmentId, sourceId))
    .orderBy(desc(offers.offeredAt))
    .limit(1);
  return row ?? null;
};

/** Whether an offer of these returned hours is pending or accepted: they are then that candidate's. */
export const returnedHoursOfferOpen = async (db: DbOrTx, sourceId: string): Promise<boolean> => {
  const rows = await db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.sourceAppointmentId, sourceId), inArray(offers.status, ['pending', 'accepted'])))
    .limit(1);
  return rows.length > 0;
};

/** The parts given, with the receiving tutor's name, oldest first. */
export const assignmentsOf = async (db: DbOrTx, sourceId: string) =>
  db
    .select({
      assignment: returnedHoursAssignments,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(returnedHoursAssignments)
    .innerJoin(appointments, eq(appointments.id, returnedHoursAssignments.targetAppointmentId))
    .innerJoin(people, eq(people.id, appointments.tutorId))
    .where(eq(returnedHoursAssignments.sourceAppointmentId, sourceId))
    .orderBy(asc(returnedHoursAssignments.createdAt));

/** The call's appointments still running (not ended), but the source: those that may take returned hours. */
export const runningAppointmentsOfCall = async (db: DbOrTx, callId: string, exceptId: string) =>
  db
    .select({
      appointment: appointments,
      givenName: people.givenName,
      familyName: people.familyName,
      activityType: callPositions.activityType,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.tutorId))
    .innerJoin(callPositions, eq(callPositions.id, appointments.positionId))
    .where(
      and(eq(appointments.callId, callId), ne(appointments.status, 'ended'), ne(appointments.id, exceptId)),
    )
    .orderBy(asc(people.familyName), asc(people.givenName));

export const insertReturnedHoursAssignment = async (
  tx: DbOrTx,
  row: typeof returnedHoursAssignments.$inferInsert,
): Promise<ReturnedHoursAssignmentRow> => {
  const [inserted] = await tx.insert(returnedHoursAssignments).values(row).returning();
  if (!inserted) throw new Error('returned hours assignment not inserted');
  return inserted;
};
