import { z } from 'zod';
import { UuidSchema } from './common.ts';

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const FundingBodySchema = z.object({
  source: z.enum(['ministry', 'university', 'other']),
  title: z.string().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  amountCents: z.number().int().min(1).max(100_000_000_000),
  reference: z.string().max(500).nullable().default(null),
});
export type FundingBody = z.infer<typeof FundingBodySchema>;

/** Split by hand (amounts per unit) or in proportion to the students enrolled in an academic year. */
export const AllocationBodySchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('manual'),
    shares: z.array(z.object({ unitId: UuidSchema, amountCents: z.number().int().min(0) })).min(1),
  }),
  z.object({
    method: z.literal('proportional'),
    unitIds: z.array(UuidSchema).min(1),
    academicYear: z.number().int().min(2000).max(2100),
  }),
]);
export type AllocationBody = z.infer<typeof AllocationBodySchema>;

export const AllocationShareSchema = z.object({
  unitId: UuidSchema,
  unitCode: z.string(),
  unitName: z.string(),
  amountCents: z.number().int(),
  method: z.enum(['manual', 'proportional']),
  basis: z.number().int().nullable(),
});
export type AllocationShare = z.infer<typeof AllocationShareSchema>;

/** A saved share: projects refer to it by id. */
export const AllocationSchema = AllocationShareSchema.extend({ id: UuidSchema });
export type Allocation = z.infer<typeof AllocationSchema>;

/** What a split would give, computed by the server and not saved (the office checks it before confirming). */
export const AllocationPreviewSchema = z.object({ shares: z.array(AllocationShareSchema) });
export type AllocationPreview = z.infer<typeof AllocationPreviewSchema>;

export const FundingSchema = z.object({
  id: UuidSchema,
  source: z.string(),
  title: z.string(),
  year: z.number().int(),
  amountCents: z.number().int(),
  reference: z.string().nullable(),
  /** What the published calls drawing on it put aside: their positions' grants x amount (prenotato). */
  reservedCents: z.number().int(),
  /** What approved rankings committed against it (the sum of `commitments`, impegnato). */
  committedCents: z.number().int(),
  /** What is still free for a new call: the amount less the larger of reserved and committed. */
  remainingCents: z.number().int(),
  allocations: z.array(AllocationSchema),
  /** One commitment per approved ranking: its decree, amount and when (seed 003: impegno). */
  commitments: z
    .array(
      z.object({
        rankingId: UuidSchema,
        rankingTitle: z.string(),
        callCode: z.string(),
        amountCents: z.number().int(),
        decreeNumber: z.string(),
        committedAt: z.string(),
      }),
    )
    .optional(),
});
export type Funding = z.infer<typeof FundingSchema>;
export const FundingListSchema = z.object({ items: z.array(FundingSchema) });

export const ProjectBodySchema = z.object({
  unitId: UuidSchema,
  title: z.string().min(1).max(300),
  objectives: z.string().min(1).max(20_000),
  activities: z.string().min(1).max(20_000),
  tutorsRequested: z.number().int().min(1).max(1000),
  hoursRequested: z.number().int().min(1).max(1_000_000),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  expectedStudents: z.number().int().min(0).max(1_000_000),
  indicators: z
    .array(z.object({ name: z.string().min(1).max(300), target: z.number(), unit: z.string().max(60) }))
    .min(1),
  allocationId: UuidSchema.nullable().default(null),
});
export type ProjectBody = z.infer<typeof ProjectBodySchema>;

export const ProjectDecisionBodySchema = z.object({
  decision: z.enum(['approved', 'rejected']),
  note: z.string().max(5000).default(''),
});

export const ProjectStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

export const ProjectListQuerySchema = z.object({ status: ProjectStatusSchema.optional() });
export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>;

export const ProjectSchema = ProjectBodySchema.extend({
  id: UuidSchema,
  unitCode: z.string(),
  unitName: z.string(),
  responsibleId: UuidSchema,
  responsibleName: z.string(),
  status: ProjectStatusSchema,
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type Project = z.infer<typeof ProjectSchema>;
export const ProjectListSchema = z.object({ items: z.array(ProjectSchema) });
