import { z } from 'zod';
import { UuidSchema } from './common.ts';
import { RegulationProfileSchema } from './profiles.ts';

const ProgrammeTypeSchema = z.enum(['L', 'LM', 'LMCU', 'PHD', 'SPEC']);
const RomeDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const RomeTimeSchema = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, 'HH:MM');

/** A call's window as the office types it: a Rome calendar date and wall-clock time (stored in UTC). */
export const RomeDateTimeSchema = z.object({ date: RomeDateSchema, time: RomeTimeSchema });

export const CallPositionInputSchema = z.object({
  activityType: z.string().min(1).max(200),
  activityKind: z.enum(['tutoring', 'supplementary-teaching']),
  unitId: UuidSchema,
  grants: z.number().int().min(1).max(1000),
  hoursPerGrant: z.number().int().min(1).max(10_000),
  amountPerGrantCents: z.number().int().min(1).max(100_000_000),
  admittedProgrammeTypes: z.array(ProgrammeTypeSchema).min(1),
});

/** The rubric exactly as a profile holds it (api/profiles.ts), so a call's rubric validates the same way. */
const RubricSchema = RegulationProfileSchema.shape.rubrics.element.shape.value;

/** The profile's settings as copied into the call (decision 006), adjustable per call. */
export const CallRulesSchema = z.object({
  eligibility: z.object({
    degreeTypes: z.array(ProgrammeTypeSchema).min(1),
    singleCycleMinYear: z
      .object({ fiveYear: z.number().int().min(1), sixYear: z.number().int().min(1) })
      .nullable(),
    maxYearsBeyond: z.number().int().min(0).nullable(),
    partTimeExcluded: z.boolean(),
    singleCourseExcluded: z.boolean(),
    statusForWholeAppointment: z.boolean(),
    staffExcluded: z.boolean(),
  }),
  rubrics: z.array(RubricSchema),
  tieBreaks: z.array(z.enum(['younger-first', 'economic-hardship-first', 'phd-without-scholarship-first'])),
  appealWindowDays: z.number().int().min(0).max(365),
  maxPositionsPerCandidate: z.number().int().min(1).nullable(),
  ownDepartmentFirst: z.boolean(),
});

export const RequiredAttachmentSchema = z.object({
  code: z.string().min(1).max(60),
  label: z.object({ it: z.string().min(1), en: z.string().min(1) }),
  required: z.enum(['always', 'when-declared']),
  when: z.string().optional(),
});

export const CallArticleSchema = z.object({
  title: z.string().min(1).max(300),
  body: z.string().max(20_000),
});

export const CallDraftBodySchema = z.object({
  code: z.string().min(1).max(60),
  title: z.string().min(1).max(300),
  academicYear: z.number().int().min(2000).max(2100),
  legalReferences: z.string().max(20_000).default(''),
  fundingAssignmentId: UuidSchema.nullable().default(null),
  opensAt: RomeDateTimeSchema,
  closesAt: RomeDateTimeSchema,
  activitiesEndDate: RomeDateSchema.optional(),
  /** Left out, the active profile's settings are copied. */
  rules: CallRulesSchema.optional(),
  requiredAttachments: z.array(RequiredAttachmentSchema).default([]),
  articles: z.array(CallArticleSchema).default([]),
  positions: z.array(CallPositionInputSchema).max(200),
});
export type CallDraftBody = z.infer<typeof CallDraftBodySchema>;

/** An amendment: the reason and the fields that change (each replaces the call's value whole). */
export const CallAmendmentBodySchema = z.object({
  reason: z.string().min(3).max(5000),
  changes: z
    .object({
      title: z.string().min(1).max(300),
      legalReferences: z.string().max(20_000),
      opensAt: RomeDateTimeSchema,
      closesAt: RomeDateTimeSchema,
      activitiesEndDate: RomeDateSchema,
      rules: CallRulesSchema,
      requiredAttachments: z.array(RequiredAttachmentSchema),
      articles: z.array(CallArticleSchema),
      positions: z.array(CallPositionInputSchema).max(200),
    })
    .partial(),
});
export type CallAmendmentBody = z.infer<typeof CallAmendmentBodySchema>;

export const CallPositionSchema = CallPositionInputSchema.extend({
  id: UuidSchema,
  ordinal: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
});

export const CallSummarySchema = z.object({
  id: UuidSchema,
  code: z.string(),
  title: z.string(),
  academicYear: z.number().int(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  opensAt: z.string(),
  closesAt: z.string(),
  /** Open now by the server clock. */
  open: z.boolean(),
  grants: z.number().int(),
  totalCents: z.number().int(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type CallSummary = z.infer<typeof CallSummarySchema>;

export const CallAmendmentSchema = z.object({
  id: UuidSchema,
  version: z.number().int(),
  reason: z.string(),
  fields: z.array(z.string()),
  harmful: z.boolean(),
  createdAt: z.string(),
});

export const CallDetailSchema = CallSummarySchema.extend({
  legalReferences: z.string(),
  profileCode: z.string(),
  activitiesEndDate: z.string(),
  fundingAssignmentId: UuidSchema.nullable(),
  rules: CallRulesSchema,
  requiredAttachments: z.array(RequiredAttachmentSchema),
  articles: z.array(CallArticleSchema),
  positions: z.array(CallPositionSchema),
  amendments: z.array(CallAmendmentSchema),
});
export type CallDetail = z.infer<typeof CallDetailSchema>;

export const CallListSchema = z.object({ items: z.array(CallSummarySchema) });

export const PublicCallListSchema = z.object({
  items: z.array(CallDetailSchema.omit({ fundingAssignmentId: true })),
});
export const PublicCallSchema = CallDetailSchema.omit({ fundingAssignmentId: true });
