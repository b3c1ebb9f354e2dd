import type { CapBreach, CappedAppointment } from '../caps/types.ts';

/**
 * What the caps say about accepting an offer (decision 013). The appointment that follows an acceptance is checked
 * again, under the student's lock, when the office makes it (decision 010); here the candidate, and the office on its
 * offers page, learn beforehand. A breach the office could never override (the law's caps, incompatibilities, staff,
 * grants not cumulative) blocks the acceptance: accepting would hold a grant that can never become an appointment,
 * and keep it from the next candidate. A breach the profile lets the office override (by default only the per-contract
 * minimum, typical of returned hours) is a warning: the candidate may accept, and the office decides with a reason.
 */
export type AcceptanceCaps =
  | { verdict: 'clear'; breaches: [] }
  | { verdict: 'warn'; breaches: CapBreach[] }
  | { verdict: 'block'; breaches: CapBreach[] };

export const capsAtAcceptance = (breaches: readonly CapBreach[]): AcceptanceCaps => {
  if (breaches.length === 0) return { verdict: 'clear', breaches: [] };
  if (breaches.every((b) => b.overridable)) return { verdict: 'warn', breaches: [...breaches] };
  return { verdict: 'block', breaches: [...breaches] };
};

/**
 * The appointment an offer would become, as the caps count it: the offered hours and gross amount, from the day of
 * the acceptance (or the activity's start, if later) to the end of the call's activities.
 */
export const offerCapView = (offer: {
  offerId: string;
  callId: string;
  academicYear: string;
  hours: number;
  grossCents: number;
  today: string;
  activitiesStartDate: string | null;
  activitiesEndDate: string;
}): CappedAppointment => {
  const from =
    offer.activitiesStartDate && offer.activitiesStartDate > offer.today
      ? offer.activitiesStartDate
      : offer.today;
  return {
    id: `offer:${offer.offerId}`,
    callId: offer.callId,
    academicYear: offer.academicYear,
    hours: offer.hours,
    grossCents: offer.grossCents,
    // Rome dates compare as strings: the earlier of the two.
    startDate: [from, offer.activitiesEndDate].sort()[0] as string,
    endDate: offer.activitiesEndDate,
    paidOn: null,
    live: true,
    complexProject: false,
  };
};
