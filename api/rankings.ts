import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const RankingStatusSchema = z.enum(['draft', 'provisional', 'definitive', 'in-use']);
export const RankingOutcomeSchema = z.enum(['winner', 'eligible', 'excluded']);

/** One line of a ranking as the office sees it: names and the reasons included. */
export const RankingEntrySchema = z.object({
  applicationId: UuidSchema,
  protocolNumber: z.string(),
  studentNumber: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  /** null for the excluded and for candidates still awaiting scores. */
  place: z.number().int().nullable(),
  totalHundredths: z.number().int(),
  /** "29,00" in Italian, "29.00" in English. */
  total: z.string(),
  outcome: RankingOutcomeSchema,
  positionId: UuidSchema.nullable(),
  tieGroup: z.number().int().nullable(),
  awaitingScores: z.boolean(),
  detail: z.record(z.string(), z.unknown()),
});

export const TieGroupSchema = z.object({
  tieGroup: z.number().int(),
  place: z.number().int(),
  applicationIds: z.array(UuidSchema),
  /** The tie decides who gets a grant: approval waits for the office's order. */
  decisive: z.boolean(),
});

export const RankingSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  groupKey: z.string(),
  title: z.string(),
  status: RankingStatusSchema,
  publishedAt: z.string().nullable(),
  appealsCloseAt: z.string().nullable(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  approvedAt: z.string().nullable(),
  validUntil: z.string().nullable(),
  version: z.number().int(),
  computedAt: z.string().nullable(),
  positionIds: z.array(UuidSchema),
  entries: z.array(RankingEntrySchema),
  tieGroups: z.array(TieGroupSchema),
  /** What approving the ranking committed against the call's funding (seed 003: impegno); null before. */
  commitment: z
    .object({
      assignmentId: UuidSchema,
      fundingTitle: z.string(),
      amountCents: z.number().int(),
      decreeNumber: z.string(),
      committedAt: z.string(),
    })
    .nullable()
    .optional(),
});
export type RankingView = z.infer<typeof RankingSchema>;

export const RankingListSchema = z.object({ items: z.array(RankingSchema) });

export const TieResolutionBodySchema = z.object({
  applicationIds: z.array(UuidSchema).min(2).max(500),
  note: z.string().trim().min(1).max(2000),
});

export const ApproveBodySchema = z.object({
  decreeNumber: z.string().trim().min(1).max(100),
  decreeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
});

export const AppealBodySchema = z.object({ reason: z.string().trim().min(1).max(10_000) });

export const AppealSchema = z.object({
  id: UuidSchema,
  rankingId: UuidSchema,
  applicationId: UuidSchema,
  protocolNumber: z.string(),
  reason: z.string(),
  attachmentName: z.string().nullable(),
  attachmentType: z.string().nullable(),
  submittedAt: z.string(),
  status: z.enum(['submitted', 'accepted', 'rejected']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export const AppealListSchema = z.object({ items: z.array(AppealSchema) });

export const AppealParamsSchema = z.object({ id: UuidSchema, appealId: UuidSchema });
export const AnswerBodySchema = z.object({
  accepted: z.boolean(),
  answer: z.string().trim().min(1).max(10_000),
});

/**
 * A published ranking for everyone (Garante privacy, 15 May 2014): candidates by protocol number (or student
 * number when the profile says so), score and outcome. No names, birth dates or special-category data.
 */
export const PublicRankingEntrySchema = z.object({
  place: z.number().int().nullable(),
  candidate: z.string(),
  total: z.string().nullable(),
  outcome: RankingOutcomeSchema,
  tieGroup: z.number().int().nullable(),
});
export const PublicRankingSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  callCode: z.string(),
  callTitle: z.string(),
  title: z.string(),
  status: RankingStatusSchema,
  publishedAt: z.string().nullable(),
  appealsCloseAt: z.string().nullable(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  /** What identifies a candidate: the protocol number of the application or the student number. */
  identifiedBy: z.enum(['protocol-number', 'student-number']),
  entries: z.array(PublicRankingEntrySchema),
});
export type PublicRanking = z.infer<typeof PublicRankingSchema>;
export const PublicRankingListSchema = z.object({ items: z.array(PublicRankingSchema) });
export const PublicRankingQuerySchema = z.object({ callId: UuidSchema });

/**
 * A candidate's own place in a published ranking (issue 4: "each candidate sees their own scores in full after
 * logging in"): the ranking's stage and their line only, never another candidate's.
 */
export const OwnRankingSchema = z.object({
  id: UuidSchema,
  callId: UuidSchema,
  title: z.string(),
  status: RankingStatusSchema,
  publishedAt: z.string().nullable(),
  appealsCloseAt: z.string().nullable(),
  /** The appeal window is open now (server clock): an appeal against this ranking is received. */
  appealWindowOpen: z.boolean(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** null when excluded or still awaiting scores. */
  place: z.number().int().nullable(),
  /** "29,00" in Italian, "29.00" in English. */
  total: z.string(),
  outcome: RankingOutcomeSchema,
  /** The candidate shares the place with others no rule separates (the office orders them). */
  tied: z.boolean(),
  awaitingScores: z.boolean(),
});
export type OwnRanking = z.infer<typeof OwnRankingSchema>;
export const OwnRankingListSchema = z.object({ items: z.array(OwnRankingSchema) });
