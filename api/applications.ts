import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const ApplicationStatusSchema = z.enum(['draft', 'confirmed', 'withdrawn']);

export const CreateApplicationBodySchema = z.object({ callId: UuidSchema });

export const SaveDraftBodySchema = z.object({
  /** Chosen positions in order of preference. */
  positionIds: z.array(UuidSchema).max(50),
  /** Declared titles keyed by rubric criterion id. */
  declaredTitles: z.record(z.string().max(80), z.unknown()),
  contactEmail: z.email().max(200).nullable(),
});
export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;

export const ApplicationSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  status: ApplicationStatusSchema,
  positionIds: z.array(UuidSchema),
  declaredTitles: z.record(z.string(), z.unknown()),
  contactEmail: z.string().nullable(),
  protocolNumber: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ConfirmHeadersSchema = z.object({ 'idempotency-key': z.string().min(8).max(200) });

export const AttachmentSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AttachmentParamsSchema = z.object({ id: UuidSchema, attachmentId: UuidSchema });

export const OpenCallSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  title: z.string(),
  closesAt: z.string(),
  maxPositionsPerCandidate: z.number().int().nullable(),
  positions: z.array(
    z.object({
      id: UuidSchema,
      activityType: z.string(),
      eligible: z.boolean(),
      reasons: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
});
export const OpenCallsSchema = z.array(OpenCallSchema);
