import type { RegulationProfile } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import { CHECKLIST_OWNERS, type ChecklistOwner, checklistOf, itemsBlockingStart } from './checklist.ts';
import type {
  AppointmentAction,
  AppointmentError,
  AppointmentRefusalReason,
  AppointmentTransitionRefused,
} from './errors.ts';
import { validateTerms } from './terms.ts';
import type { Appointment, AppointmentTerms, ChecklistItem, ChecklistRecord } from './types.ts';

export const refuse = (
  appointment: Appointment,
  action: AppointmentAction,
  reason: AppointmentRefusalReason,
  items: ChecklistItem[] = [],
): Result<never, AppointmentTransitionRefused> =>
  fail({ kind: 'appointment-transition-refused', status: appointment.status, action, reason, items });

/** What an accepted offer turns into: everything but the letter's later life. */
export type AppointmentDraft = Pick<
  Appointment,
  'id' | 'tutorId' | 'callId' | 'positionId' | 'supervisorId' | 'unitId' | 'academicYear' | 'complexProject'
> & { terms: AppointmentTerms };

/**
 * A new appointment with its letter generated, from an accepted offer. The caps are checked before this, on the
 * same terms (domain/caps, with `capViewOf`).
 */
export const generateAppointment = (
  draft: AppointmentDraft,
  profile: RegulationProfile,
): Result<Appointment, AppointmentError> => {
  const valid = validateTerms(draft.terms, profile);
  if (!valid.ok) return valid;
  return ok({
    ...draft,
    status: 'generated',
    protocol: null,
    acknowledgedAt: null,
    startedOn: null,
    hoursDone: 0,
    pauses: [],
    amendments: [],
    checklist: {},
    ending: null,
    paidOn: null,
  });
};

/** The steps of the letter, each with what it needs. `today` is the Rome date of the server's clock. */
export type LetterEvent =
  /** The director signs; the office records the protocol number and date (seed 003). */
  | { type: 'sign'; protocolNumber: string; protocolDate: string; today: string }
  /** The tutor acknowledges the signed letter in the application ("firma per presa visione", seed 003). */
  | { type: 'acknowledge'; personId: string; at: Date }
  /** The activity starts, on or after the letter's start date, once the blocking checklist items are done. */
  | { type: 'activate'; today: string };

/**
 * generated -> signed -> acknowledged -> active. Each step only from the one before; anything else is refused with
 * the reason, and the appointment is returned unchanged otherwise (a new object when it moves).
 */
export const advanceLetter = (
  appointment: Appointment,
  event: LetterEvent,
  profile: RegulationProfile,
): Result<Appointment, AppointmentTransitionRefused> => {
  switch (event.type) {
    case 'sign': {
      if (appointment.status !== 'generated') return refuse(appointment, 'sign', 'wrong-status');
      const number = event.protocolNumber.trim();
      if (number === '') return refuse(appointment, 'sign', 'protocol-missing');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(event.protocolDate) || event.protocolDate > event.today)
        return refuse(appointment, 'sign', 'protocol-date-invalid');
      return ok({ ...appointment, status: 'signed', protocol: { number, date: event.protocolDate } });
    }
    case 'acknowledge': {
      if (appointment.status !== 'signed') return refuse(appointment, 'acknowledge', 'wrong-status');
      if (event.personId !== appointment.tutorId) return refuse(appointment, 'acknowledge', 'not-the-tutor');
      return ok({ ...appointment, status: 'acknowledged', acknowledgedAt: event.at });
    }
    case 'activate': {
      if (appointment.status !== 'acknowledged') return refuse(appointment, 'activate', 'wrong-status');
      if (event.today < appointment.terms.startDate) return refuse(appointment, 'activate', 'before-start');
      const open = itemsBlockingStart(checklistOf(appointment, profile, event.today));
      if (open.length > 0) return refuse(appointment, 'activate', 'checklist-incomplete', open);
      return ok({ ...appointment, status: 'active', startedOn: event.today });
    }
  }
};

/**
 * Records a checklist item done on a Rome date, by its owner (CHECKLIST_OWNERS: the tutor declares the INPS
 * registration and the code of ethics, the office the safety training and the regional communication). Again: the
 * later record wins, nothing else changes. The regional communication is of a letter that exists (signed and
 * protocolled), is sent on or after its protocol date, and carries the protocol number the region gave it.
 */
export const completeChecklistItem = (
  appointment: Appointment,
  item: ChecklistItem,
  record: ChecklistRecord,
  by: ChecklistOwner,
): Result<Appointment, AppointmentTransitionRefused> => {
  if (appointment.status === 'ended') return refuse(appointment, 'complete-checklist', 'wrong-status');
  if (CHECKLIST_OWNERS[item] !== by) return refuse(appointment, 'complete-checklist', 'not-the-owner');
  let stored: ChecklistRecord = { on: record.on };
  if (item === 'regional-communication') {
    if (appointment.protocol === null) return refuse(appointment, 'complete-checklist', 'protocol-missing');
    if (record.on < appointment.protocol.date)
      return refuse(appointment, 'complete-checklist', 'date-invalid');
    const protocolNumber = record.protocolNumber?.trim() ?? '';
    if (protocolNumber === '')
      return refuse(appointment, 'complete-checklist', 'communication-protocol-missing');
    stored = { on: record.on, protocolNumber };
  }
  return ok({ ...appointment, checklist: { ...appointment.checklist, [item]: stored } });
};
