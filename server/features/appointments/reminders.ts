import { and, eq, sql } from 'drizzle-orm';
import {
  checklistReminders,
  decideReminder,
  type ReminderStage,
} from '../../../domain/appointments/reminders.ts';
import type { Appointment, ChecklistItem } from '../../../domain/appointments/types.ts';
import { CHECKLIST_ITEMS } from '../../../domain/appointments/types.ts';
import { romeDate, romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { workingDaySettings } from '../../../domain/profiles/accessors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { auditLog, people, roleAssignments } from '../../db/schema/index.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import type { JobHandler } from '../../jobs/worker.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { findCall, profileOfCall } from '../offers/repository.ts';
import { reminderEmailText } from './reminder-emails.ts';
import { appointmentOfRow, listAppointmentDetails, lockAppointment } from './repository.ts';

export const CHECKLIST_REMINDER_JOB_KIND = 'appointment-checklist-reminder';

/** Reminders go out at 09:00 Rome time on their day (or at once, when that moment has passed). */
const reminderMoment = (date: string, now: Date) => {
  const at = romeToUtc(date, '09:00:00');
  return at > now ? at : now;
};

/**
 * Schedules, in the caller's transaction, a job for each reminder the appointment calls for among `items`: the
 * INPS registration when the appointment is made (or its start moves), the regional communication once the letter
 * is protocolled. A job that finds nothing to say when it runs does nothing, so scheduling twice is harmless.
 */
export const scheduleChecklistReminders = async (
  tx: Tx,
  appointment: Appointment,
  profile: RegulationProfile,
  now: Date,
  items: readonly ChecklistItem[],
) => {
  for (const reminder of checklistReminders(appointment, profile, workingDaySettings(profile))) {
    if (!items.includes(reminder.item)) continue;
    await enqueueJob(
      tx,
      CHECKLIST_REMINDER_JOB_KIND,
      { appointmentId: appointment.id, item: reminder.item, stage: reminder.stage },
      reminderMoment(reminder.on, now),
    );
  }
};

/** Whether this reminder already went out: the audit row written with it is the record. */
const alreadySent = async (tx: DbOrTx, appointmentId: string, item: ChecklistItem, stage: ReminderStage) => {
  const rows = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.event, 'appointment.checklist-reminded'),
        eq(auditLog.entityType, 'appointment'),
        eq(auditLog.entityId, appointmentId),
        sql`${auditLog.data}->>'item' = ${item}`,
        sql`${auditLog.data}->>'stage' = ${stage}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
};

/** The tutoring office: everyone holding the role (the office that sends the region's communication). */
const officePeople = async (tx: DbOrTx) =>
  tx
    .selectDistinct({ id: people.id, email: people.email, locale: people.locale })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(eq(roleAssignments.role, 'tutoring-office'));

/**
 * The reminder job: under the appointment's row lock, decides again from the appointment as it is now (done items,
 * an amended start, an ended appointment say nothing; a later date waits for it), and sends once: the audit row
 * written in the same transaction as the emails marks it sent, so a second run or a second instance finds it.
 */
export const remindChecklistItem = async (
  ctx: AppContext,
  payload: { appointmentId: string; item: ChecklistItem; stage: ReminderStage },
) => {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const row = await lockAppointment(tx, payload.appointmentId);
    if (!row) return;
    const call = await findCall(tx, row.callId);
    if (!call) return;
    const profile = await profileOfCall(tx, call);
    const now = ctx.clock.now();
    const appointment = appointmentOfRow(row);
    const decision = decideReminder(
      appointment,
      profile,
      workingDaySettings(profile),
      payload,
      romeDate(now),
    );
    if (decision.kind === 'none') return;
    if (decision.kind === 'wait') {
      await enqueueJob(tx, CHECKLIST_REMINDER_JOB_KIND, payload, reminderMoment(decision.until, now));
      return;
    }
    if (await alreadySent(tx, row.id, payload.item, payload.stage)) return;
    const [detail] = await listAppointmentDetails(tx, { id: row.id });
    if (!detail) return;
    const recipients =
      decision.reminder.recipient === 'tutor'
        ? [{ id: row.tutorId, email: detail.email, locale: detail.tutorLocale }]
        : await officePeople(tx);
    for (const recipient of recipients) {
      const text = reminderEmailText(decision.reminder, detail, recipient.locale === 'en' ? 'en' : 'it', {
        universityName: ctx.config.UNIVERSITY_NAME,
        publicUrl: ctx.config.PUBLIC_URL,
      });
      await queueEmail(ctx, tx, {
        recipientId: recipient.id,
        to: recipient.email,
        ...text,
        attachments: [],
      });
    }
    await writeAudit(tx, {
      event: 'appointment.checklist-reminded',
      actorId: null,
      entityType: 'appointment',
      entityId: row.id,
      data: {
        item: payload.item,
        stage: payload.stage,
        dueDate: decision.reminder.dueDate,
        recipient: decision.reminder.recipient,
        emails: recipients.length,
      },
      at: now,
    });
  });
};

const isItem = (value: unknown): value is ChecklistItem =>
  typeof value === 'string' && (CHECKLIST_ITEMS as readonly string[]).includes(value);

export const runChecklistReminderJob: JobHandler = (ctx, job) => {
  const { appointmentId, item, stage } = job.payload;
  if (typeof appointmentId !== 'string' || !isItem(item) || (stage !== 'upcoming' && stage !== 'overdue'))
    throw new Error('checklist reminder job without appointmentId, item or stage');
  return remindChecklistItem(ctx, { appointmentId, item, stage });
};
