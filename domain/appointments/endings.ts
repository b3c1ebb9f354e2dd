import type { CappedAppointment } from '../caps/types.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { ok, type Result } from '../result.ts';
import type { AppointmentTransitionRefused } from './errors.ts';
import { refuse } from './lifecycle.ts';
import { remainingHours } from './pauses.ts';
import { contractedHours, grossCentsOf } from './terms.ts';
import type { Appointment, AppointmentTerms, EndingKind } from './types.ts';

/** What the profile lets a tutor who graduates during the appointment do. */
export type GraduationOutcome =
  /** Ca' Foscari: "ha diritto di continuare l'attività ... fino al termine della stessa" (seed 003). */
  | { kind: 'continues' }
  /** Bari: the university may let them finish when at most 50 hours are left (seed 004 art. 9): the office decides. */
  | { kind: 'may-continue'; remainingHours: number; maxRemainingHours: number }
  /** Everywhere else, and at Bari with more hours left: the appointment is forfeited. */
  | { kind: 'forfeits'; remainingHours: number };

export const graduationOutcome = (
  appointment: Appointment,
  profile: RegulationProfile,
): GraduationOutcome => {
  const rule = profile.activity.continuationAfterGraduation.value;
  const left = remainingHours(appointment);
  if (rule === 'always') return { kind: 'continues' };
  if (rule !== 'never' && left <= rule.maxRemainingHours)
    return { kind: 'may-continue', remainingHours: left, maxRemainingHours: rule.maxRemainingHours };
  return { kind: 'forfeits', remainingHours: left };
};

/**
 * Ends an appointment on a Rome date with the hours done by then. The hours not done go back to the position, to be
 * offered to the next candidate or to other tutors (seed 001 art. 8 c.4, seed 004 art. 1); the hours done are paid
 * in every case (seed 001 art. 11 c.5), subject to the payout rules. Refused: "no start" once hours were done,
 * forfeiture on graduation where the profile lets the tutor finish, hours beyond the contract, a date before the
 * start of the activity. Before it starts an appointment can only be withdrawn, forfeited or ended by no start.
 */
export const endAppointment = (
  appointment: Appointment,
  end: { kind: EndingKind; date: string; hoursDone: number; note: string },
  profile: RegulationProfile,
): Result<Appointment, AppointmentTransitionRefused> => {
  if (appointment.status === 'ended') return refuse(appointment, 'end', 'wrong-status');
  const started = appointment.status === 'active' || appointment.status === 'paused';
  const hours = contractedHours(appointment.terms);
  if (!Number.isInteger(end.hoursDone) || end.hoursDone < 0 || end.hoursDone > hours)
    return refuse(appointment, 'end', 'hours-invalid');
  if (end.kind === 'completed' && !started) return refuse(appointment, 'end', 'wrong-status');
  if (!started && end.hoursDone > 0) return refuse(appointment, 'end', 'hours-invalid');
  if (end.kind === 'no-start' && end.hoursDone > 0) return refuse(appointment, 'end', 'already-started');
  if (end.kind === 'graduation' && profile.activity.continuationAfterGraduation.value === 'always')
    return refuse(appointment, 'end', 'continuation-allowed');
  if (started && end.date < (appointment.startedOn ?? appointment.terms.startDate))
    return refuse(appointment, 'end', 'date-invalid');
  const pauses = appointment.pauses.map((p) => (p.resumedOn === null ? { ...p, resumedOn: end.date } : p));
  return ok({
    ...appointment,
    status: 'ended',
    hoursDone: end.hoursDone,
    pauses,
    ending: {
      kind: end.kind,
      date: end.date,
      hoursDone: end.hoursDone,
      hoursReturned: hours - end.hoursDone,
      note: end.note.trim(),
    },
  });
};

/** What the amount earned depends on: the terms, the hours done, whether the tutor saw it through, the minimum. */
export interface EarningFacts {
  terms: AppointmentTerms;
  hoursDone: number;
  /** Ended as completed: the tutor saw the appointment through, whatever the hours. */
  completed: boolean;
  /** The profile's payout.minimumHours: fewest hours an interrupted appointment must have done to be paid. */
  minimumHours: number | null;
}

/**
 * The gross amount earned: the hours actually done, pro rata of the contract, even when fewer than contracted (seed
 * 001 art. 10 c.4: "in base alle ore effettivamente svolte, anche se sono inferiori"), never more than the contract,
 * rounded to the cent. A tutor who could not see it through is paid at Bari only from 30 hours (payout.minimumHours,
 * seed 004 art. 10: "ove gli studenti non possano portare a compimento l'incarico ... non potrà essere inferiore a 30
 * ore"); the minimum does not apply to a completed appointment.
 */
export const earnedCentsOf = (facts: EarningFacts): number => {
  const hours = contractedHours(facts.terms);
  const gross = grossCentsOf(facts.terms);
  if (hours === 0) return gross;
  const done = Math.min(Math.max(facts.hoursDone, 0), hours);
  if (!facts.completed && facts.minimumHours !== null && done < facts.minimumHours) return 0;
  return Math.round((gross * done) / hours);
};

/** What an appointment has earned so far, or on its ending, under its profile (earnedCentsOf). */
export const earnedCents = (appointment: Appointment, profile: RegulationProfile): number =>
  earnedCentsOf({
    terms: appointment.terms,
    hoursDone: appointment.ending ? appointment.ending.hoursDone : appointment.hoursDone,
    completed: appointment.ending?.kind === 'completed',
    // Only an ending makes the minimum bite: a running appointment is on its way to it.
    minimumHours: appointment.ending ? profile.payout.minimumHours.value : null,
  });

/**
 * An appointment as the caps count it: while it runs, its whole contract; once ended, what it committed (the hours
 * done and what they earn).
 */
export const capViewOf = (appointment: Appointment, profile: RegulationProfile): CappedAppointment => {
  const ended = appointment.status === 'ended';
  return {
    id: appointment.id,
    callId: appointment.callId,
    academicYear: appointment.academicYear,
    hours: ended ? appointment.hoursDone : contractedHours(appointment.terms),
    grossCents: ended ? earnedCents(appointment, profile) : grossCentsOf(appointment.terms),
    startDate: appointment.terms.startDate,
    endDate: ended && appointment.ending ? appointment.ending.date : appointment.terms.endDate,
    paidOn: appointment.paidOn,
    live: !ended,
    complexProject: appointment.complexProject,
  };
};
