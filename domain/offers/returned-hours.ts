import { contractedHours, grossCentsOf } from '../appointments/terms.ts';
import type { AppointmentTerms, Ending } from '../appointments/types.ts';

/**
 * The hours an appointment that ended early gives back to its position, and their gross amount pro rata of the
 * contract (rounded half up to the cent): what the office may offer to the next candidate of the ranking (seed 001
 * art. 8 c.4: "le ore non svolte ... possono essere attribuite"; seed 004 art. 1). Null when nothing came back.
 */
export const returnedHoursOf = (appointment: {
  terms: AppointmentTerms;
  ending: Ending | null;
}): { hours: number; amountCents: number } | null => {
  const hours = appointment.ending?.hoursReturned ?? 0;
  const contracted = contractedHours(appointment.terms);
  if (hours <= 0 || contracted <= 0) return null;
  return { hours, amountCents: Math.round((grossCentsOf(appointment.terms) * hours) / contracted) };
};
