import { type AnyColumn, and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Appointment, ChecklistItem, ChecklistRecord } from '../../../domain/appointments/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applications,
  appointments,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  offers,
  payouts,
  people,
  roleAssignments,
  students,
  tutoringProjects,
  units,
} from '../../db/schema/index.ts';

export type AppointmentRow = typeof appointments.$inferSelect;
export type NewAppointmentRow = typeof appointments.$inferInsert;

/**
 * Every decision on a student's caps runs under this row lock (the same per-student row the applications lock): two
 * offices appointing the same student at once are serialised, and the second reads what the first committed.
 * Lock order: the student, then an appointment.
 */
export const lockStudent = async (tx: DbOrTx, personId: string) => {
  await tx.execute(sql`select id from people where id = ${personId} for update`);
};

export const lockAppointment = async (tx: DbOrTx, id: string): Promise<AppointmentRow | null> => {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, id)).for('update');
  return row ?? null;
};

export const findAppointment = async (db: DbOrTx, id: string): Promise<AppointmentRow | null> => {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row ?? null;
};

export const findAppointmentOfOffer = async (db: DbOrTx, offerId: string): Promise<AppointmentRow | null> => {
  const [row] = await db.select().from(appointments).where(eq(appointments.offerId, offerId));
  return row ?? null;
};

/** The student's appointments, every status: the caps count what each commits. */
export const studentAppointments = async (db: DbOrTx, tutorId: string): Promise<AppointmentRow[]> =>
  db.select().from(appointments).where(eq(appointments.tutorId, tutorId));

/** An offer with what an appointment is made from: the call, the position, the student and the application. */
export const offerForAppointment = async (db: DbOrTx, offerId: string) => {
  const [row] = await db
    .select({
      offer: offers,
      call: calls,
      position: callPositions,
      tutorName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      isStaff: people.isStaff,
      declaredTitles: applications.declaredTitles,
    })
    .from(offers)
    .innerJoin(callPositions, eq(callPositions.id, offers.positionId))
    .innerJoin(calls, eq(calls.id, callPositions.callId))
    .innerJoin(people, eq(people.id, offers.studentId))
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .where(eq(offers.id, offerId));
  return row ?? null;
};

/** The type of programme the student is enrolled in for the call's academic year (PhD hours cap). */
export const programmeTypeOf = async (
  db: DbOrTx,
  studentId: string,
  academicYear: number,
): Promise<string | null> => {
  const [row] = await db
    .select({ type: degreeProgrammes.type })
    .from(enrolments)
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .where(and(eq(enrolments.studentId, studentId), eq(enrolments.academicYear, academicYear)))
    .orderBy(desc(enrolments.academicYear))
    .limit(1);
  return row?.type ?? null;
};

export const personExists = async (db: DbOrTx, id: string): Promise<boolean> =>
  (await db.select({ id: people.id }).from(people).where(eq(people.id, id))).length > 0;

/** Whether the person holds the role (in any unit): the docente referente of a letter must be a supervisor. */
export const holdsRole = async (db: DbOrTx, personId: string, role: string): Promise<boolean> =>
  (
    await db
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.role, role)))
      .limit(1)
  ).length > 0;

/** The person responsible for the tutoring project a position belongs to, if any. */
export const projectResponsibleOf = async (db: DbOrTx, projectId: string | null): Promise<string | null> => {
  if (!projectId) return null;
  const [row] = await db
    .select({ id: tutoringProjects.responsibleId })
    .from(tutoringProjects)
    .where(eq(tutoringProjects.id, projectId));
  return row?.id ?? null;
};

/** The language a person saved ('it' or 'en'). */
export const personLocale = async (db: DbOrTx, id: string): Promise<'it' | 'en'> => {
  const [row] = await db.select({ locale: people.locale }).from(people).where(eq(people.id, id));
  return row?.locale === 'en' ? 'en' : 'it';
};

/** Whom an email about an appointment goes to: the address, the name and the language a person saved. */
export const personContact = async (db: DbOrTx, id: string) => {
  const [row] = await db
    .select({
      id: people.id,
      email: people.email,
      name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      locale: people.locale,
    })
    .from(people)
    .where(eq(people.id, id));
  return row ?? null;
};

export const unitExists = async (db: DbOrTx, id: string): Promise<boolean> =>
  (await db.select({ id: units.id }).from(units).where(eq(units.id, id))).length > 0;

export const insertAppointment = async (tx: DbOrTx, row: NewAppointmentRow): Promise<AppointmentRow> => {
  const [inserted] = await tx.insert(appointments).values(row).returning();
  if (!inserted) throw new Error('appointment insert failed');
  return inserted;
};

/** Writes the domain appointment's changing state back to its row. */
export const saveAppointment = async (tx: DbOrTx, appointment: Appointment, at: Date) => {
  await tx
    .update(appointments)
    .set({
      status: appointment.status,
      terms: appointment.terms,
      protocolNumber: appointment.protocol?.number ?? null,
      protocolDate: appointment.protocol?.date ?? null,
      acknowledgedAt: appointment.acknowledgedAt,
      startedOn: appointment.startedOn,
      hoursDone: appointment.hoursDone,
      pauses: appointment.pauses,
      amendments: appointment.amendments,
      checklist: appointment.checklist,
      ending: appointment.ending,
      paidOn: appointment.paidOn,
      updatedAt: at,
    })
    .where(eq(appointments.id, appointment.id));
};

/** Rows written before the regional communication's protocol was kept hold the date alone. */
const checklistOfRow = (stored: AppointmentRow['checklist']): Appointment['checklist'] => {
  const checklist: Partial<Record<ChecklistItem, ChecklistRecord>> = {};
  for (const [item, record] of Object.entries(stored) as Array<[ChecklistItem, ChecklistRecord | string]>)
    checklist[item] = typeof record === 'string' ? { on: record } : record;
  return checklist;
};

/** The domain's view of a stored appointment. */
export const appointmentOfRow = (row: AppointmentRow): Appointment => ({
  id: row.id,
  tutorId: row.tutorId,
  callId: row.callId,
  positionId: row.positionId,
  supervisorId: row.supervisorId,
  unitId: row.unitId,
  academicYear: row.academicYear,
  complexProject: row.complexProject,
  terms: row.terms,
  status: row.status as Appointment['status'],
  protocol:
    row.protocolNumber && row.protocolDate ? { number: row.protocolNumber, date: row.protocolDate } : null,
  acknowledgedAt: row.acknowledgedAt,
  startedOn: row.startedOn,
  hoursDone: row.hoursDone,
  pauses: row.pauses,
  amendments: row.amendments,
  checklist: checklistOfRow(row.checklist),
  ending: row.ending ?? null,
  paidOn: row.paidOn,
});

const supervisors = alias(people, 'supervisors');

/** Letters with accents (and their capitals) and the plain letter each one reads as in a search. */
const ACCENTED = 'àáâäãåèéêëìíîïòóôöõùúûüýÿñçÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕÙÚÛÜÝÑÇ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuuyyncAAAAAAEEEEIIIIOOOOOUUUUYNC';

/** A column as the register's search compares it: accents folded, lower case (no extension needed on PGlite). */
const folded = (column: AnyColumn) => sql`lower(translate(coalesce(${column}, ''), ${ACCENTED}, ${PLAIN}))`;

/** The typed words the same way: "Nicolò" and "NICOLO" both read "nicolo". */
export const foldSearchText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word must be found in the tutor's given or family name, student number or fiscal code. The words travel as
 * query parameters, never inside the SQL text.
 */
const searchConditions = (q: string): SQL[] =>
  foldSearchText(q)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return sql`(${folded(people.givenName)} like ${pattern} or ${folded(people.familyName)} like ${pattern} or ${folded(students.studentNumber)} like ${pattern} or ${folded(people.fiscalCode)} like ${pattern})`;
    });

/** Appointments with the names the register, the letter and the tutor's page show. */
export const listAppointmentDetails = async (
  db: DbOrTx,
  filter: {
    id?: string;
    tutorId?: string;
    callId?: string;
    unitId?: string;
    status?: string;
    academicYear?: string;
    q?: string;
  },
) => {
  const where: SQL[] = [];
  if (filter.academicYear) where.push(eq(appointments.academicYear, filter.academicYear));
  if (filter.q) where.push(...searchConditions(filter.q));
  if (filter.id) where.push(eq(appointments.id, filter.id));
  if (filter.tutorId) where.push(eq(appointments.tutorId, filter.tutorId));
  if (filter.callId) where.push(eq(appointments.callId, filter.callId));
  if (filter.unitId) where.push(eq(appointments.unitId, filter.unitId));
  if (filter.status) where.push(eq(appointments.status, filter.status));
  return (
    db
      .select({
        appointment: appointments,
        tutorGivenName: people.givenName,
        tutorFamilyName: people.familyName,
        email: people.email,
        tutorLocale: people.locale,
        fiscalCode: people.fiscalCode,
        birthDate: people.birthDate,
        studentNumber: students.studentNumber,
        callTitle: calls.title,
        callCode: calls.code,
        profileCode: calls.profileCode,
        activityType: callPositions.activityType,
        supervisorName: sql<string>`${supervisors.givenName} || ' ' || ${supervisors.familyName}`,
        unitName: units.name,
        payout: payouts,
      })
      .from(appointments)
      .innerJoin(people, eq(people.id, appointments.tutorId))
      .leftJoin(students, eq(students.personId, appointments.tutorId))
      .innerJoin(calls, eq(calls.id, appointments.callId))
      .innerJoin(callPositions, eq(callPositions.id, appointments.positionId))
      .innerJoin(supervisors, eq(supervisors.id, appointments.supervisorId))
      .innerJoin(units, eq(units.id, appointments.unitId))
      // The order in force only: a cancelled one stays on record but pays nothing.
      .leftJoin(payouts, and(eq(payouts.appointmentId, appointments.id), isNull(payouts.cancelledAt)))
      .where(where.length > 0 ? and(...where) : undefined)
      .orderBy(asc(calls.code), asc(people.familyName), asc(people.givenName), asc(appointments.createdAt))
  );
};

export type AppointmentDetail = Awaited<ReturnType<typeof listAppointmentDetails>>[number];

/** Accepted offers still waiting for their appointment, for the office's to-do list. */
export const offersAwaitingAppointment = async (db: DbOrTx) =>
  db
    .select({
      offerId: offers.id,
      tutorName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      callId: calls.id,
      callTitle: calls.title,
      activityType: callPositions.activityType,
      closedAt: offers.closedAt,
    })
    .from(offers)
    .innerJoin(callPositions, eq(callPositions.id, offers.positionId))
    .innerJoin(calls, eq(calls.id, callPositions.callId))
    .innerJoin(people, eq(people.id, offers.studentId))
    .leftJoin(appointments, eq(appointments.offerId, offers.id))
    .where(and(eq(offers.status, 'accepted'), isNull(appointments.id)))
    .orderBy(asc(offers.closedAt));
