/**
 * The two sectors the ministry asks committed and spent money to be reported by (seed 003, rendicontazione):
 * supplementary teaching (attività didattico-integrative: exercises in person and online, teaching labs) and
 * tutoring (attività di tutorato: information and orientation, international students, thesis support).
 */
export const ACTIVITY_KINDS = ['supplementary-teaching', 'tutoring'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The hours of one activity kind and their cost, gross to the student (lordo percipiente), in cents. */
export interface ActivityItem {
  kind: ActivityKind;
  hours: number;
  costCents: number;
}

/**
 * The essential elements of an appointment (seed 003: "durata, provvidenza erogata sotto forma di assegno, numero
 * di ore di attività"): once the letter is signed they change only by an amendment with a reason.
 */
export interface AppointmentTerms {
  /** Rome dates, YYYY-MM-DD, both inclusive. */
  startDate: string;
  endDate: string;
  /** One item per activity kind; a letter usually has one, one mixing both keeps them apart (seed 003). */
  items: ActivityItem[];
  /**
   * Hours of training before the activity. Where the profile counts training in the hours (activity.
   * trainingCountsInHours) they are part of the items' hours and paid; elsewhere they come on top, unpaid.
   */
  trainingHours: number;
}

/**
 * generated (the letter exists) -> signed (by the director, with a protocol number and date) -> acknowledged (the
 * tutor signs "per presa visione" in the application) -> active (the activity has started) <-> paused; any of these
 * -> ended (completed, withdrawn or forfeited).
 */
export const APPOINTMENT_STATUSES = [
  'generated',
  'signed',
  'acknowledged',
  'active',
  'paused',
  'ended',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export interface Protocol {
  number: string;
  /** Rome date of the protocol, YYYY-MM-DD. */
  date: string;
}

export interface Pause {
  /** Rome dates: the first day without activity, and the day it resumes (null while paused). */
  from: string;
  resumedOn: string | null;
  reason: string;
}

/**
 * How an appointment ends: completed, the tutor's written withdrawal (rinuncia), or a forfeiture (decadenza) on
 * graduation, leaving studies, transfer to another university, no start without reason, breach of duties (seed 001
 * art. 11, seed 002 art. 9, seed 004 art. 9).
 */
export const ENDING_KINDS = [
  'completed',
  'withdrawal',
  'graduation',
  'leaving-studies',
  'transfer',
  'no-start',
  'breach-of-duties',
] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export interface Ending {
  kind: EndingKind;
  /** Rome date the appointment ended. */
  date: string;
  hoursDone: number;
  /** Hours that go back to the position, to be offered to the next candidate or to other tutors. */
  hoursReturned: number;
  note: string;
}

/** Which essential element an amendment changed. */
export type EssentialElement = 'duration' | 'amount' | 'hours';

export interface Amendment {
  /** Rome date of the amendment. */
  date: string;
  reason: string;
  changed: EssentialElement[];
  before: AppointmentTerms;
  after: AppointmentTerms;
  /** The ended appointment whose returned hours this amendment added (seed 001 art. 8 c.4), when that is its cause. */
  returnedHoursFrom?: string;
}

export const CHECKLIST_ITEMS = [
  /** INPS Gestione Separata registration declared (seed 001 art. 10 c.3, seed 003, seed 004 art. 10). */
  'inps-registration',
  /** Safety training (D.Lgs. 81/2008; seed 002 art. 8 c.2, seed 003). */
  'safety-training',
  /** Code of ethics and code of conduct read (seed 002 art. 8 c.1 a, seed 003). */
  'code-of-ethics',
  /** The start sent to the region as a mandatory communication (seed 003, Regione Veneto). */
  'regional-communication',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/**
 * A checklist item done: the Rome date it was done and, for the regional communication, the protocol number the
 * region's system gave it (seed 003, comunicazione obbligatoria).
 */
export interface ChecklistRecord {
  on: string;
  protocolNumber?: string;
}

/** A tutor's appointment (incarico), from the letter to its end. */
export interface Appointment {
  id: string;
  /** The person appointed. */
  tutorId: string;
  callId: string;
  positionId: string;
  /** The docente referente named in the letter. */
  supervisorId: string;
  unitId: string;
  /** "2025/26", from the call. */
  academicYear: string;
  /** Part of a project of particular complexity (seed 003: up to 150 hours a year instead of 90). */
  complexProject: boolean;
  terms: AppointmentTerms;
  status: AppointmentStatus;
  protocol: Protocol | null;
  acknowledgedAt: Date | null;
  /** Rome date the activity started. */
  startedOn: string | null;
  /** Hours done so far, from the activity register. */
  hoursDone: number;
  pauses: Pause[];
  amendments: Amendment[];
  /** Each checklist item done, with its Rome date. */
  checklist: Partial<Record<ChecklistItem, ChecklistRecord>>;
  ending: Ending | null;
  /** Rome date of the payout order, once paid. */
  paidOn: string | null;
}
