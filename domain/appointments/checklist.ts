import { Temporal } from 'temporal-polyfill';
import type { RegulationProfile } from '../profiles/types.ts';
import type { Appointment, ChecklistItem } from './types.ts';

export type ChecklistOwner = 'tutor' | 'office';

/**
 * Who records each item. The tutor declares what only they can do (registering with INPS, reading the code of
 * ethics: seed 003 "Il Tutor ha l'onere di effettuare l'iscrizione alla gestione separata INPS"); the office records
 * what it organises or sends (the safety training course, the communication to the region).
 */
export const CHECKLIST_OWNERS: Record<ChecklistItem, ChecklistOwner> = {
  'inps-registration': 'tutor',
  'code-of-ethics': 'tutor',
  'safety-training': 'office',
  'regional-communication': 'office',
};

/**
 * done; pending (not yet due, or due with no date known); overdue (past its due date while the appointment runs);
 * not-done: left undone on an appointment that has ended. Nobody can do it any more, so it is no longer late:
 * every view shows it plainly and no reminder asks for it.
 */
export type ChecklistStatus = 'done' | 'pending' | 'overdue' | 'not-done';

/** One step before (or just after) the start, with who does it and by when; visible to the tutor and the office. */
export interface ChecklistEntry {
  item: ChecklistItem;
  owner: ChecklistOwner;
  /** Rome date it is due (inclusive), or null while it cannot be known or the regulation sets none. */
  dueDate: string | null;
  /** The activity cannot start while it is open. */
  blocksStart: boolean;
  completedOn: string | null;
  /** The protocol number the region gave the communication, once sent. */
  protocolNumber: string | null;
  status: ChecklistStatus;
}

const plusDays = (date: string, days: number) => Temporal.PlainDate.from(date).add({ days }).toString();

/**
 * The 20th of the month after a Rome date: the start of the activity is communicated to the region "entro il
 * giorno 20 del mese successivo alla sottoscrizione della nomina (data protocollo)" (seed 003). December's fall in
 * January of the next year. The date is a Rome calendar date: an instant must go through romeDate first, so a
 * letter protocolled at 00:30 on 1 February in Rome (23:30 UTC on 31 January) is due on 20 March.
 */
export const regionalCommunicationDue = (protocolDate: string): string =>
  Temporal.PlainDate.from(protocolDate)
    .toPlainYearMonth()
    .add({ months: 1 })
    .toPlainDate({ day: 20 })
    .toString();

/**
 * The checklist of an appointment on a Rome date `today`:
 * - INPS Gestione Separata registration declared by the tutor: by the start where the profile says before it
 *   (Ferrara, seed 001 art. 10 c.3; and our default), within 30 days of it at Bari (seed 004 art. 10). Only a
 *   registration due by the start blocks it.
 * - the code of ethics read (seed 002 art. 8 c.1 a, seed 003): by the start, blocking it.
 * - safety training (D.Lgs. 81/2008), recorded by the office that runs the course: by the start, not blocking it,
 *   since where it counts in the paid hours (seed 002 art. 8 c.2) it is done within the appointment.
 * - the regional mandatory communication, by the office, where the profile asks it (seed 003): by the 20th of the
 *   month after the protocol date, known once the letter is protocolled.
 */
export const checklistOf = (
  appointment: Appointment,
  profile: RegulationProfile,
  today: string,
): ChecklistEntry[] => {
  const start = appointment.terms.startDate;
  const inps = profile.activity.inpsRegistration.value;
  const entries: Array<Omit<ChecklistEntry, 'completedOn' | 'protocolNumber' | 'status'>> = [
    {
      item: 'inps-registration',
      owner: 'tutor',
      dueDate: inps === null ? null : plusDays(start, inps.daysAfterStart),
      blocksStart: inps !== null && inps.daysAfterStart === 0,
    },
    { item: 'code-of-ethics', owner: 'tutor', dueDate: start, blocksStart: true },
    { item: 'safety-training', owner: 'office', dueDate: start, blocksStart: false },
  ];
  if (profile.activity.regionalCommunication.value)
    entries.push({
      item: 'regional-communication',
      owner: 'office',
      dueDate: appointment.protocol ? regionalCommunicationDue(appointment.protocol.date) : null,
      blocksStart: false,
    });
  return entries.map((entry) => {
    const record = appointment.checklist[entry.item];
    const completedOn = record?.on ?? null;
    const status: ChecklistStatus =
      completedOn !== null
        ? 'done'
        : appointment.status === 'ended'
          ? 'not-done'
          : entry.dueDate !== null && today > entry.dueDate
            ? 'overdue'
            : 'pending';
    return { ...entry, completedOn, protocolNumber: record?.protocolNumber ?? null, status };
  });
};

/** The open items that block the start of the activity. */
export const itemsBlockingStart = (entries: readonly ChecklistEntry[]): ChecklistItem[] =>
  entries.filter((entry) => entry.blocksStart && entry.status !== 'done').map((entry) => entry.item);

/**
 * The open items to remind someone of on `today`: overdue ones, and those due within `leadDays` days. A job can
 * run this daily and mail the owner of each (the office for the regional communication). Items of an ended
 * appointment (not-done) call for none.
 */
export const dueReminders = (
  entries: readonly ChecklistEntry[],
  today: string,
  leadDays: number,
): ChecklistEntry[] => {
  const horizon = plusDays(today, leadDays);
  return entries.filter(
    (entry) =>
      (entry.status === 'pending' || entry.status === 'overdue') &&
      entry.dueDate !== null &&
      entry.dueDate <= horizon,
  );
};
