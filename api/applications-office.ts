import { z } from 'zod';
import { AttachmentSchema, DeclaredTitlesSchema, LabelSchema } from './applications.ts';
import { PageQuerySchema, pageOf, UuidSchema } from './common.ts';

/**
 * The office's read-only view of a call's applications (issue 3). Drafts are the student's own until confirmed:
 * the office sees only how many there are. A list row is an application that was confirmed, withdrawn or not.
 */
export const SubmittedStatusSchema = z.enum(['confirmed', 'withdrawn']);

export const CallApplicationsSummarySchema = z.object({
  callId: UuidSchema,
  /** The server's clock when the figures were taken. */
  asOf: z.string(),
  counts: z.object({
    draft: z.number().int(),
    confirmed: z.number().int(),
    /** Withdrawn after confirmation (a draft the student dropped never reached the office). */
    withdrawn: z.number().int(),
  }),
  positions: z.array(
    z.object({
      positionId: UuidSchema,
      ordinal: z.number().int(),
      activityType: z.string(),
      unitId: UuidSchema,
      unitName: z.string(),
      grants: z.number().int(),
      /** Confirmed applications that chose the position, at any preference. */
      confirmed: z.number().int(),
      /** Of those, the ones that chose it first. */
      firstChoice: z.number().int(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: UuidSchema,
      unitName: z.string(),
      grants: z.number().int(),
      /** Confirmed applications choosing at least one position of the unit. */
      confirmed: z.number().int(),
    }),
  ),
  /** Confirmed applications by the Rome calendar day they were confirmed on. */
  perDay: z.array(z.object({ date: z.string(), confirmed: z.number().int() })),
});
export type CallApplicationsSummary = z.infer<typeof CallApplicationsSummarySchema>;

export const CallApplicationsFilterSchema = z.object({
  status: SubmittedStatusSchema.optional(),
  positionId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  /** Words matched against given and family name, the start of the student number, the protocol number. */
  q: z.string().trim().max(100).optional(),
  /** By confirmation time: newest first by default. */
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CallApplicationsFilter = z.infer<typeof CallApplicationsFilterSchema>;

export const CallApplicationsQuerySchema = PageQuerySchema.extend(CallApplicationsFilterSchema.shape);

export const ChosenPositionSchema = z.object({
  positionId: UuidSchema,
  preference: z.number().int(),
  ordinal: z.number().int(),
  activityType: z.string(),
  unitName: z.string(),
});

/** One application in the office's list: never special-category data (disability, DSA). */
export const CallApplicationRowSchema = z.object({
  id: UuidSchema,
  protocolNumber: z.string().nullable(),
  status: SubmittedStatusSchema,
  confirmedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  studentId: UuidSchema,
  givenName: z.string(),
  familyName: z.string(),
  studentNumber: z.string().nullable(),
  programmeType: z.string().nullable(),
  programmeName: z.string().nullable(),
  yearOfCourse: z.number().int().nullable(),
  /** In the candidate's order of preference. */
  positions: z.array(ChosenPositionSchema),
  attachmentCount: z.number().int(),
});
export type CallApplicationRow = z.infer<typeof CallApplicationRowSchema>;

export const CallApplicationsPageSchema = pageOf(CallApplicationRowSchema);

export const CallApplicationParamsSchema = z.object({ id: UuidSchema, applicationId: UuidSchema });
export const CallApplicationAttachmentParamsSchema = CallApplicationParamsSchema.extend({
  attachmentId: UuidSchema,
});

/** One confirmed application as the office reads it: what the candidate declared and attached. */
export const OfficeApplicationSchema = CallApplicationRowSchema.extend({
  callId: UuidSchema,
  callCode: z.string(),
  callTitle: z.string(),
  callVersion: z.number().int().nullable(),
  contactEmail: z.string().nullable(),
  declaredTitles: DeclaredTitlesSchema,
  /** The labels of the criteria the titles are declared for (every rubric of the call). */
  titleCriteria: z.array(z.object({ id: z.string(), label: LabelSchema })),
  attachments: z.array(AttachmentSchema),
});
export type OfficeApplication = z.infer<typeof OfficeApplicationSchema>;
