import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Appointment as AppointmentView, WithdrawalNoticeInput } from '../../../api/appointments.ts';
import type { AppointmentStatus } from '../../../domain/appointments/types.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema/index.ts';
import { type FieldMessageKey, fieldFailure } from '../../i18n/field-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findAppointment, lockAppointment } from './repository.ts';
import { appointmentView } from './service.ts';
import { queueWithdrawalNotice } from './withdrawal-emails.ts';

/** How far back the last day of activity may be: a notice written late still counts, within a month. */
export const WITHDRAWAL_MAX_DAYS_BACK = 30;

/** A tutor may withdraw from a letter signed, acknowledged, or an activity started or paused; not once ended. */
const WITHDRAWABLE: readonly AppointmentStatus[] = ['signed', 'acknowledged', 'active', 'paused'];

const lastDayFailure = (key: FieldMessageKey, locale: Locale, params: Record<string, string | number> = {}) =>
  fieldFailure('lastDay', key, locale, params);

const refused = (
  status: AppointmentStatus,
  reason: 'wrong-status' | 'withdrawal-already-notified' | 'withdrawal-not-notified',
  action: 'notify-withdrawal' | 'retract-withdrawal' = 'notify-withdrawal',
) =>
  new DomainFailure({
    kind: 'appointment-transition-refused',
    status,
    action,
    reason,
    items: [],
  });

const dayText = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * The tutor's written withdrawal (seed 001 art. 11, seed 002 art. 9, seed 004 art. 9): recorded once on their own
 * appointment with the last day of activity and the reason, audited, and the tutoring office and the supervisor told
 * by email in the same transaction. It does not end the appointment: the office ends it (kind withdrawal) with the
 * hours done the supervisor confirms, and those hours are paid. Someone else's appointment is not found.
 */
export const notifyWithdrawal = async (
  ctx: AppContext,
  id: string,
  tutorId: string,
  input: WithdrawalNoticeInput,
  locale: Locale,
): Promise<AppointmentView> => {
  const db = ctx.database.db;
  const seen = await findAppointment(db, id);
  if (!seen || seen.tutorId !== tutorId)
    throw new DomainFailure({ kind: 'not-found', entity: 'appointment' });
  await db.transaction(async (tx) => {
    const row = await lockAppointment(tx, id);
    if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'appointment' });
    const status = row.status as AppointmentStatus;
    if (!WITHDRAWABLE.includes(status)) throw refused(status, 'wrong-status');
    if (row.withdrawalNotice) throw refused(status, 'withdrawal-already-notified');
    const now = ctx.clock.now();
    const today = Temporal.PlainDate.from(romeDate(now));
    let lastDay: Temporal.PlainDate;
    try {
      lastDay = Temporal.PlainDate.from(input.lastDay, { overflow: 'reject' });
    } catch {
      throw lastDayFailure('appointment.withdrawal-date-invalid', locale);
    }
    if (Temporal.PlainDate.compare(lastDay, today.subtract({ days: WITHDRAWAL_MAX_DAYS_BACK })) < 0)
      throw lastDayFailure('appointment.withdrawal-too-old', locale, { days: WITHDRAWAL_MAX_DAYS_BACK });
    if (row.startedOn && input.lastDay < row.startedOn)
      throw lastDayFailure('appointment.withdrawal-before-start', locale, { start: dayText(row.startedOn) });
    const notice = { lastDay: input.lastDay, reason: input.reason, notifiedAt: now.toISOString() };
    await tx
      .update(appointments)
      .set({ withdrawalNotice: notice, updatedAt: now })
      .where(eq(appointments.id, id));
    const recipients = await queueWithdrawalNotice(ctx, tx, id, notice);
    await writeAudit(tx, {
      event: 'appointment.withdrawal-notified',
      actorId: tutorId,
      entityType: 'appointment',
      entityId: id,
      reason: input.reason,
      data: { status, lastDay: input.lastDay, emails: recipients },
      at: now,
    });
  });
  return appointmentView(ctx, id);
};

/**
 * The tutor takes their withdrawal notice back before the office has ended the appointment (they changed their mind):
 * the notice is cleared, so the office's ending dialog no longer proposes a withdrawal, and a new notice may be sent
 * later. The notice stays in the audit log with the retraction; the office and the supervisor are told by email in the
 * same transaction. Once the appointment has ended, or without a notice, it is refused (409) and nothing changes.
 */
export const retractWithdrawal = async (
  ctx: AppContext,
  id: string,
  tutorId: string,
  input: { reason: string },
): Promise<AppointmentView> => {
  const db = ctx.database.db;
  const seen = await findAppointment(db, id);
  if (!seen || seen.tutorId !== tutorId)
    throw new DomainFailure({ kind: 'not-found', entity: 'appointment' });
  await db.transaction(async (tx) => {
    const row = await lockAppointment(tx, id);
    if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'appointment' });
    const status = row.status as AppointmentStatus;
    if (!WITHDRAWABLE.includes(status)) throw refused(status, 'wrong-status', 'retract-withdrawal');
    const notice = row.withdrawalNotice;
    if (!notice) throw refused(status, 'withdrawal-not-notified', 'retract-withdrawal');
    const now = ctx.clock.now();
    const reason = input.reason.trim();
    await tx
      .update(appointments)
      .set({ withdrawalNotice: null, updatedAt: now })
      .where(eq(appointments.id, id));
    const recipients = await queueWithdrawalNotice(ctx, tx, id, {
      retracted: true,
      lastDay: notice.lastDay,
      reason,
    });
    await writeAudit(tx, {
      event: 'appointment.withdrawal-retracted',
      actorId: tutorId,
      entityType: 'appointment',
      entityId: id,
      reason: reason || null,
      data: { status, notice, emails: recipients },
      at: now,
    });
  });
  return appointmentView(ctx, id);
};
