import { Temporal } from 'temporal-polyfill';
import { nextDate } from '../calendar/rome-time.ts';
import { isWorkingDay, type WorkingDaySettings } from '../calendar/working-days.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { type ChecklistOwner, checklistOf } from './checklist.ts';
import type { Appointment, ChecklistItem } from './types.ts';

/**
 * How many working days before a due date its owner is reminded. No seed sets it: three working days leave the
 * office time to fill in the region's form (seed 003) and the tutor time to register with INPS online.
 */
export const REMINDER_LEAD_WORKING_DAYS = 3;

/** A reminder before the due date, or once it has passed. */
export type ReminderStage = 'upcoming' | 'overdue';

/** One reminder of an open checklist item: whom, about what, and the Rome date it is sent (at 09:00 Rome). */
export interface ChecklistReminder {
  item: ChecklistItem;
  stage: ReminderStage;
  recipient: ChecklistOwner;
  dueDate: string;
  /** Rome date the reminder is due to be sent. */
  on: string;
}

/** The n-th working day before a Rome date, not counting the date itself. */
export const nthWorkingDayBefore = (date: string, n: number, settings: WorkingDaySettings): string => {
  let day = Temporal.PlainDate.from(date);
  let counted = 0;
  while (counted < n) {
    day = day.subtract({ days: 1 });
    if (isWorkingDay(day.toString(), settings)) counted += 1;
  }
  return day.toString();
};

/**
 * The reminders an appointment calls for as it stands: the tutor's INPS registration a few working days before
 * its deadline; the office's regional communication a few working days before the 20th of the month after the
 * protocol date and again the day after, when it is overdue (issue 5: "with reminders to the office"). Items
 * done, items without a due date yet (a letter not protocolled) and ended appointments call for none.
 */
export const checklistReminders = (
  appointment: Appointment,
  profile: RegulationProfile,
  settings: WorkingDaySettings,
): ChecklistReminder[] => {
  if (appointment.status === 'ended') return [];
  const reminders: ChecklistReminder[] = [];
  // `today` only decides pending or overdue, which the schedule does not read.
  for (const entry of checklistOf(appointment, profile, appointment.terms.startDate)) {
    if (entry.completedOn !== null || entry.dueDate === null) continue;
    const upcoming = nthWorkingDayBefore(entry.dueDate, REMINDER_LEAD_WORKING_DAYS, settings);
    const base = { item: entry.item, recipient: entry.owner, dueDate: entry.dueDate };
    if (entry.item === 'inps-registration') reminders.push({ ...base, stage: 'upcoming', on: upcoming });
    if (entry.item === 'regional-communication') {
      reminders.push({ ...base, stage: 'upcoming', on: upcoming });
      reminders.push({ ...base, stage: 'overdue', on: nextDate(entry.dueDate) });
    }
  }
  return reminders;
};

export type ReminderDecision =
  /** Send it now. */
  | { kind: 'send'; reminder: ChecklistReminder }
  /** Not yet: its date moved later (an amended start date); wait until then. */
  | { kind: 'wait'; until: string }
  /** Nothing to say: the item is done, no longer asked, or its moment passed (an early reminder after the due date). */
  | { kind: 'none' };

/**
 * What a reminder job for (item, stage) does on the Rome date `today`, given the appointment as it is now: the
 * job was scheduled when the letter was made or signed, and things may have changed since.
 */
export const decideReminder = (
  appointment: Appointment,
  profile: RegulationProfile,
  settings: WorkingDaySettings,
  wanted: { item: ChecklistItem; stage: ReminderStage },
  today: string,
): ReminderDecision => {
  const reminder = checklistReminders(appointment, profile, settings).find(
    (r) => r.item === wanted.item && r.stage === wanted.stage,
  );
  if (!reminder) return { kind: 'none' };
  if (today < reminder.on) return { kind: 'wait', until: reminder.on };
  if (reminder.stage === 'upcoming' && today > reminder.dueDate) return { kind: 'none' };
  return { kind: 'send', reminder };
};
