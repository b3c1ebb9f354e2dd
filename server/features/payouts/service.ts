import type { CancelPayout, Payout, RecordPayout } from '../../../api/payouts.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { cancelPayout, payAppointment } from '../../../domain/payouts/payout.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import { fieldFailure } from '../../i18n/field-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  appointmentOfRow,
  findAppointment,
  lockAppointment,
  lockStudent,
  saveAppointment,
} from '../appointments/repository.ts';
import { appointmentView } from '../appointments/service.ts';
import { findCall, profileOfCall } from '../offers/repository.ts';
import {
  cancelledPayoutsOf,
  findPayoutOfAppointment,
  insertPayout,
  markPayoutCancelled,
} from './repository.ts';

const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });

/**
 * The payout of an ended appointment: what would be paid if the order were dated today, or what was paid. An
 * appointment not ended yet has no payout (409, nothing to preview).
 */
export const payoutOf = async (ctx: AppContext, id: string): Promise<Payout> => {
  const view = await appointmentView(ctx, id);
  if (!view.payout || !view.ending)
    throw new DomainFailure({ kind: 'payout-refused', reason: 'not-ended', paidOn: null });
  const recorded = view.payout.status === 'paid' ? await recordedAt(ctx, id) : null;
  const cancelled = await cancelledPayoutsOf(ctx.database.db, id);
  return {
    ...view.payout,
    appointmentId: view.id,
    tutorName: view.tutorName,
    endedOn: view.ending.date,
    today: romeDate(ctx.clock.now()),
    recordedAt: recorded,
    cancelledOrders: cancelled.map((row) => ({
      orderNumber: row.orderNumber,
      orderDate: row.orderDate,
      grossCents: row.grossCents,
      cancelledAt: (row.cancelledAt as Date).toISOString(),
      reason: row.cancellationReason ?? '',
    })),
  };
};

const recordedAt = async (ctx: AppContext, id: string) =>
  (await findPayoutOfAppointment(ctx.database.db, id))?.recordedAt.toISOString() ?? null;

/**
 * The office records the payout order (dispositivo di liquidazione) of an ended appointment: the payout row with its
 * figures, the appointment's paid_on (the calendar-year amount cap counts the money on that date) and the audit row,
 * in one transaction under the student's and the appointment's locks (the order the caps take them in). A second
 * order for the same appointment is refused (409), and the unique index would refuse it too.
 */
export const recordPayout = async (
  ctx: AppContext,
  id: string,
  input: RecordPayout,
  actorId: string,
): Promise<Payout> => {
  const db = ctx.database.db;
  const seen = await findAppointment(db, id);
  if (!seen) throw notFound('appointment');
  await db.transaction(async (tx) => {
    await lockStudent(tx, seen.tutorId);
    const row = await lockAppointment(tx, id);
    if (!row) throw notFound('appointment');
    const call = await findCall(tx, row.callId);
    if (!call) throw notFound('call');
    const profile = await profileOfCall(tx, call);
    const now = ctx.clock.now();
    const result = payAppointment(appointmentOfRow(row), profile, input.orderDate, romeDate(now));
    if (!result.ok) throw new DomainFailure(result.error);
    const { appointment, figures } = result.value;
    const share = profile.inpsRates.find((r) => r.value.year === figures.inps.rateYear)?.value.studentShare;
    await saveAppointment(tx, appointment, now);
    const payout = await insertPayout(tx, {
      appointmentId: id,
      orderNumber: input.orderNumber,
      orderDate: input.orderDate,
      hoursPaid: figures.hoursPaid,
      grossCents: figures.grossCents,
      studentInpsCents: figures.inps.studentCents,
      universityInpsCents: figures.inps.universityCents,
      netCents: figures.netCents,
      inpsRateBasisPoints: figures.inps.rateBasisPoints,
      inpsRateYear: figures.inps.rateYear,
      studentShare: share ? `${share.numerator}/${share.denominator}` : '1/3',
      recordedBy: actorId,
      recordedAt: now,
    });
    await writeAudit(tx, {
      event: 'payout.recorded',
      actorId,
      entityType: 'appointment',
      entityId: id,
      data: {
        payoutId: payout.id,
        orderNumber: input.orderNumber,
        orderDate: input.orderDate,
        hoursPaid: figures.hoursPaid,
        grossCents: figures.grossCents,
        studentInpsCents: figures.inps.studentCents,
        universityInpsCents: figures.inps.universityCents,
        netCents: figures.netCents,
        universityCostCents: figures.universityCostCents,
        inpsRateBasisPoints: figures.inps.rateBasisPoints,
        inpsRateYear: figures.inps.rateYear,
      },
      at: now,
    });
  });
  return payoutOf(ctx, id);
};

/**
 * The office cancels the payout order in force (a wrong number, date or figure). In one transaction under the same
 * locks as the recording: the order is marked cancelled (kept, with who, when and why), the appointment's paid_on is
 * cleared (the calendar-year amount cap no longer counts it) and the audit row is written. The appointment is then
 * due again and a new order may be recorded. Without an order in force: 409, nothing changed.
 */
export const cancelPayoutOrder = async (
  ctx: AppContext,
  id: string,
  input: CancelPayout,
  actorId: string,
  locale: Locale,
): Promise<Payout> => {
  const reason = input.reason.trim();
  if (reason === '') throw fieldFailure('reason', 'payout.cancel-reason-required', locale);
  const db = ctx.database.db;
  const seen = await findAppointment(db, id);
  if (!seen) throw notFound('appointment');
  await db.transaction(async (tx) => {
    await lockStudent(tx, seen.tutorId);
    const row = await lockAppointment(tx, id);
    if (!row) throw notFound('appointment');
    const result = cancelPayout(appointmentOfRow(row));
    if (!result.ok) throw new DomainFailure(result.error);
    const order = await findPayoutOfAppointment(tx, id);
    if (!order) throw new DomainFailure({ kind: 'payout-refused', reason: 'not-paid', paidOn: null });
    const now = ctx.clock.now();
    await markPayoutCancelled(tx, order.id, {
      cancelledAt: now,
      cancelledBy: actorId,
      cancellationReason: reason,
    });
    await saveAppointment(tx, result.value, now);
    await writeAudit(tx, {
      event: 'payout.cancelled',
      actorId,
      entityType: 'appointment',
      entityId: id,
      reason,
      data: {
        payoutId: order.id,
        orderNumber: order.orderNumber,
        orderDate: order.orderDate,
        grossCents: order.grossCents,
        netCents: order.netCents,
      },
      at: now,
    });
  });
  return payoutOf(ctx, id);
};
