import type { ActivityKind, Appointment, AppointmentTerms } from '../appointments/types.ts';
import { fail, ok, type Result } from '../result.ts';
import { returnedHoursOf } from './returned-hours.ts';

/** Hours and their gross amount, in cents: what an ended appointment gave back, or a part of it. */
export interface HoursShare {
  hours: number;
  amountCents: number;
}

export type ReturnedHoursAssignmentProblem =
  /** The source appointment has not ended, or ended with no hours to give back. */
  | 'none-returned'
  /** An offer of these hours to the next candidate is pending or was accepted: they are that candidate's. */
  | 'offered'
  /** Every returned hour is already given to other tutors. */
  | 'none-left'
  /** More hours than are left. */
  | 'too-many-hours'
  /** Not a whole positive number of hours. */
  | 'hours-invalid'
  /** An appointment does not take its own returned hours. */
  | 'same-appointment'
  /** Only a tutor of the same call: its funding paid for the hours. */
  | 'other-call'
  /** An ended appointment takes no more hours. */
  | 'target-ended';

export interface ReturnedHoursAssignmentRefused {
  kind: 'returned-hours-assignment-refused';
  problem: ReturnedHoursAssignmentProblem;
  /** What was left to give when refused (for the message). */
  left: HoursShare;
}

/** What is left of the returned hours once the parts given to other tutors are taken away. */
export const returnedHoursLeft = (returned: HoursShare, given: readonly HoursShare[]): HoursShare =>
  given.reduce(
    (left, share) => ({ hours: left.hours - share.hours, amountCents: left.amountCents - share.amountCents }),
    returned,
  );

/**
 * A part of what is left, its amount pro rata (rounded half up); the last hours take every remaining cent, so the
 * parts always add up to the amount the ended appointment gave back.
 */
export const shareOf = (left: HoursShare, hours: number): HoursShare =>
  hours >= left.hours ? left : { hours, amountCents: Math.round((left.amountCents * hours) / left.hours) };

/** The terms with `share` added to the item of `kind` (a new item when the appointment had none of that kind). */
export const withExtraHours = (
  terms: AppointmentTerms,
  kind: ActivityKind,
  share: HoursShare,
): AppointmentTerms => {
  const present = terms.items.some((item) => item.kind === kind);
  return {
    ...terms,
    items: present
      ? terms.items.map((item) =>
          item.kind === kind
            ? { ...item, hours: item.hours + share.hours, costCents: item.costCents + share.amountCents }
            : item,
        )
      : [...terms.items, { kind, hours: share.hours, costCents: share.amountCents }],
  };
};

/**
 * The office gives `hours` of what an ended appointment returned to another tutor of the same call (seed 001 art. 8
 * c.4: "le ore di tutorato che non sono svolte dai tutor possono essere assegnate ad altri tutor, su indicazione del
 * referente"). Returned hours go either to the next candidate of the ranking, whole, by an offer, or in parts to
 * tutors already appointed: while an offer of them is pending or accepted they are that candidate's. The result is
 * the part given and the target's new terms; the caller amends the target's appointment with them (reason, caps).
 */
export const planReturnedHoursAssignment = (input: {
  source: Pick<Appointment, 'id' | 'callId' | 'status' | 'terms' | 'ending'>;
  given: readonly HoursShare[];
  offerOpen: boolean;
  target: Pick<Appointment, 'id' | 'callId' | 'status' | 'terms'>;
  hours: number;
  kind: ActivityKind;
}): Result<{ share: HoursShare; terms: AppointmentTerms }, ReturnedHoursAssignmentRefused> => {
  const returned = input.source.status === 'ended' ? returnedHoursOf(input.source) : null;
  const left = returned ? returnedHoursLeft(returned, input.given) : { hours: 0, amountCents: 0 };
  const refuse = (problem: ReturnedHoursAssignmentProblem) =>
    fail<ReturnedHoursAssignmentRefused>({ kind: 'returned-hours-assignment-refused', problem, left });
  if (!returned) return refuse('none-returned');
  if (input.offerOpen) return refuse('offered');
  if (left.hours <= 0) return refuse('none-left');
  if (input.target.id === input.source.id) return refuse('same-appointment');
  if (input.target.callId !== input.source.callId) return refuse('other-call');
  if (input.target.status === 'ended') return refuse('target-ended');
  if (!Number.isInteger(input.hours) || input.hours <= 0) return refuse('hours-invalid');
  if (input.hours > left.hours) return refuse('too-many-hours');
  const share = shareOf(left, input.hours);
  return ok({ share, terms: withExtraHours(input.target.terms, input.kind, share) });
};
