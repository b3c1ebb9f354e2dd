import { z } from 'zod';
import { UuidSchema } from './common.ts';
import { PayoutViewSchema } from './payouts.ts';

/** A Rome calendar date. */
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ActivityKindSchema = z.enum(['supplementary-teaching', 'tutoring']);
export const AppointmentStatusSchema = z.enum([
  'generated',
  'signed',
  'acknowledged',
  'active',
  'paused',
  'ended',
]);
export const EndingKindSchema = z.enum([
  'completed',
  'withdrawal',
  'graduation',
  'leaving-studies',
  'transfer',
  'no-start',
  'breach-of-duties',
]);
export const ChecklistItemSchema = z.enum([
  'inps-registration',
  'safety-training',
  'code-of-ethics',
  'regional-communication',
]);
export const IncompatibleSituationSchema = z.enum([
  'research-grant',
  'merit-scholarship',
  'post-graduate-research-scholarship',
  'part-time-collaboration',
  'disability-support-collaboration',
  'fee-exemption',
]);

export const ActivityItemSchema = z.object({
  kind: ActivityKindSchema,
  hours: z.number().int().min(0).max(10_000),
  costCents: z.number().int().min(0).max(100_000_000),
});

/** The essential elements of an appointment (duration, amount per activity kind, hours, training). */
export const AppointmentTermsSchema = z.object({
  startDate: DateSchema,
  endDate: DateSchema,
  items: z.array(ActivityItemSchema).min(1).max(2),
  trainingHours: z.number().int().min(0).max(10_000),
});
export type AppointmentTermsInput = z.infer<typeof AppointmentTermsSchema>;

/** The office makes the appointment of an accepted offer; every field left out comes from the call's position. */
export const CreateAppointmentSchema = z.object({
  supervisorId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  terms: AppointmentTermsSchema.partial().optional(),
  duties: z.string().trim().min(1).max(4000).optional(),
  complexProject: z.boolean().optional(),
  /** Benefits the student declares beyond those in the application (research grant...). */
  declaredSituations: z.array(IncompatibleSituationSchema).max(10).optional(),
  /** Go ahead despite the breaches the profile lets the office override, with this reason (audited). */
  overrideReason: z.string().trim().max(2000).optional(),
});
export type CreateAppointment = z.infer<typeof CreateAppointmentSchema>;

/** What the form starts from: the call's position, the call's responsible person and the profile. */
export const AppointmentDefaultsSchema = z.object({
  offerId: UuidSchema,
  tutorName: z.string(),
  callTitle: z.string(),
  activityType: z.string(),
  supervisorId: UuidSchema.nullable(),
  unitId: UuidSchema,
  terms: AppointmentTermsSchema,
  duties: z.string(),
  /** The appointment already made from this offer, if any. */
  appointmentId: UuidSchema.nullable(),
});
export type AppointmentDefaults = z.infer<typeof AppointmentDefaultsSchema>;

export const SignLetterSchema = z.object({
  protocolNumber: z.string().trim().min(1).max(100),
  protocolDate: DateSchema,
});
export const AmendAppointmentSchema = z.object({
  terms: AppointmentTermsSchema,
  reason: z.string().max(2000).default(''),
});
export const PauseAppointmentSchema = z.object({
  from: DateSchema,
  until: DateSchema.nullable().default(null),
  reason: z.string().trim().min(1).max(2000),
});
export const ResumeAppointmentSchema = z.object({ on: DateSchema });
/**
 * The tutor's written withdrawal (rinuncia, seed 001 art. 11, seed 002 art. 9, seed 004 art. 9): the last day of
 * activity (a Rome date, at most 30 days back, not before the start of activity; it may be in the future) and the
 * reason. It does not end the appointment: the office does, with the hours done the supervisor confirms.
 */
export const WithdrawalNoticeInputSchema = z.object({
  lastDay: DateSchema,
  reason: z.string().trim().min(1).max(2000),
});
export type WithdrawalNoticeInput = z.infer<typeof WithdrawalNoticeInputSchema>;
/** The tutor takes the notice back (the activity goes on), saying why if they wish. */
export const RetractWithdrawalSchema = z.object({ reason: z.string().max(2000).default('') });
export const WithdrawalNoticeSchema = z.object({
  lastDay: z.string(),
  reason: z.string(),
  notifiedAt: z.string(),
});
export const EndAppointmentSchema = z.object({
  kind: EndingKindSchema,
  date: DateSchema,
  hoursDone: z.number().int().min(0).max(10_000),
  note: z.string().max(2000).default(''),
});
/**
 * A checklist item done on a Rome date. The office records the safety training and the regional communication
 * (with the protocol number the region gave it); the tutor their INPS registration and the code of ethics.
 */
export const ChecklistDoneSchema = z.object({
  item: ChecklistItemSchema,
  on: DateSchema,
  protocolNumber: z.string().trim().max(100).optional(),
});
export type ChecklistDone = z.infer<typeof ChecklistDoneSchema>;
export const TutorChecklistDoneSchema = z.object({
  item: z.enum(['inps-registration', 'code-of-ethics']),
  on: DateSchema,
});
export type TutorChecklistDone = z.infer<typeof TutorChecklistDoneSchema>;

/** The letter in the tutor's language unless asked otherwise. */
export const LetterQuerySchema = z.object({ lang: z.enum(['it', 'en']).optional() });

export const ChecklistEntrySchema = z.object({
  item: ChecklistItemSchema,
  owner: z.enum(['tutor', 'office']),
  dueDate: z.string().nullable(),
  blocksStart: z.boolean(),
  status: z.enum(['done', 'pending', 'overdue', 'not-done']),
  completedOn: z.string().nullable(),
  protocolNumber: z.string().nullable(),
});

const TermsOutSchema = AppointmentTermsSchema;

/**
 * What the regulation profile allows this appointment, for the office's dialogs: the limit on all pauses together
 * and the days paused so far, the hours below which an interrupted appointment is not paid, and what a tutor who
 * graduates may do (domain/appointments/endings.ts graduationOutcome).
 */
export const AppointmentRulesSchema = z.object({
  maxPauseDays: z.number().int().nullable(),
  pauseDaysUsed: z.number().int(),
  payoutMinimumHours: z.number().int().nullable(),
  graduation: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('continues') }),
    z.object({
      kind: z.literal('may-continue'),
      remainingHours: z.number().int(),
      maxRemainingHours: z.number().int(),
    }),
    z.object({ kind: z.literal('forfeits'), remainingHours: z.number().int() }),
  ]),
});
export type AppointmentRules = z.infer<typeof AppointmentRulesSchema>;

/** One appointment with its letter's life, as the office and the tutor read it. */
export const AppointmentSchema = z.object({
  id: UuidSchema,
  offerId: UuidSchema,
  tutorId: UuidSchema,
  tutorName: z.string(),
  studentNumber: z.string().nullable(),
  fiscalCode: z.string().nullable(),
  email: z.string(),
  callId: UuidSchema,
  callTitle: z.string(),
  callCode: z.string(),
  positionId: UuidSchema,
  activityType: z.string(),
  supervisorId: UuidSchema,
  supervisorName: z.string(),
  unitId: UuidSchema,
  unitName: z.string(),
  academicYear: z.string(),
  complexProject: z.boolean(),
  status: AppointmentStatusSchema,
  terms: TermsOutSchema,
  hours: z.number().int(),
  grossCents: z.number().int(),
  duties: z.string(),
  protocol: z.object({ number: z.string(), date: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(),
  startedOn: z.string().nullable(),
  hoursDone: z.number().int(),
  pauses: z.array(z.object({ from: z.string(), resumedOn: z.string().nullable(), reason: z.string() })),
  amendments: z.array(
    z.object({
      date: z.string(),
      reason: z.string(),
      changed: z.array(z.enum(['duration', 'amount', 'hours'])),
      before: TermsOutSchema,
      after: TermsOutSchema,
      returnedHoursFrom: z.string().optional(),
    }),
  ),
  checklist: z.array(ChecklistEntrySchema),
  ending: z
    .object({
      kind: EndingKindSchema,
      date: z.string(),
      hoursDone: z.number().int(),
      hoursReturned: z.number().int(),
      note: z.string(),
    })
    .nullable(),
  capOverride: z.object({ reason: z.string(), caps: z.array(z.string()) }).nullable(),
  createdAt: z.string(),
  /**
   * Once ended: what is due, nothing due, or what was paid (the payout order's number and date); null before. Always
   * sent by the server.
   */
  payout: PayoutViewSchema.nullable().optional(),
  /** The profile's limits for the office's dialogs (always sent by the server). */
  rules: AppointmentRulesSchema.optional(),
  /** The tutor's withdrawal notice, if they sent one (always sent by the server, null when none). */
  withdrawalNotice: WithdrawalNoticeSchema.nullable().optional(),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const AwaitingOfferSchema = z.object({
  offerId: UuidSchema,
  tutorName: z.string(),
  callId: UuidSchema,
  callTitle: z.string(),
  activityType: z.string(),
  acceptedAt: z.string().nullable(),
});
export const AwaitingOfferListSchema = z.object({ items: z.array(AwaitingOfferSchema) });

export const AppointmentListSchema = z.object({ items: z.array(AppointmentSchema) });

export const AppointmentRegisterQuerySchema = z.object({
  callId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  status: AppointmentStatusSchema.optional(),
  /** The appointment's academic year as the register shows it: 2025/26. */
  academicYear: z
    .string()
    .regex(/^\d{4}\/\d{2}$/)
    .optional(),
  /** Words of the tutor's name, their student number or fiscal code; case and accents do not matter. */
  q: z.string().trim().max(100).optional(),
});
export type AppointmentRegisterQuery = z.infer<typeof AppointmentRegisterQuerySchema>;

/**
 * Returned hours given to another tutor of the same call (seed 001 art. 8 c.4): whose appointment, how many hours
 * (at most those left), the activity kind they are added to, and the reason with the referente's indication.
 */
export const AssignReturnedHoursSchema = z.object({
  targetAppointmentId: UuidSchema,
  hours: z.number().int().min(1).max(10_000),
  kind: ActivityKindSchema,
  reason: z.string().max(2000).default(''),
});
export type AssignReturnedHours = z.infer<typeof AssignReturnedHoursSchema>;

const HoursShareSchema = z.object({ hours: z.number().int(), amountCents: z.number().int() });

/** What an ended appointment gave back, what is left, and where the rest went: one offer, or parts to tutors. */
export const ReturnedHoursSchema = z.object({
  appointmentId: z.string(),
  returned: HoursShareSchema,
  left: HoursShareSchema,
  /** The latest offer of these hours to a candidate of the ranking; while pending or accepted nothing is assignable. */
  offer: z.object({ status: z.string(), candidateName: z.string(), offeredAt: z.string() }).nullable(),
  assignable: z.boolean(),
  assignments: z.array(
    z.object({
      id: z.string(),
      targetAppointmentId: z.string(),
      tutorName: z.string(),
      hours: z.number().int(),
      amountCents: z.number().int(),
      kind: ActivityKindSchema,
      reason: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** The call's appointments still running, which may take the hours. */
  targets: z.array(
    z.object({
      appointmentId: z.string(),
      tutorName: z.string(),
      status: AppointmentStatusSchema,
      activityType: z.string(),
      hours: z.number().int(),
      grossCents: z.number().int(),
      kinds: z.array(ActivityKindSchema),
    }),
  ),
});
export type ReturnedHours = z.infer<typeof ReturnedHoursSchema>;
