import type { Appointment } from '../../../../../api/appointments.ts';
import { earnedCentsOf } from '../../../../../domain/appointments/endings.ts';
import type { EndingKind } from '../../../../../domain/appointments/types.ts';

export interface EndingDraft {
  kind: EndingKind;
  date: string;
  hoursDone: number;
}

/** The hours that go back to the position: the contracted hours less those done (never negative). */
export const hoursReturned = (appointment: Appointment, hoursDone: number) =>
  Math.max(0, appointment.hours - hoursDone);

/**
 * The gross amount the ending would earn, by the domain's own rule (earnedCentsOf: the hours done pro rata, nothing
 * below the profile's minimum hours for one not completed), with the minimum the server sends in the view's rules.
 */
export const earnedPreview = (appointment: Appointment, draft: EndingDraft): number =>
  earnedCentsOf({
    terms: appointment.terms,
    hoursDone: draft.hoursDone,
    completed: draft.kind === 'completed',
    minimumHours: appointment.rules?.payoutMinimumHours ?? null,
  });
