import type { PassedExam } from '../careers/career-metrics.ts';
import type { ProgrammeType } from '../careers/types.ts';
import {
  CANDIDATE_KIND_OF,
  type CandidateKind,
  type Rubric,
  type RubricCriterion,
} from '../profiles/types.ts';
import { fail, ok, type Result } from '../result.ts';
import type { CommitteeScore } from './committee-score.ts';
import { type CreditRatioExplanation, type CreditRatioProblem, scoreCreditRatio } from './credit-ratio.ts';
import {
  type DegreeGrade,
  type DegreeGradeExplanation,
  type DegreeGradeProblem,
  scoreDegreeGrade,
} from './degree-grade.ts';
import { type Hundredths, maxHundredths } from './points.ts';

/** What the computed criteria read of a candidate's career. */
export interface CandidateFacts {
  /** The programme type of the enrolment in the call's academic year: it picks the rubric. */
  programmeType: ProgrammeType;
  enrolment: { yearOfCourse: number; yearsBeyond: number; normalDurationYears: number };
  /** The exams of the current career (the libretto of the enrolment), every date. */
  exams: readonly PassedExam[];
  /** The previous degree the rubric grades: the bachelor's for a master's student, the master's for a PhD. */
  previousDegree: DegreeGrade | null;
  /** The call's credits cut-off date (ISO, inclusive). */
  cutoffDate: string;
}

export type ScoreExplanation =
  | DegreeGradeExplanation
  | CreditRatioExplanation
  | { formula: 'committee'; note: string };

export type CriterionProblem = DegreeGradeProblem | CreditRatioProblem;

/** One criterion of one candidate: scored (with how), waiting for the committee, or not computable (why). */
export type CriterionResult =
  | {
      criterionId: string;
      maxPoints: number;
      status: 'scored';
      hundredths: Hundredths;
      explanation: ScoreExplanation;
    }
  | { criterionId: string; maxPoints: number; status: 'awaiting-committee' }
  | { criterionId: string; maxPoints: number; status: 'not-computable'; problem: CriterionProblem };

export interface CandidateScore {
  candidateKind: CandidateKind;
  rubricTotalPoints: number;
  criteria: CriterionResult[];
  /** Sum of the computed criteria (career merit), used by the last tie-break rule (decision 008). */
  computedHundredths: Hundredths;
  committeeHundredths: Hundredths;
  /** Sum of every scored criterion, capped at the rubric's total. */
  totalHundredths: Hundredths;
  /** True when every criterion is scored: only then the candidate can be ranked. */
  complete: boolean;
}

/**
 * The rubric that scores a candidate: the one whose kinds include the kind of the candidate's enrolment in the
 * call's year (LM -> master's, LMCU -> single-cycle, PHD -> PhD; seed 004 art. 6 scores each differently).
 */
export const rubricForCandidate = (
  rubrics: readonly Rubric[],
  programmeType: ProgrammeType,
): Result<Rubric, { code: 'no-rubric'; candidateKind: CandidateKind }> => {
  const candidateKind = CANDIDATE_KIND_OF[programmeType];
  const rubric = rubrics.find((r) => r.candidateKinds.includes(candidateKind));
  return rubric ? ok(rubric) : fail({ code: 'no-rubric', candidateKind });
};

/** Every criterion of the rubric for one candidate, and the total (at most the rubric's total points). */
export const scoreCandidate = (
  rubric: Rubric,
  facts: CandidateFacts,
  committeeScores: readonly CommitteeScore[],
): CandidateScore => {
  const criteria = rubric.criteria.map((criterion) => scoreCriterion(criterion, facts, committeeScores));
  let computed = 0;
  let byCommittee = 0;
  for (const [index, result] of criteria.entries()) {
    if (result.status !== 'scored') continue;
    if (rubric.criteria[index]?.assessedBy === 'computed') computed += result.hundredths;
    else byCommittee += result.hundredths;
  }
  return {
    candidateKind: CANDIDATE_KIND_OF[facts.programmeType],
    rubricTotalPoints: rubric.totalPoints,
    criteria,
    computedHundredths: computed,
    committeeHundredths: byCommittee,
    totalHundredths: Math.min(computed + byCommittee, maxHundredths(rubric.totalPoints)),
    complete: criteria.every((result) => result.status === 'scored'),
  };
};

const scoreCriterion = (
  criterion: RubricCriterion,
  facts: CandidateFacts,
  committeeScores: readonly CommitteeScore[],
): CriterionResult => {
  const base = { criterionId: criterion.id, maxPoints: criterion.maxPoints };
  if (criterion.assessedBy === 'committee' || criterion.formula === null) {
    const score = committeeScores.find((s) => s.criterionId === criterion.id);
    if (!score) return { ...base, status: 'awaiting-committee' };
    return {
      ...base,
      status: 'scored',
      // A score entered under an earlier maximum never counts above the current one.
      hundredths: Math.min(Math.max(score.hundredths, 0), maxHundredths(criterion.maxPoints)),
      explanation: { formula: 'committee', note: score.note },
    };
  }
  const outcome =
    criterion.formula.kind === 'degree-grade-bands'
      ? scoreDegreeGrade(facts.previousDegree, criterion.formula, criterion.maxPoints)
      : scoreCreditRatio(
          { exams: facts.exams, cutoffDate: facts.cutoffDate, enrolment: facts.enrolment },
          criterion.formula,
          criterion.maxPoints,
        );
  if (!outcome.ok) return { ...base, status: 'not-computable', problem: outcome.problem };
  return { ...base, status: 'scored', hundredths: outcome.hundredths, explanation: outcome.explanation };
};
