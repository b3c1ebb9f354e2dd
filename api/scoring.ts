import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const CallApplicationParamsSchema = z.object({ id: UuidSchema, applicationId: UuidSchema });

export const CallApplicationCriterionParamsSchema = CallApplicationParamsSchema.extend({
  criterionId: z.string().min(1).max(80),
});

/** What the committee's compute step did to the call's confirmed applications. */
export const ComputeScoresResultSchema = z.object({
  applications: z.number().int(),
  /** Computed criteria written (inserted or updated). */
  scoresWritten: z.number().int(),
  /** Computed criteria the career does not allow to compute (missing or wrong data): left unscored. */
  notComputable: z.number().int(),
  /** Applications with no rubric for the kind of their enrolment. */
  withoutRubric: z.number().int(),
  /** Applications that fail the requirements for every position they chose, now recorded as excluded. */
  excluded: z.number().int(),
  /** Applications in a definitive ranking: scores final, left untouched. */
  frozen: z.number().int(),
});
export type ComputeScoresResult = z.infer<typeof ComputeScoresResultSchema>;

/** A committee member's score for one criterion: "8,5", "8.50" or 8.5, with the reason. */
export const CommitteeScoreBodySchema = z.object({
  points: z.union([z.number(), z.string().max(20)]),
  note: z.string().max(4000),
});
export type CommitteeScoreBody = z.infer<typeof CommitteeScoreBodySchema>;

/** The committee excludes a candidate (with the reason) or readmits one. */
export const ExclusionBodySchema = z.object({
  excluded: z.boolean(),
  reasonText: z.string().trim().min(1).max(4000),
});
export type ExclusionBody = z.infer<typeof ExclusionBodySchema>;

export const CriterionScoreStatusSchema = z.enum([
  /** Scored: computed from the career or by the committee. */
  'scored',
  /** A committee criterion nobody has scored yet. */
  'awaiting-committee',
  /** A computed criterion the compute step has not yet written. */
  'awaiting-computation',
  /** A computed criterion the career does not allow to compute; `explanation` says why. */
  'not-computable',
]);

export const CriterionScoreSchema = z.object({
  criterionId: z.string(),
  label: z.string(),
  assessedBy: z.enum(['computed', 'committee']),
  /** The criterion's maximum as the committee writes it ("20,00"). */
  maxPoints: z.string(),
  status: CriterionScoreStatusSchema,
  /** The points as the committee writes them ("8,47"), null until scored. */
  points: z.string().nullable(),
  source: z.enum(['computed', 'committee']).nullable(),
  note: z.string(),
  /** How the score was obtained (inputs and formula) or why it cannot be computed, in the reader's language. */
  explanation: z.string().nullable(),
  scoredAt: z.string().nullable(),
});
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

export const ExclusionSchema = z.object({
  excluded: z.boolean(),
  /** Eligibility codes (too-many-years-beyond, ...) or 'committee' for a decision of the committee. */
  reasonCodes: z.array(z.string()),
  reasonText: z.string(),
  reviewedAt: z.string(),
});

export const ApplicationScoresSchema = z.object({
  applicationId: UuidSchema,
  callId: UuidSchema,
  protocolNumber: z.string().nullable(),
  /** master, single-cycle, phd...; null with no enrolment in the call's year. */
  candidateKind: z.string().nullable(),
  /** False when no rubric of the call scores the candidate's kind of enrolment. */
  hasRubric: z.boolean(),
  criteria: z.array(CriterionScoreSchema),
  total: z.string(),
  rubricTotal: z.string().nullable(),
  /** Every criterion scored: only then the candidate can be ranked. */
  complete: z.boolean(),
  exclusion: ExclusionSchema.nullable(),
  /** True when a ranking holding the application is definitive or in use: scores are final. */
  final: z.boolean(),
});
export type ApplicationScores = z.infer<typeof ApplicationScoresSchema>;

/**
 * A candidate's own scores: shown only once a ranking holding the application is published (provisional or
 * later); before that `available` is false and `scores` null (issue 4: "after logging in" the candidate sees them
 * in full, which is after publication; the committee's work in progress is not theirs to read).
 */
export const OwnApplicationScoresSchema = z.object({
  available: z.boolean(),
  scores: ApplicationScoresSchema.nullable(),
});
export type OwnApplicationScores = z.infer<typeof OwnApplicationScoresSchema>;
