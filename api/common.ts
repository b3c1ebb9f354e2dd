import { z } from 'zod';

export const LocaleSchema = z.enum(['it', 'en']);

export const RoleSchema = z.enum([
  'student',
  'tutor',
  'supervisor',
  'committee-member',
  'tutoring-office',
  'university-commission',
  'evaluator',
  'administrator',
]);

export const UuidSchema = z.uuid();

export const IdParamsSchema = z.object({ id: UuidSchema });

/** The body of every error reply (RFC 9457 problem details plus the fields at fault). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  kind: z.string(),
  detail: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  /** caps-exceeded: each cap broken (limit, would-be value, excess), and whether the office may override them all. */
  breaches: z
    .array(
      z.object({
        cap: z.string(),
        unit: z.string().nullable(),
        limit: z.number().nullable(),
        value: z.number().nullable(),
        excess: z.number().nullable(),
        period: z.string().nullable(),
        overridable: z.boolean(),
      }),
    )
    .optional(),
  overridable: z.boolean().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
