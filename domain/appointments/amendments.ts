import type { RegulationProfile } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import type { AppointmentError } from './errors.ts';
import { refuse } from './lifecycle.ts';
import { contractedHours, hoursByKind, validateTerms } from './terms.ts';
import { ACTIVITY_KINDS, type Appointment, type AppointmentTerms, type EssentialElement } from './types.ts';

/** Which essential elements differ between two versions of the terms. */
export const changedElements = (before: AppointmentTerms, after: AppointmentTerms): EssentialElement[] => {
  const changed: EssentialElement[] = [];
  const a = hoursByKind(before);
  const b = hoursByKind(after);
  if (before.startDate !== after.startDate || before.endDate !== after.endDate) changed.push('duration');
  if (ACTIVITY_KINDS.some((kind) => a[kind].costCents !== b[kind].costCents)) changed.push('amount');
  if (
    ACTIVITY_KINDS.some((kind) => a[kind].hours !== b[kind].hours) ||
    before.trainingHours !== after.trainingHours
  )
    changed.push('hours');
  return changed;
};

/**
 * Changes the terms of an appointment. Before the letter is signed the office simply corrects it (the letter is
 * generated again). Once signed, the essential elements (duration, amount, hours) change only "in casi eccezionali
 * e per ragioni sopravvenute, debitamente motivate" (seed 003): the reason is required and the amendment is kept
 * with the terms before and after. Never below the hours already done, never once ended. The caps are checked again
 * by the caller on the new terms (the amendment may extend an appointment, seed 004 art. 1).
 */
export const amendAppointment = (
  appointment: Appointment,
  change: { terms: AppointmentTerms; reason: string; date: string; returnedHoursFrom?: string | undefined },
  profile: RegulationProfile,
): Result<Appointment, AppointmentError> => {
  if (appointment.status === 'ended') return refuse(appointment, 'amend', 'wrong-status');
  const changed = changedElements(appointment.terms, change.terms);
  if (changed.length === 0) return refuse(appointment, 'amend', 'nothing-changed');
  const valid = validateTerms(change.terms, profile);
  if (!valid.ok) return valid;
  if (contractedHours(change.terms) < appointment.hoursDone)
    return refuse(appointment, 'amend', 'below-hours-done');
  if (appointment.status === 'generated') return ok({ ...appointment, terms: change.terms });
  const reason = change.reason.trim();
  if (reason === '') return fail({ kind: 'amendment-reason-required' });
  return ok({
    ...appointment,
    terms: change.terms,
    amendments: [
      ...appointment.amendments,
      {
        date: change.date,
        reason,
        changed,
        before: appointment.terms,
        after: change.terms,
        ...(change.returnedHoursFrom ? { returnedHoursFrom: change.returnedHoursFrom } : {}),
      },
    ],
  });
};
