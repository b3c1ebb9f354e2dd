import { z } from 'zod';
import { UuidSchema } from './common.ts';
import { AnswerBodySchema, AppealSchema, RankingStatusSchema } from './rankings.ts';

/**
 * The appeals against a call's published rankings as its committee reads and answers them (issue 4: "the committee
 * answers each appeal"). The appellant is named as the committee sees the applications: protocol number and name.
 */
export const CommitteeAppealSchema = AppealSchema.extend({
  givenName: z.string(),
  familyName: z.string(),
});
export type CommitteeAppeal = z.infer<typeof CommitteeAppealSchema>;

export const CommitteeRankingAppealsSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  status: RankingStatusSchema,
  publishedAt: z.string().nullable(),
  /** Exclusive end of the appeal window. */
  appealsCloseAt: z.string().nullable(),
  /** Appeals are still being received (server clock). */
  appealWindowOpen: z.boolean(),
  /** The committee may still answer: the ranking is provisional (in the window or after it, before the decree). */
  answering: z.boolean(),
  appeals: z.array(CommitteeAppealSchema),
});
export type CommitteeRankingAppeals = z.infer<typeof CommitteeRankingAppealsSchema>;

/** Every published ranking of the call, each with its appeals (none is an empty list). */
export const CommitteeAppealsSchema = z.object({ items: z.array(CommitteeRankingAppealsSchema) });

export const CommitteeAppealParamsSchema = z.object({ id: UuidSchema, appealId: UuidSchema });
export const CommitteeAnswerBodySchema = AnswerBodySchema;
export type CommitteeAnswerBody = z.infer<typeof CommitteeAnswerBodySchema>;
