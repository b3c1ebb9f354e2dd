import { z } from 'zod';
import { LocaleSchema, RoleSchema } from './common.ts';

export const RoleAssignmentSchema = z.object({
  role: RoleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  callId: z.uuid().nullable(),
});
export type RoleAssignmentView = z.infer<typeof RoleAssignmentSchema>;

export const SessionPersonSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  locale: LocaleSchema,
  roles: z.array(RoleAssignmentSchema),
});
export type SessionPerson = z.infer<typeof SessionPersonSchema>;

export const SessionSchema = z.object({
  authenticated: z.boolean(),
  csrfToken: z.string(),
  person: SessionPersonSchema.nullable(),
  universityName: z.string(),
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
export type Session = z.infer<typeof SessionSchema>;

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const DemoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  description: z.string(),
});
export type DemoAccount = z.infer<typeof DemoAccountSchema>;

export const LogoutEverywhereResultSchema = z.object({ endedSessions: z.number().int() });
