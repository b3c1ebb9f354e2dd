import type { CappedAppointment } from '../caps/types.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { ok, type Result } from '../result.ts';
import type { AppointmentTransitionRefused } from './errors.ts';
import { refuse } from './lifecycle.ts';
import { remainingHours } from './pauses.ts';
import { contractedHours, grossCentsOf } from './terms.ts';
import type { Appointment, EndingKind } from './types.ts';

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

/**
 * The gross amount earned for the hours done, pro rata of the contract, rounded to the cent (half up). Bari pays
 * an interrupted appointment only from 30 hours (payout.minimumHours, seed 004 art. 10); a completed one is paid
 * in full.
 */
export const earnedCents = (appointment: Appointment, profile: RegulationProfile): number => {
  const hours = contractedHours(appointment.terms);
  const gross = grossCentsOf(appointment.terms);
  if (appointment.ending?.kind === 'completed' || hours === 0) return gross;
  const done = appointment.ending ? appointment.ending.hoursDone : appointment.hoursDone;
  const minimum = profile.payout.minimumHours.value;
  if (appointment.ending && minimum !== null && done < minimum) return 0;
  return Math.round((gross * done) / hours);
};

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
