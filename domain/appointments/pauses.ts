import { Temporal } from 'temporal-polyfill';
import type { RegulationProfile } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import type { AppointmentError } from './errors.ts';
import { refuse } from './lifecycle.ts';
import { contractedHours } from './terms.ts';
import type { Appointment, Pause } from './types.ts';

const daysBetween = (from: string, to: string) =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;

/** Calendar days without activity in a pause: from its first day to the day before it resumes. */
export const pauseDays = (pause: Pause, today: string): number =>
  daysBetween(pause.from, pause.resumedOn ?? today);

/** Days paused so far across all the appointment's pauses. */
export const totalPauseDays = (appointment: Appointment, today: string): number =>
  appointment.pauses.reduce((total, pause) => total + pauseDays(pause, today), 0);

/**
 * Bari allows "interrompere l'attività di tutorato per un periodo non superiore a 30 giorni" (seed 004 art. 10): one
 * period, so we count every pause of the appointment together against activity.maxPauseDays. A pause planned with
 * its end (`until`, the day activity resumes) is refused at once when too long; one without is checked on resuming.
 */
const checkPauseLength = (
  appointment: Appointment,
  extraDays: number,
  profile: RegulationProfile,
  today: string,
): Result<true, AppointmentError> => {
  const maxDays = profile.activity.maxPauseDays.value;
  if (maxDays === null) return ok(true);
  const closed = appointment.pauses
    .filter((p) => p.resumedOn !== null)
    .reduce((t, p) => t + pauseDays(p, today), 0);
  const days = closed + extraDays;
  return days > maxDays ? fail({ kind: 'pause-too-long', maxDays, days }) : ok(true);
};

/** Pauses an active appointment from a Rome date (the first day without activity). */
export const pauseAppointment = (
  appointment: Appointment,
  pause: { from: string; until: string | null; reason: string },
  profile: RegulationProfile,
  today: string,
): Result<Appointment, AppointmentError> => {
  if (appointment.status !== 'active') return refuse(appointment, 'pause', 'wrong-status');
  if (
    pause.from < (appointment.startedOn ?? appointment.terms.startDate) ||
    pause.from > appointment.terms.endDate
  )
    return refuse(appointment, 'pause', 'date-invalid');
  if (pause.until !== null) {
    if (pause.until <= pause.from) return refuse(appointment, 'pause', 'date-invalid');
    const fits = checkPauseLength(appointment, daysBetween(pause.from, pause.until), profile, today);
    if (!fits.ok) return fits;
  }
  return ok({
    ...appointment,
    status: 'paused',
    pauses: [...appointment.pauses, { from: pause.from, resumedOn: null, reason: pause.reason.trim() }],
  });
};

/** Resumes a paused appointment on a Rome date; refused, and left paused, when the pause ran too long. */
export const resumeAppointment = (
  appointment: Appointment,
  on: string,
  profile: RegulationProfile,
  today: string,
): Result<Appointment, AppointmentError> => {
  const open = appointment.pauses.at(-1);
  if (appointment.status !== 'paused' || !open || open.resumedOn !== null)
    return refuse(appointment, 'resume', 'wrong-status');
  if (on <= open.from) return refuse(appointment, 'resume', 'date-invalid');
  const fits = checkPauseLength(appointment, daysBetween(open.from, on), profile, today);
  if (!fits.ok) return fits;
  return ok({
    ...appointment,
    status: 'active',
    pauses: [...appointment.pauses.slice(0, -1), { ...open, resumedOn: on }],
  });
};

/** Hours still to do: the contracted hours less those done (never negative). */
export const remainingHours = (appointment: Appointment): number =>
  Math.max(0, contractedHours(appointment.terms) - appointment.hoursDone);
