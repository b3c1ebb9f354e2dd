import type { Appointment } from '../../../../../api/appointments.ts';
import { earnedCents } from '../../../../../domain/appointments/endings.ts';
import type {
  Appointment as DomainAppointment,
  EndingKind,
} from '../../../../../domain/appointments/types.ts';
import type { RegulationProfile } from '../../../../../domain/profiles/types.ts';

export interface EndingDraft {
  kind: EndingKind;
  date: string;
  hoursDone: number;
}

/** The hours that go back to the position: the contracted hours less those done (never negative). */
export const hoursReturned = (appointment: Appointment, hoursDone: number) =>
  Math.max(0, appointment.hours - hoursDone);

/**
 * The gross amount the ending would earn, by the domain's own rule (pro rata of the contract; a completed one in
 * full; nothing below the profile's minimum hours for an interrupted one), from the appointment as the server sent
 * it. The rule reads only the profile's payout.minimumHours, which the server sends in the appointment's rules.
 */
export const earnedPreview = (appointment: Appointment, draft: EndingDraft): number => {
  const ended: DomainAppointment = {
    id: appointment.id,
    tutorId: appointment.tutorId,
    callId: appointment.callId,
    positionId: appointment.positionId,
    supervisorId: appointment.supervisorId,
    unitId: appointment.unitId,
    academicYear: appointment.academicYear,
    complexProject: appointment.complexProject,
    terms: appointment.terms,
    status: 'ended',
    protocol: appointment.protocol,
    acknowledgedAt: appointment.acknowledgedAt ? new Date(appointment.acknowledgedAt) : null,
    startedOn: appointment.startedOn,
    hoursDone: draft.hoursDone,
    pauses: appointment.pauses,
    amendments: appointment.amendments,
    checklist: {},
    ending: {
      ...draft,
      hoursReturned: hoursReturned(appointment, draft.hoursDone),
      note: '',
    },
    paidOn: null,
  };
  const payout = { minimumHours: { value: appointment.rules?.payoutMinimumHours ?? null, source: '' } };
  return earnedCents(ended, { payout } as unknown as RegulationProfile);
};
