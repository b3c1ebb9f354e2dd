import { z } from 'zod';
import { PageQuerySchema, pageOf, RoleSchema } from './common.ts';
import { RoleAssignmentSchema } from './session.ts';

export const PersonSummarySchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  isStaff: z.boolean(),
  roles: z.array(RoleAssignmentSchema.extend({ id: z.uuid() })),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const PeopleQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  role: RoleSchema.optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;

export const PeoplePageSchema = pageOf(PersonSummarySchema);

export const GrantRoleBodySchema = z.object({
  role: RoleSchema,
  unitId: z.uuid().nullable().default(null),
  callId: z.uuid().nullable().default(null),
});
export type GrantRoleBody = z.infer<typeof GrantRoleBodySchema>;

export const RevokeRoleParamsSchema = z.object({ id: z.uuid(), assignmentId: z.uuid() });
