import { z } from 'zod';
import { RequiredAttachmentSchema } from './calls.ts';
import { UuidSchema } from './common.ts';

export const ApplicationStatusSchema = z.enum(['draft', 'confirmed', 'withdrawn']);

export const CreateApplicationBodySchema = z.object({ callId: UuidSchema });

/**
 * What the candidate declares (domain/applications/declared-titles.ts): for each criterion the committee scores,
 * a list of titles as text; for each situation that requires a conditional attachment, yes or no.
 */
export const DeclaredTitlesSchema = z.record(
  z.string().min(1).max(80),
  z.union([z.boolean(), z.array(z.string().trim().min(1).max(1000)).max(50)]),
);

export const SaveDraftBodySchema = z.object({
  /** Chosen positions in order of preference. */
  positionIds: z.array(UuidSchema).max(50),
  declaredTitles: DeclaredTitlesSchema,
  contactEmail: z.email().max(200).nullable(),
});
export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;

export const AttachmentSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const ApplicationSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  status: ApplicationStatusSchema,
  positionIds: z.array(UuidSchema),
  declaredTitles: DeclaredTitlesSchema,
  contactEmail: z.string().nullable(),
  protocolNumber: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  attachments: z.array(AttachmentSchema),
});
export type Application = z.infer<typeof ApplicationSchema>;

/** One of my applications in the list of them. */
export const MyApplicationSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  callCode: z.string(),
  callTitle: z.string(),
  closesAt: z.string(),
  status: ApplicationStatusSchema,
  protocolNumber: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const MyApplicationsSchema = z.object({ items: z.array(MyApplicationSchema) });

export const ConfirmHeadersSchema = z.object({ 'idempotency-key': z.string().min(8).max(200) });

export const AttachmentParamsSchema = z.object({ id: UuidSchema, attachmentId: UuidSchema });

export const LabelSchema = z.object({ it: z.string(), en: z.string() });

/** An open call as a candidate sees it: what to choose, what to declare, what to attach, and where they stand. */
export const OpenCallSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  title: z.string(),
  academicYear: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  maxPositionsPerCandidate: z.number().int().nullable(),
  positions: z.array(
    z.object({
      id: UuidSchema,
      ordinal: z.number().int(),
      activityType: z.string(),
      activityKind: z.string(),
      unitName: z.string(),
      grants: z.number().int(),
      hoursPerGrant: z.number().int(),
      amountPerGrantCents: z.number().int(),
      admittedProgrammeTypes: z.array(z.string()),
      eligible: z.boolean(),
      reasons: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
  /** The criteria the committee scores from titles the candidate declares (for the candidate's kind). */
  titleCriteria: z.array(
    z.object({
      id: z.string(),
      label: LabelSchema,
      maxPoints: z.number(),
      maxItems: z.number().int().nullable(),
    }),
  ),
  requiredAttachments: z.array(RequiredAttachmentSchema),
  /** The candidate's current (not withdrawn) application to this call, if any. */
  myApplication: z
    .object({ id: UuidSchema, status: ApplicationStatusSchema, protocolNumber: z.string().nullable() })
    .nullable(),
});
export const OpenCallsSchema = z.array(OpenCallSchema);
export type OpenCall = z.infer<typeof OpenCallSchema>;
