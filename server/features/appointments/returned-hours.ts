import type { AssignReturnedHours, ReturnedHours } from '../../../api/appointments.ts';
import { contractedHours, grossCentsOf, hoursByKind } from '../../../domain/appointments/terms.ts';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../domain/appointments/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { returnedHoursOf } from '../../../domain/offers/returned-hours.ts';
import {
  planReturnedHoursAssignment,
  returnedHoursLeft,
} from '../../../domain/offers/returned-hours-assignment.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { fieldFailure } from '../../i18n/field-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { lockCalls } from '../offers/repository.ts';
import { appointmentOfRow, findAppointment } from './repository.ts';
import {
  assignmentsOf,
  givenReturnedHours,
  insertReturnedHoursAssignment,
  latestReturnedHoursOffer,
  returnedHoursOfferOpen,
  runningAppointmentsOfCall,
} from './returned-hours-repository.ts';
import { amendment, changeAppointment } from './service.ts';

const notFound = () => new DomainFailure({ kind: 'not-found', entity: 'appointment' });

const kindsOf = (terms: Parameters<typeof hoursByKind>[0]): ActivityKind[] => {
  const split = hoursByKind(terms);
  return ACTIVITY_KINDS.filter((kind) => split[kind].hours > 0);
};

/**
 * What an ended appointment gave back (seed 001 art. 8 c.4, seed 004 art. 1) and where it went: the latest offer of
 * the hours to a candidate of the ranking, the parts given to other tutors of the call, what is left, and the call's
 * running appointments that may take it.
 */
export const returnedHoursView = async (db: DbOrTx, id: string): Promise<ReturnedHours> => {
  const row = await findAppointment(db, id);
  if (!row) throw notFound();
  const appointment = appointmentOfRow(row);
  const returned = (appointment.status === 'ended' ? returnedHoursOf(appointment) : null) ?? {
    hours: 0,
    amountCents: 0,
  };
  const [given, offer, offerOpen, targets] = await Promise.all([
    assignmentsOf(db, id),
    latestReturnedHoursOffer(db, id),
    returnedHoursOfferOpen(db, id),
    runningAppointmentsOfCall(db, row.callId, id),
  ]);
  const left = returnedHoursLeft(
    returned,
    given.map(({ assignment: a }) => a),
  );
  return {
    appointmentId: id,
    returned,
    left,
    offer: offer
      ? {
          status: offer.status,
          candidateName: `${offer.givenName} ${offer.familyName}`,
          offeredAt: offer.offeredAt.toISOString(),
        }
      : null,
    assignable: left.hours > 0 && !offerOpen,
    assignments: given.map(({ assignment: a, givenName, familyName }) => ({
      id: a.id,
      targetAppointmentId: a.targetAppointmentId,
      tutorName: `${givenName} ${familyName}`,
      hours: a.hours,
      amountCents: a.amountCents,
      kind: a.activityKind as ActivityKind,
      reason: a.reason,
      createdAt: a.createdAt.toISOString(),
    })),
    targets: targets.map((t) => ({
      appointmentId: t.appointment.id,
      tutorName: `${t.givenName} ${t.familyName}`,
      status: t.appointment.status as ReturnedHours['targets'][number]['status'],
      activityType: t.activityType,
      hours: contractedHours(t.appointment.terms),
      grossCents: grossCentsOf(t.appointment.terms),
      kinds: kindsOf(t.appointment.terms),
    })),
  };
};

/**
 * The office gives part of an ended appointment's returned hours to another tutor of the same call, on the
 * referente's indication (seed 001 art. 8 c.4). In one transaction, under the call's lock (the one the offers of
 * returned hours take, so an offer and an assignment never share an hour) and the receiving tutor's (their caps are
 * checked again): the receiving appointment is amended with the hours and their pro rata amount, the part is
 * recorded, and both appointments get their audit row. A cap the new terms break refuses it all.
 */
export const assignReturnedHours = async (
  ctx: AppContext,
  sourceId: string,
  actorId: string,
  input: AssignReturnedHours,
  locale: Locale,
): Promise<ReturnedHours> => {
  const reason = input.reason.trim();
  if (reason === '') throw fieldFailure('reason', 'returned-hours.reason-required', locale);
  const seen = await findAppointment(ctx.database.db, sourceId);
  if (!seen) throw notFound();
  // An unknown receiving appointment is the form's field at fault, not a missing page.
  if (!(await findAppointment(ctx.database.db, input.targetAppointmentId)))
    throw new DomainFailure({
      kind: 'returned-hours-assignment-refused',
      problem: 'other-call',
      left: { hours: 0, amountCents: 0 },
    });
  await changeAppointment(
    ctx,
    input.targetAppointmentId,
    actorId,
    async (target, context) => {
      const source = await findAppointment(context.tx, sourceId);
      if (!source) throw notFound();
      const plan = planReturnedHoursAssignment({
        source: appointmentOfRow(source),
        given: await givenReturnedHours(context.tx, sourceId),
        offerOpen: await returnedHoursOfferOpen(context.tx, sourceId),
        target,
        hours: input.hours,
        kind: input.kind,
      });
      if (!plan.ok) throw new DomainFailure(plan.error);
      const { share, terms } = plan.value;
      const change = await amendment(
        ctx,
        { terms, reason, returnedHoursFrom: sourceId },
        { returnedHours: { sourceAppointmentId: sourceId, ...share, kind: input.kind } },
      )(target, context);
      await insertReturnedHoursAssignment(context.tx, {
        sourceAppointmentId: sourceId,
        targetAppointmentId: target.id,
        hours: share.hours,
        amountCents: share.amountCents,
        activityKind: input.kind,
        reason,
        createdBy: actorId,
        createdAt: context.now,
      });
      await writeAudit(context.tx, {
        event: 'appointment.returned-hours-assigned',
        actorId,
        entityType: 'appointment',
        entityId: sourceId,
        reason,
        data: { targetAppointmentId: target.id, kind: input.kind, ...share },
        at: context.now,
      });
      return change;
    },
    null,
    (tx) => lockCalls(tx, [seen.callId]),
  );
  return returnedHoursView(ctx.database.db, sourceId);
};
