import { z } from 'zod';
import { CallApplicationsPageSchema, OfficeApplicationSchema } from './applications-office.ts';
import { UuidSchema } from './common.ts';

/**
 * The selection committee of a call (issue 4): named by the office with an act, at least the profile's number of
 * members, one president and one secretary. A member declares no conflict of interest before seeing the call's
 * applications, and sees only those of their own call.
 */
export const CommitteeRoleSchema = z.enum(['president', 'secretary', 'member']);
export type CommitteeRole = z.infer<typeof CommitteeRoleSchema>;

export const NameCommitteeBodySchema = z.object({
  appointmentAct: z.string().trim().min(1).max(500),
  members: z.array(z.object({ personId: UuidSchema, role: CommitteeRoleSchema })).max(15),
});
export type NameCommitteeBody = z.infer<typeof NameCommitteeBodySchema>;

export const CommitteeMemberSchema = z.object({
  personId: UuidSchema,
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  role: CommitteeRoleSchema,
  conflictDeclaredAt: z.string().nullable(),
  conflictStatement: z.string().nullable(),
});
export type CommitteeMember = z.infer<typeof CommitteeMemberSchema>;

export const CommitteeSchema = z.object({
  callId: UuidSchema,
  callCode: z.string(),
  callTitle: z.string(),
  /** The profile's fewest members. */
  minMembers: z.number().int(),
  /** Null while the office has not named the committee yet. */
  committee: z
    .object({
      id: UuidSchema,
      appointmentAct: z.string(),
      namedAt: z.string(),
      members: z.array(CommitteeMemberSchema),
    })
    .nullable(),
  /** Once any application of the call is scored, the members can no longer be replaced. */
  scoringStarted: z.boolean(),
});
export type Committee = z.infer<typeof CommitteeSchema>;

export const MyCommitteeCallSchema = z.object({
  callId: UuidSchema,
  callCode: z.string(),
  callTitle: z.string(),
  academicYear: z.number().int(),
  role: CommitteeRoleSchema,
  declared: z.boolean(),
  conflictDeclaredAt: z.string().nullable(),
});
export type MyCommitteeCall = z.infer<typeof MyCommitteeCallSchema>;
export const MyCommitteeCallsSchema = z.array(MyCommitteeCallSchema);

export const DeclarationBodySchema = z.object({
  noConflict: z.literal(true),
  statement: z.string().trim().max(2000).default(''),
});
export type DeclarationBody = z.infer<typeof DeclarationBodySchema>;

/** A sitting; the server checks that it ends after it starts and that the present are members. */
export const SessionBodySchema = z.object({
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  place: z.string().trim().max(300).default(''),
  present: z.array(UuidSchema).min(1).max(15),
  notes: z.string().trim().max(10_000).default(''),
});
export type SessionBody = z.infer<typeof SessionBodySchema>;

export const CommitteeSessionSchema = z.object({
  id: UuidSchema,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  place: z.string(),
  present: z.array(UuidSchema),
  notes: z.string(),
});
export type CommitteeSession = z.infer<typeof CommitteeSessionSchema>;
export const CommitteeSessionsSchema = z.array(CommitteeSessionSchema);

/** What a declared member reads: the office's rows and application view, read-only. */
export const CommitteeApplicationsPageSchema = CallApplicationsPageSchema;
export const CommitteeApplicationSchema = OfficeApplicationSchema;
