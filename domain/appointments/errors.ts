import type { AppointmentStatus, ChecklistItem } from './types.ts';

export type AppointmentAction =
  | 'sign'
  | 'acknowledge'
  | 'activate'
  | 'amend'
  | 'pause'
  | 'resume'
  | 'end'
  | 'complete-checklist'
  | 'notify-withdrawal'
  | 'retract-withdrawal';

export type AppointmentRefusalReason =
  /** The action does not apply in this status (signing twice, pausing an appointment not started...). */
  | 'wrong-status'
  | 'protocol-missing'
  /** A protocol date in the future, or before the letter could exist. */
  | 'protocol-date-invalid'
  /** Only the appointed tutor acknowledges their own letter. */
  | 'not-the-tutor'
  /** A checklist item is recorded by its owner: the tutor's by the tutor, the office's by the office. */
  | 'not-the-owner'
  /** The regional communication is recorded with the protocol number the region gave it. */
  | 'communication-protocol-missing'
  /** The activity cannot start before the letter's start date. */
  | 'before-start'
  /** Items the tutor must complete before starting are still open. */
  | 'checklist-incomplete'
  /** An amendment must change something. */
  | 'nothing-changed'
  /** Hours cannot fall below those already done. */
  | 'below-hours-done'
  /** Hours done that are not a whole number within the contract, or done before the activity started. */
  | 'hours-invalid'
  /** The profile lets a graduating tutor finish (Ca' Foscari): graduation is no ground for forfeiture. */
  | 'continuation-allowed'
  /** "No start" is for an appointment with no hour done. */
  | 'already-started'
  /** A date before the event it follows (resuming before the pause, ending before the start...). */
  | 'date-invalid'
  /** The tutor already sent their withdrawal notice: one notice, the office's ending closes it. */
  | 'withdrawal-already-notified'
  /** There is no withdrawal notice to take back. */
  | 'withdrawal-not-notified';

/** A step of an appointment's life refused; `items` names the open checklist items, when that is the reason. */
export interface AppointmentTransitionRefused {
  kind: 'appointment-transition-refused';
  status: AppointmentStatus;
  action: AppointmentAction;
  reason: AppointmentRefusalReason;
  items: ChecklistItem[];
}

/** Essential elements of a signed letter change only with a reason (seed 003). */
export interface AmendmentReasonRequired {
  kind: 'amendment-reason-required';
}

/** A pause longer than the profile allows (activity.maxPauseDays; Bari 30, seed 004 art. 10). */
export interface PauseTooLong {
  kind: 'pause-too-long';
  maxDays: number;
  days: number;
}

export type TermsProblem =
  | 'no-activity'
  | 'duplicate-kind'
  | 'hours-not-positive'
  | 'cost-not-valid'
  | 'dates-invalid'
  | 'training-not-valid'
  | 'training-above-hours'
  | 'safety-training-missing';

/** The terms of an appointment do not hold together; every problem at once. */
export interface InvalidAppointmentTerms {
  kind: 'invalid-appointment-terms';
  problems: TermsProblem[];
}

export type AppointmentError =
  | AppointmentTransitionRefused
  | AmendmentReasonRequired
  | PauseTooLong
  | InvalidAppointmentTerms;
