import type {
  ApplicationScores,
  CommitteeScoreBody,
  ComputeScoresResult,
  CriterionScore,
} from '../../../api/scoring.ts';
import {
  type CareerFacts,
  eligibility,
  type IneligibilityReason,
} from '../../../domain/applications/eligibility.ts';
import { checkCallClosed } from '../../../domain/calls/closure.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { CANDIDATE_KIND_OF, type Rubric } from '../../../domain/profiles/types.ts';
import { checkScoringAllowed, draftRanking, type RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import {
  type CandidateFacts,
  type CriterionResult,
  rubricForCandidate,
  type ScoreExplanation,
  scoreCandidate,
} from '../../../domain/scoring/candidate-score.ts';
import { validateCommitteeScore } from '../../../domain/scoring/committee-score.ts';
import { defaultCreditsCutoff } from '../../../domain/scoring/credit-ratio.ts';
import { formatPoints, maxHundredths } from '../../../domain/scoring/points.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { describeIneligibility } from '../../i18n/applications.ts';
import type { Locale } from '../../i18n/locale.ts';
import { describeCriterionProblem, describeScoreExplanation } from '../../i18n/score-explanations.ts';
import {
  type CallForApplication,
  careerFactsFor,
  findCallForApplication,
} from '../applications/repository.ts';
import {
  chosenPositionIds,
  confirmedApplicationOfCall,
  confirmedApplicationsOf,
  deleteScore,
  examsOf,
  previousDegreeOf,
  rankingStatusesOf,
  reviewOf,
  type ScoredApplication,
  type ScoreRow,
  scoresOf,
  upsertReview,
  upsertScore,
} from './repository.ts';

/** A review written by the committee's hand; the compute step never overrides it. */
export const COMMITTEE_REASON = 'committee';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The call's credits cut-off (Bari 2025/26: 31/12/2025). A call may store its own (`rules.creditsCutoffDate`);
 * otherwise 31 December of the call's year (decision 008: the cut-off belongs to the call).
 */
export const creditsCutoffOf = (call: CallForApplication): string => {
  const stored = (call.rules as unknown as { creditsCutoffDate?: unknown }).creditsCutoffDate;
  return typeof stored === 'string' && ISO_DATE.test(stored)
    ? stored
    : defaultCreditsCutoff(call.academicYear);
};

interface Candidate {
  application: ScoredApplication;
  career: CareerFacts;
  positionIds: string[];
  /** Null when the student has no enrolment in the call's year. */
  facts: CandidateFacts | null;
  rubric: Rubric | null;
}

const loadCandidate = async (
  db: DbOrTx,
  call: CallForApplication,
  application: ScoredApplication,
): Promise<Candidate> => {
  const career = await careerFactsFor(db, application.studentId, call.academicYear);
  const positionIds = await chosenPositionIds(db, application.id);
  const enrolment = career.enrolment;
  if (!enrolment) return { application, career, positionIds, facts: null, rubric: null };
  const facts: CandidateFacts = {
    programmeType: enrolment.programmeType,
    enrolment: {
      yearOfCourse: enrolment.yearOfCourse,
      yearsBeyond: enrolment.yearsBeyond,
      normalDurationYears: enrolment.normalDurationYears,
    },
    exams: await examsOf(db, application.studentId),
    previousDegree: await previousDegreeOf(db, application.studentId, enrolment.programmeType),
    cutoffDate: creditsCutoffOf(call),
  };
  const rubric = rubricForCandidate(call.rules.rubrics, enrolment.programmeType);
  return { application, career, positionIds, facts, rubric: rubric.ok ? rubric.value : null };
};

/** Scores are final once a ranking holding the application is definitive or in use (decision 008). */
const isFinal = (statuses: readonly RankingStatus[]) =>
  statuses.some((status) => !checkScoringAllowed({ ...draftRanking(), status }).ok);

const assertScoringAllowed = (statuses: readonly RankingStatus[]) => {
  for (const status of statuses) {
    const check = checkScoringAllowed({ ...draftRanking(), status });
    if (!check.ok) throw new DomainFailure(check.error);
  }
};

/**
 * Eligibility re-checked by the committee (issue 4) against every position the candidate chose: excluded only when
 * no chosen position admits them; the reasons are every distinct one found.
 */
const recheckEligibility = (call: CallForApplication, candidate: Candidate): IneligibilityReason[] => {
  const reasons: IneligibilityReason[] = [];
  for (const positionId of candidate.positionIds) {
    const position = call.positions.find((p) => p.id === positionId);
    if (!position) continue;
    const outcome = eligibility({
      career: candidate.career,
      callAcademicYear: call.academicYear,
      admittedProgrammeTypes: position.admittedProgrammeTypes,
      rules: call.rules.eligibility,
    });
    if (outcome.eligible) return [];
    for (const reason of outcome.reasons) {
      if (!reasons.some((r) => r.code === reason.code)) reasons.push(reason);
    }
  }
  return reasons;
};

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const callOr404 = async (db: DbOrTx, callId: string) => {
  const call = await findCallForApplication(db, callId);
  if (!call) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
  return call;
};

/** The committee scores and excludes only once the call has closed: until then applications can still change. */
const assertCallClosed = (call: CallForApplication, now: Date) => {
  const check = checkCallClosed(call.closesAt, now);
  if (!check.ok) throw new DomainFailure(check.error);
};

const applicationOr404 = async (db: DbOrTx, callId: string, applicationId: string) => {
  const application = await confirmedApplicationOfCall(db, callId, applicationId);
  if (!application) throw new DomainFailure({ kind: 'not-found', entity: 'application' });
  return application;
};

/**
 * Computes the career criteria of every confirmed application of the call and re-checks eligibility, in one
 * transaction. Idempotent: a second run with the same careers writes nothing new. Applications whose scores are
 * final (a definitive ranking) are left as they are; exclusions decided by the committee are never overridden.
 */
export const computeScores = (
  ctx: AppContext,
  actorId: string,
  callId: string,
): Promise<ComputeScoresResult> =>
  ctx.database.db.transaction(async (tx) => {
    const call = await callOr404(tx, callId);
    const now = ctx.clock.now();
    assertCallClosed(call, now);
    const result: ComputeScoresResult = {
      applications: 0,
      scoresWritten: 0,
      notComputable: 0,
      withoutRubric: 0,
      excluded: 0,
      frozen: 0,
    };
    for (const application of await confirmedApplicationsOf(tx, call.id)) {
      result.applications += 1;
      if (isFinal(await rankingStatusesOf(tx, call.id, application.id))) {
        result.frozen += 1;
        continue;
      }
      const candidate = await loadCandidate(tx, call, application);
      const reasons = recheckEligibility(call, candidate);
      const review = await reviewOf(tx, application.id);
      if (review?.reasonCode !== COMMITTEE_REASON) {
        const next = {
          excluded: reasons.length > 0,
          reasonCode: reasons.length > 0 ? reasons.map((r) => r.code).join(',') : null,
          // The minutes are in Italian; the codes let the UI word them in any language.
          reasonText: reasons.map((r) => describeIneligibility(r, 'it')).join('; '),
        };
        if (
          !review ||
          review.excluded !== next.excluded ||
          review.reasonCode !== next.reasonCode ||
          review.reasonText !== next.reasonText
        ) {
          await upsertReview(tx, {
            applicationId: application.id,
            ...next,
            reviewedBy: actorId,
            reviewedAt: now,
          });
        }
        if (next.excluded) result.excluded += 1;
      } else if (review.excluded) result.excluded += 1;
      if (!candidate.rubric || !candidate.facts) {
        result.withoutRubric += 1;
        continue;
      }
      const stored = await scoresOf(tx, application.id);
      const computed = scoreCandidate(candidate.rubric, candidate.facts, []);
      for (const [index, criterion] of candidate.rubric.criteria.entries()) {
        if (criterion.assessedBy !== 'computed') continue;
        const outcome = computed.criteria[index] as CriterionResult;
        const existing = stored.find((row) => row.criterionId === criterion.id);
        if (outcome.status !== 'scored') {
          result.notComputable += 1;
          // A value computed from an earlier, since-corrected career must not stand.
          if (existing) await deleteScore(tx, application.id, criterion.id);
          continue;
        }
        const explanation = outcome.explanation as unknown as Record<string, unknown>;
        if (
          existing &&
          existing.source === 'computed' &&
          existing.pointsHundredths === outcome.hundredths &&
          sameJson(existing.explanation, explanation)
        )
          continue;
        await upsertScore(tx, {
          applicationId: application.id,
          criterionId: criterion.id,
          pointsHundredths: outcome.hundredths,
          source: 'computed',
          note: '',
          explanation,
          scoredBy: actorId,
          scoredAt: now,
        });
        result.scoresWritten += 1;
      }
    }
    await writeAudit(tx, {
      event: 'scores.computed',
      actorId,
      entityType: 'call',
      entityId: call.id,
      data: { ...result, creditsCutoff: creditsCutoffOf(call) },
      at: now,
    });
    return result;
  });

const pointsOf = (row: ScoreRow | undefined) =>
  row ? { hundredths: row.pointsHundredths, note: row.note, source: row.source } : null;

/** A committee member scores one committee criterion of one application (with the note that justifies it). */
export const recordCommitteeScore = (
  ctx: AppContext,
  actorId: string,
  target: { callId: string; applicationId: string; criterionId: string },
  body: CommitteeScoreBody,
): Promise<void> =>
  ctx.database.db.transaction(async (tx) => {
    const call = await callOr404(tx, target.callId);
    assertCallClosed(call, ctx.clock.now());
    const application = await applicationOr404(tx, call.id, target.applicationId);
    assertScoringAllowed(await rankingStatusesOf(tx, call.id, application.id));
    const candidate = await loadCandidate(tx, call, application);
    if (!candidate.rubric) {
      throw new DomainFailure({
        kind: 'invalid-score',
        criterionId: target.criterionId,
        problem: 'unknown-criterion',
        maxPoints: null,
      });
    }
    const validated = validateCommitteeScore(candidate.rubric, {
      criterionId: target.criterionId,
      points: body.points,
      note: body.note,
    });
    if (!validated.ok) throw new DomainFailure(validated.error);
    const before = (await scoresOf(tx, application.id)).find((row) => row.criterionId === target.criterionId);
    const now = ctx.clock.now();
    await upsertScore(tx, {
      applicationId: application.id,
      criterionId: validated.value.criterionId,
      pointsHundredths: validated.value.hundredths,
      source: 'committee',
      note: validated.value.note,
      explanation: null,
      scoredBy: actorId,
      scoredAt: now,
    });
    await writeAudit(tx, {
      event: 'score.recorded',
      actorId,
      entityType: 'application',
      entityId: application.id,
      data: {
        callId: call.id,
        criterionId: validated.value.criterionId,
        before: pointsOf(before),
        after: { hundredths: validated.value.hundredths, note: validated.value.note, source: 'committee' },
      },
      at: now,
    });
  });

/** The committee excludes a candidate with its reason, or readmits one; never once the scores are final. */
export const recordExclusion = (
  ctx: AppContext,
  actorId: string,
  target: { callId: string; applicationId: string },
  body: { excluded: boolean; reasonText: string },
): Promise<void> =>
  ctx.database.db.transaction(async (tx) => {
    const call = await callOr404(tx, target.callId);
    assertCallClosed(call, ctx.clock.now());
    const application = await applicationOr404(tx, call.id, target.applicationId);
    assertScoringAllowed(await rankingStatusesOf(tx, call.id, application.id));
    const before = await reviewOf(tx, application.id);
    const now = ctx.clock.now();
    await upsertReview(tx, {
      applicationId: application.id,
      excluded: body.excluded,
      reasonCode: COMMITTEE_REASON,
      reasonText: body.reasonText,
      reviewedBy: actorId,
      reviewedAt: now,
    });
    await writeAudit(tx, {
      event: body.excluded ? 'application.excluded' : 'application.readmitted',
      actorId,
      entityType: 'application',
      entityId: application.id,
      reason: body.reasonText,
      data: {
        callId: call.id,
        before: before
          ? { excluded: before.excluded, reasonCode: before.reasonCode, reasonText: before.reasonText }
          : null,
      },
      at: now,
    });
  });

/**
 * The reasons of an exclusion in the reader's language: the stored text is Italian (the minutes'); reasons found
 * by the rules are worded again from the career as long as they are still the ones recorded.
 */
const exclusionText = (
  review: { excluded: boolean; reasonCode: string | null; reasonText: string },
  reasons: IneligibilityReason[],
  locale: Locale,
) =>
  review.excluded &&
  review.reasonCode !== COMMITTEE_REASON &&
  review.reasonCode === reasons.map((r) => r.code).join(',')
    ? reasons.map((r) => describeIneligibility(r, locale)).join('; ')
    : review.reasonText;

/** Every criterion of the candidate's rubric with its points, source, note and explanation, and the total. */
export const applicationScoresView = async (
  db: DbOrTx,
  call: CallForApplication,
  application: ScoredApplication,
  locale: Locale,
): Promise<ApplicationScores> => {
  const candidate = await loadCandidate(db, call, application);
  const stored = await scoresOf(db, application.id);
  const review = await reviewOf(db, application.id);
  const statuses = await rankingStatusesOf(db, call.id, application.id);
  const rubric = candidate.rubric;
  // Only to say why a computed criterion without a stored value cannot be computed.
  const live = rubric && candidate.facts ? scoreCandidate(rubric, candidate.facts, []) : null;
  const criteria: CriterionScore[] = [];
  let total = 0;
  for (const [index, criterion] of (rubric?.criteria ?? []).entries()) {
    const row = stored.find((r) => r.criterionId === criterion.id);
    const base = {
      criterionId: criterion.id,
      label: criterion.label[locale],
      assessedBy: criterion.assessedBy,
      maxPoints: formatPoints(maxHundredths(criterion.maxPoints), locale),
    };
    if (row) {
      // A score entered under an earlier maximum never counts above the current one.
      total += Math.min(row.pointsHundredths, maxHundredths(criterion.maxPoints));
      const explanation: ScoreExplanation | null =
        row.source === 'computed' && row.explanation
          ? (row.explanation as unknown as ScoreExplanation)
          : row.source === 'committee'
            ? { formula: 'committee', note: row.note }
            : null;
      criteria.push({
        ...base,
        status: 'scored',
        points: formatPoints(row.pointsHundredths, locale),
        source: row.source === 'computed' ? 'computed' : 'committee',
        note: row.note,
        explanation: explanation ? describeScoreExplanation(explanation, locale) : null,
        scoredAt: row.scoredAt.toISOString(),
      });
      continue;
    }
    const outcome = live?.criteria[index];
    const notComputable = criterion.assessedBy === 'computed' && outcome?.status === 'not-computable';
    criteria.push({
      ...base,
      status:
        criterion.assessedBy === 'committee'
          ? 'awaiting-committee'
          : notComputable
            ? 'not-computable'
            : 'awaiting-computation',
      points: null,
      source: null,
      note: '',
      explanation:
        notComputable && outcome?.status === 'not-computable'
          ? describeCriterionProblem(outcome.problem, locale)
          : null,
      scoredAt: null,
    });
  }
  const rubricTotal = rubric ? maxHundredths(rubric.totalPoints) : null;
  const enrolment = candidate.career.enrolment;
  return {
    applicationId: application.id,
    callId: call.id,
    protocolNumber: application.protocolNumber,
    candidateKind: enrolment ? CANDIDATE_KIND_OF[enrolment.programmeType] : null,
    hasRubric: rubric !== null,
    criteria,
    total: formatPoints(rubricTotal === null ? total : Math.min(total, rubricTotal), locale),
    rubricTotal: rubricTotal === null ? null : formatPoints(rubricTotal, locale),
    complete: rubric !== null && criteria.every((c) => c.status === 'scored'),
    exclusion: review
      ? {
          excluded: review.excluded,
          reasonCodes: review.reasonCode ? review.reasonCode.split(',') : [],
          reasonText: exclusionText(review, recheckEligibility(call, candidate), locale),
          reviewedAt: review.reviewedAt.toISOString(),
        }
      : null,
    final: isFinal(statuses),
  };
};

/** The committee's view of one application's scores. */
export const committeeScoresView = async (
  db: DbOrTx,
  callId: string,
  applicationId: string,
  locale: Locale,
): Promise<ApplicationScores> => {
  const call = await callOr404(db, callId);
  const application = await applicationOr404(db, call.id, applicationId);
  return applicationScoresView(db, call, application, locale);
};

/** Rankings a candidate can see: published (provisional) or later. */
export const isPublished = (statuses: readonly RankingStatus[]) =>
  statuses.some((status) => status !== 'draft');
