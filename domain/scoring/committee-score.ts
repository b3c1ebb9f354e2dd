import type { Rubric, RubricCriterion } from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import { type Hundredths, maxHundredths, parsePoints } from './points.ts';

/** Why a score a committee member entered is refused; the server words each code in it/en. */
export type ScoreProblem =
  | 'unknown-criterion'
  | 'computed-criterion'
  | 'not-a-number'
  | 'negative'
  | 'too-many-decimals'
  | 'above-max'
  | 'note-required';

export interface InvalidScore {
  kind: 'invalid-score';
  criterionId: string;
  problem: ScoreProblem;
  /** The criterion's maximum, null when the criterion is unknown. */
  maxPoints: number | null;
}

/** What a member types for one criterion of one candidate. */
export interface CommitteeScoreInput {
  criterionId: string;
  /** "8,5", "8.50" or 8.5. */
  points: number | string;
  /** Why: the titles considered and how they were weighed (required, it answers an appeal). */
  note: string;
}

export interface CommitteeScore {
  criterionId: string;
  hundredths: Hundredths;
  note: string;
}

/**
 * A score for a criterion the committee assesses (titles, interview): 0..max of the criterion, at most two
 * decimals, with a note that says how it was reached (issue 4: "a note for each score"). Computed criteria come
 * from the career only, never from a member's hand.
 */
export const validateCommitteeScore = (
  rubric: Rubric,
  input: CommitteeScoreInput,
): Result<CommitteeScore, InvalidScore> => {
  const criterion = rubric.criteria.find((c) => c.id === input.criterionId);
  const refuse = (problem: ScoreProblem, of: RubricCriterion | undefined = criterion) =>
    fail<InvalidScore>({
      kind: 'invalid-score',
      criterionId: input.criterionId,
      problem,
      maxPoints: of?.maxPoints ?? null,
    });
  if (!criterion) return refuse('unknown-criterion');
  if (criterion.assessedBy !== 'committee') return refuse('computed-criterion');
  const parsed = parsePoints(input.points);
  if (!parsed.ok) return refuse(parsed.problem);
  if (parsed.hundredths > maxHundredths(criterion.maxPoints)) return refuse('above-max');
  const note = input.note.trim();
  if (note.length === 0) return refuse('note-required');
  return ok({ criterionId: criterion.id, hundredths: parsed.hundredths, note });
};
