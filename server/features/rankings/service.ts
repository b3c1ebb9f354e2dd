import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RankingView } from '../../../api/rankings.ts';
import { ATTACHMENT_TYPES, detectAttachmentType } from '../../../domain/applications/file-type.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { candidateKindOf, workingDaySettings } from '../../../domain/profiles/accessors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import {
  type Applicant,
  type AssignablePosition,
  assignWinners,
} from '../../../domain/ranking/assignment.ts';
import { groupPositions } from '../../../domain/ranking/groups.ts';
import {
  approveRanking,
  checkAppealAllowed,
  publishRanking,
  type RankingLifecycle,
  type RankingStatus,
} from '../../../domain/ranking/lifecycle.ts';
import {
  type ExclusionReason,
  type Ranking,
  type RankingCandidate,
  rankCandidates,
  type TieResolution,
} from '../../../domain/ranking/order.ts';
import { formatPoints } from '../../../domain/scoring/points.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  appeals,
  applicationPositions,
  applicationReviews,
  applicationScores,
  applications,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  fundingCommitments,
  people,
  rankingEntries,
  rankingPositions,
  rankings,
  students,
  units,
} from '../../db/schema/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { activeProfile, findProfileRow, profileOfRow } from '../profiles/repository.ts';

export interface RankingRequest {
  ctx: AppContext;
  actorId: string | null;
  locale: Locale;
}

type RankingRow = typeof rankings.$inferSelect;
type EntryDetail = {
  decidedBy?: string | null;
  exclusions?: ExclusionReason[];
  awaitingScores?: boolean;
  tieResolution?: TieResolution;
  decisiveTie?: boolean;
  ownDepartment?: boolean;
  preference?: number;
};

const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });
const conflict = (detail: string) => new DomainFailure({ kind: 'conflict', detail });

/** The profile a call was drafted under (its calendar, validity, publication), or the active one. */
export const profileOfCall = async (db: DbOrTx, code: string): Promise<RegulationProfile> => {
  const row = await findProfileRow(db, code);
  if (row) return profileOfRow(row).profile;
  const active = await activeProfile(db);
  if (!active) throw new Error(`profile ${code} not found`);
  return active.profile;
};

const lifecycleOf = (row: RankingRow): RankingLifecycle => ({
  status: row.status as RankingStatus,
  publishedAt: row.publishedAt,
  appealsCloseAt: row.appealsCloseAt,
  decree: row.decreeNumber && row.decreeDate ? { number: row.decreeNumber, date: row.decreeDate } : null,
  approvedAt: row.approvedAt,
  validUntil: row.validUntil,
  inUseSince: null,
});

const refusal = (outcome: { ok: false; error: DomainFailure['error'] }) => new DomainFailure(outcome.error);

const findCallRow = async (db: DbOrTx, id: string) => {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  if (!row) throw notFound('call');
  return row;
};

export const findRankingRow = async (db: DbOrTx, id: string): Promise<RankingRow> => {
  const [row] = await db.select().from(rankings).where(eq(rankings.id, id));
  if (!row) throw notFound('ranking');
  return row;
};

/** The office's view of rankings: every entry with names, tie groups and whether each decides a grant. */
export const rankingViews = async (
  db: DbOrTx,
  rows: RankingRow[],
  locale: Locale,
): Promise<RankingView[]> => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const entries = await db
    .select({
      rankingId: rankingEntries.rankingId,
      applicationId: rankingEntries.applicationId,
      place: rankingEntries.place,
      totalHundredths: rankingEntries.totalHundredths,
      outcome: rankingEntries.outcome,
      positionId: rankingEntries.positionId,
      tieGroup: rankingEntries.tieGroup,
      detail: rankingEntries.detail,
      protocolNumber: applications.protocolNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      studentNumber: students.studentNumber,
    })
    .from(rankingEntries)
    .innerJoin(applications, eq(applications.id, rankingEntries.applicationId))
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .where(inArray(rankingEntries.rankingId, ids));
  const positions = await db.select().from(rankingPositions).where(inArray(rankingPositions.rankingId, ids));
  return rows.map((row) => {
    const mine = entries
      .filter((e) => e.rankingId === row.id)
      .sort(
        (a, b) =>
          (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER) ||
          (a.protocolNumber ?? '').localeCompare(b.protocolNumber ?? ''),
      );
    const groups = new Map<number, RankingView['tieGroups'][number]>();
    for (const e of mine) {
      if (e.tieGroup === null || e.place === null) continue;
      const group = groups.get(e.tieGroup) ?? {
        tieGroup: e.tieGroup,
        place: e.place,
        applicationIds: [],
        decisive: false,
      };
      group.applicationIds.push(e.applicationId);
      if ((e.detail as EntryDetail | null)?.decisiveTie) group.decisive = true;
      groups.set(e.tieGroup, group);
    }
    return {
      id: row.id,
      callId: row.callId,
      groupKey: row.groupKey,
      title: row.title,
      status: row.status as RankingStatus,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      appealsCloseAt: row.appealsCloseAt?.toISOString() ?? null,
      decreeNumber: row.decreeNumber,
      decreeDate: row.decreeDate,
      approvedAt: row.approvedAt?.toISOString() ?? null,
      validUntil: row.validUntil,
      version: row.version,
      computedAt: row.computedAt?.toISOString() ?? null,
      positionIds: positions.filter((p) => p.rankingId === row.id).map((p) => p.positionId),
      entries: mine.map((e) => {
        const detail = (e.detail ?? {}) as EntryDetail;
        return {
          applicationId: e.applicationId,
          protocolNumber: e.protocolNumber ?? '',
          studentNumber: e.studentNumber,
          givenName: e.givenName,
          familyName: e.familyName,
          place: e.place,
          totalHundredths: e.totalHundredths,
          total: formatPoints(e.totalHundredths, locale),
          outcome: e.outcome as 'winner' | 'eligible' | 'excluded',
          positionId: e.positionId,
          tieGroup: e.tieGroup,
          awaitingScores: detail.awaitingScores === true,
          detail: detail as Record<string, unknown>,
        };
      }),
      tieGroups: [...groups.values()].sort((a, b) => a.tieGroup - b.tieGroup),
    };
  });
};

export const listCallRankings = async (db: DbOrTx, callId: string, locale: Locale) => {
  await findCallRow(db, callId);
  const rows = await db
    .select()
    .from(rankings)
    .where(eq(rankings.callId, callId))
    .orderBy(asc(rankings.createdAt), asc(rankings.title));
  return rankingViews(db, rows, locale);
};

export const rankingView = async (db: DbOrTx, id: string, locale: Locale) => {
  const [view] = await rankingViews(db, [await findRankingRow(db, id)], locale);
  return view as RankingView;
};

const ACCESS: Record<string, string> = { L: 'L', LM: 'LM', LMCU: 'LMCU', PHD: 'PhD', SPEC: 'SPEC' };

/** The facts of every confirmed application of a call a ranking reads. */
const candidatesOf = async (db: DbOrTx, callId: string, academicYear: number, rules: CallRules) => {
  const rows = await db
    .select({
      applicationId: applications.id,
      protocolNumber: applications.protocolNumber,
      birthDate: people.birthDate,
      economicHardship: students.economicHardship,
      programmeType: degreeProgrammes.type,
      programmeUnitId: degreeProgrammes.unitId,
      programmeDepartmentId: degreeProgrammes.departmentId,
      excluded: applicationReviews.excluded,
      reasonText: applicationReviews.reasonText,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .leftJoin(
      enrolments,
      and(eq(enrolments.studentId, applications.studentId), eq(enrolments.academicYear, academicYear)),
    )
    .leftJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .leftJoin(applicationReviews, eq(applicationReviews.applicationId, applications.id))
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')));
  const ids = rows.map((r) => r.applicationId);
  const scores =
    ids.length === 0
      ? []
      : await db.select().from(applicationScores).where(inArray(applicationScores.applicationId, ids));
  const choices =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(applicationPositions)
          .where(inArray(applicationPositions.applicationId, ids))
          .orderBy(asc(applicationPositions.preference));
  return rows.map((row) => {
    const exclusions: ExclusionReason[] = [];
    if (row.excluded) exclusions.push({ code: 'committee-decision', note: row.reasonText ?? '' });
    const kind = row.programmeType ? candidateKindOf(row.programmeType as ProgrammeType) : null;
    const rubric = kind ? rules.rubrics.find((r) => r.candidateKinds.includes(kind)) : undefined;
    if (!kind) exclusions.push({ code: 'ineligible', reasons: [] });
    else if (!rubric) exclusions.push({ code: 'no-rubric', candidateKind: kind });
    const mine = new Map(
      scores.filter((s) => s.applicationId === row.applicationId).map((s) => [s.criterionId, s]),
    );
    let total = 0;
    let computed = 0;
    for (const criterion of rubric?.criteria ?? []) {
      const points = Math.min(mine.get(criterion.id)?.pointsHundredths ?? 0, criterion.maxPoints * 100);
      total += points;
      if (criterion.assessedBy === 'computed') computed += points;
    }
    const candidate: RankingCandidate = {
      applicationId: row.applicationId,
      protocolNumber: row.protocolNumber ?? '',
      candidateKind: kind ?? 'master',
      totalHundredths: Math.min(total, (rubric?.totalPoints ?? 0) * 100),
      computedHundredths: computed,
      complete: (rubric?.criteria ?? []).every((c) => mine.has(c.id)),
      exclusions,
      birthDate: row.birthDate,
      economicHardship: row.economicHardship,
      iseeCents: null,
      phdScholarship: null,
    };
    const applicant: Applicant = {
      applicationId: row.applicationId,
      departmentId: row.programmeDepartmentId ?? row.programmeUnitId,
      preferences: choices.filter((c) => c.applicationId === row.applicationId).map((c) => c.positionId),
    };
    return { candidate, applicant };
  });
};

/** Whether a provisional ranking may be computed again: only after an appeal against it was accepted since. */
const acceptedAppealSince = async (db: DbOrTx, ranking: RankingRow) => {
  const rows = await db
    .select({ id: appeals.id, answeredAt: appeals.answeredAt })
    .from(appeals)
    .where(and(eq(appeals.rankingId, ranking.id), eq(appeals.status, 'accepted')));
  return rows.filter((r) => r.answeredAt && (!ranking.computedAt || r.answeredAt > ranking.computedAt));
};

/**
 * Computes the rankings of a call (issue 4, decision 008): positions grouped by type of activity, unit and access
 * title; confirmed applications of each group ranked by their stored scores; winners assigned across the call's
 * rankings. Drafts are written again; a provisional ranking only after an accepted appeal (or a tie resolution
 * recorded on it); definitive ones never. Ties no rule breaks stay tie groups until the office orders them.
 */
export const computeCallRankings = async (
  req: RankingRequest,
  callId: string,
  options: { force?: string; reason?: string } = {},
): Promise<RankingView[]> => {
  const { ctx } = req;
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from calls where id = ${callId} for update`);
    const call = await findCallRow(tx, callId);
    const rules = call.rules as unknown as CallRules;
    const profile = await profileOfCall(tx, call.profileCode);
    const positions = await tx
      .select({
        positionId: callPositions.id,
        activityType: callPositions.activityType,
        unitId: callPositions.unitId,
        unitName: units.name,
        unitKind: units.kind,
        grants: callPositions.grants,
        admittedProgrammeTypes: callPositions.admittedProgrammeTypes,
        ordinal: callPositions.ordinal,
      })
      .from(callPositions)
      .innerJoin(units, eq(units.id, callPositions.unitId))
      .where(eq(callPositions.callId, callId))
      .orderBy(asc(callPositions.ordinal));
    const groups = groupPositions(
      positions.map((p) => ({ ...p, admittedProgrammeTypes: p.admittedProgrammeTypes as ProgrammeType[] })),
    );
    const facts = await candidatesOf(tx, callId, call.academicYear, rules);
    const existing = new Map(
      (await tx.select().from(rankings).where(eq(rankings.callId, callId))).map((r) => [r.groupKey, r]),
    );
    const oldEntries =
      existing.size === 0
        ? []
        : await tx
            .select()
            .from(rankingEntries)
            .where(
              inArray(
                rankingEntries.rankingId,
                [...existing.values()].map((r) => r.id),
              ),
            );

    const ranked: Array<{
      groupKey: string;
      ranking: Ranking;
      positionIds: string[];
      title: string;
      resolutions: TieResolution[];
    }> = [];
    for (const group of groups) {
      const ids = new Set(group.positions.map((p) => p.positionId));
      const candidates = facts
        .filter((f) => f.applicant.preferences.some((id) => ids.has(id)))
        .map((f) => f.candidate);
      const row = existing.get(group.groupKey);
      const resolutions = new Map<string, TieResolution>();
      for (const entry of oldEntries) {
        const resolution = (entry.detail as EntryDetail | null)?.tieResolution;
        if (row && entry.rankingId === row.id && resolution)
          resolutions.set(resolution.applicationIds.join(','), resolution);
      }
      const first = group.positions[0] as (typeof group.positions)[number];
      ranked.push({
        groupKey: group.groupKey,
        positionIds: [...ids],
        resolutions: [...resolutions.values()],
        title: `${first.activityType} — ${first.unitName} (${first.admittedProgrammeTypes.map((t) => ACCESS[t] ?? t).join(', ')})`,
        ranking: rankCandidates(candidates, {
          tieBreaks: rules.tieBreaks,
          tieResolutions: [...resolutions.values()],
        }),
      });
    }
    const assignable: AssignablePosition[] = groups.flatMap((group) =>
      group.positions.map((p) => ({
        positionId: p.positionId,
        groupKey: group.groupKey,
        grants: p.grants,
        departmentId: p.unitKind === 'department' ? p.unitId : null,
      })),
    );
    const assignment = assignWinners({
      positions: assignable,
      rankings: ranked,
      applicants: facts.map((f) => f.applicant),
      ownDepartmentFirst: rules.ownDepartmentFirst,
      oneGrantPerCandidate: !profile.caps.grantsCumulative.value,
    });
    const winners = new Map(
      assignment.status === 'assigned' ? assignment.winners.map((w) => [w.applicationId, w]) : [],
    );
    const decisive = new Set(
      assignment.status === 'blocked-by-ties'
        ? assignment.ties.flatMap((t) => t.applicationIds.map((id) => `${t.groupKey}|${id}`))
        : [],
    );

    const writtenIds: string[] = [];
    for (const group of ranked) {
      let row = existing.get(group.groupKey);
      const groupPositionIds = new Set(group.positionIds);
      const appealed = row?.status === 'provisional' ? await acceptedAppealSince(tx, row) : [];
      if (row && row.status !== 'draft' && options.force !== row.id && appealed.length === 0) continue;
      if (row) {
        [row] = await tx
          .update(rankings)
          .set({ version: row.version + 1, computedAt: now, title: group.title })
          .where(eq(rankings.id, row.id))
          .returning();
      } else {
        [row] = await tx
          .insert(rankings)
          .values({ callId, groupKey: group.groupKey, title: group.title, status: 'draft', computedAt: now })
          .returning();
      }
      if (!row) throw new Error('ranking upsert failed');
      const rankingId = row.id;
      await tx.delete(rankingPositions).where(eq(rankingPositions.rankingId, rankingId));
      await tx
        .insert(rankingPositions)
        .values(group.positionIds.map((positionId) => ({ rankingId, positionId })));
      await tx.delete(rankingEntries).where(eq(rankingEntries.rankingId, rankingId));
      const resolutionOf = new Map<string, TieResolution>();
      for (const resolution of group.resolutions) {
        if (group.ranking.unusedResolutions.includes(resolution)) continue;
        for (const id of resolution.applicationIds) resolutionOf.set(id, resolution);
      }
      const values = [
        ...group.ranking.entries.map((e) => {
          const winner = winners.get(e.applicationId);
          const won = winner && groupPositionIds.has(winner.positionId) ? winner : undefined;
          const detail: EntryDetail = { decidedBy: e.decidedBy };
          const resolution = resolutionOf.get(e.applicationId);
          if (resolution) detail.tieResolution = resolution;
          if (decisive.has(`${group.groupKey}|${e.applicationId}`)) detail.decisiveTie = true;
          if (won) {
            detail.ownDepartment = won.ownDepartment;
            detail.preference = won.preference;
          }
          return {
            rankingId,
            applicationId: e.applicationId,
            place: e.place,
            totalHundredths: e.totalHundredths,
            outcome: won ? 'winner' : 'eligible',
            positionId: won?.positionId ?? null,
            tieGroup: e.tieGroup,
            detail: detail as Record<string, unknown>,
          };
        }),
        ...group.ranking.awaitingScores.map((e) => ({
          rankingId,
          applicationId: e.applicationId,
          place: null,
          totalHundredths: facts.find((f) => f.candidate.applicationId === e.applicationId)?.candidate
            .totalHundredths as number,
          outcome: 'eligible',
          positionId: null,
          tieGroup: null,
          detail: { awaitingScores: true },
        })),
        ...group.ranking.excluded.map((e) => ({
          rankingId,
          applicationId: e.applicationId,
          place: null,
          totalHundredths: facts.find((f) => f.candidate.applicationId === e.applicationId)?.candidate
            .totalHundredths as number,
          outcome: 'excluded',
          positionId: null,
          tieGroup: null,
          detail: { exclusions: e.reasons } as Record<string, unknown>,
        })),
      ];
      if (values.length > 0) await tx.insert(rankingEntries).values(values);
      await writeAudit(tx, {
        event: 'ranking.computed',
        actorId: req.actorId,
        entityType: 'ranking',
        entityId: rankingId,
        reason:
          options.reason ??
          (appealed.length > 0 ? `accepted appeals: ${appealed.map((a) => a.id).join(', ')}` : null),
        data: {
          callId,
          version: row.version,
          ranked: group.ranking.entries.length,
          awaitingScores: group.ranking.awaitingScores.length,
          excluded: group.ranking.excluded.length,
          tieGroups: group.ranking.tieGroups,
          assignment: assignment.status,
          winners: group.ranking.entries
            .filter((e) => winners.get(e.applicationId)?.positionId)
            .filter((e) => groupPositionIds.has(winners.get(e.applicationId)?.positionId as string))
            .map((e) => e.applicationId),
        },
        at: now,
      });
      writtenIds.push(rankingId);
    }
    return writtenIds;
  });
  return listCallRankings(ctx.database.db, callId, req.locale);
};

/**
 * Records the office's order for one tie group (a public draw or the committee's reasoned order) and computes the
 * call's rankings again with it. It must name exactly the members of a tie group of the ranking.
 */
export const resolveTie = async (
  req: RankingRequest,
  rankingId: string,
  body: { applicationIds: string[]; note: string },
): Promise<RankingView> => {
  const { ctx } = req;
  const db = ctx.database.db;
  const row = await findRankingRow(db, rankingId);
  if (row.status !== 'draft' && row.status !== 'provisional')
    throw new DomainFailure({
      kind: 'ranking-transition-refused',
      status: row.status as RankingStatus,
      action: 'score',
      reason: 'scores-final',
      until: null,
    });
  const view = await rankingView(db, rankingId, req.locale);
  const group = view.tieGroups.find(
    (g) =>
      g.applicationIds.length === body.applicationIds.length &&
      new Set(body.applicationIds).size === g.applicationIds.length &&
      g.applicationIds.every((id) => body.applicationIds.includes(id)),
  );
  if (!group) throw conflict('the candidates named are not exactly one tie group of this ranking');
  const resolution: TieResolution = { applicationIds: body.applicationIds, note: body.note };
  await db.transaction(async (tx) => {
    for (const applicationId of body.applicationIds) {
      await tx
        .update(rankingEntries)
        .set({
          detail: sql`coalesce(${rankingEntries.detail}, '{}'::jsonb) || ${JSON.stringify({ tieResolution: resolution })}::jsonb`,
        })
        .where(and(eq(rankingEntries.rankingId, rankingId), eq(rankingEntries.applicationId, applicationId)));
    }
    await writeAudit(tx, {
      event: 'tie.resolved',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      reason: body.note,
      data: { tieGroup: group.tieGroup, place: group.place, order: body.applicationIds },
      at: ctx.clock.now(),
    });
  });
  await computeCallRankings(req, row.callId, { force: rankingId, reason: `tie resolution: ${body.note}` });
  return rankingView(db, rankingId, req.locale);
};

/** Publishes the provisional ranking: the appeal window opens now for the profile's days (decision 008). */
export const publish = async (req: RankingRequest, rankingId: string): Promise<RankingView> => {
  const { ctx } = req;
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from rankings where id = ${rankingId} for update`);
    const row = await findRankingRow(tx, rankingId);
    const call = await findCallRow(tx, row.callId);
    const profile = await profileOfCall(tx, call.profileCode);
    const entries = await tx.select().from(rankingEntries).where(eq(rankingEntries.rankingId, rankingId));
    const awaiting = entries.filter((e) => (e.detail as EntryDetail | null)?.awaitingScores).length;
    const now = ctx.clock.now();
    const outcome = publishRanking(lifecycleOf(row), {
      now,
      appealWindowDays:
        (call.rules as unknown as CallRules).appealWindowDays ?? profile.rankings.appealWindowDays.value,
      calendar: workingDaySettings(profile),
      awaitingScores: awaiting,
    });
    if (!outcome.ok) throw refusal(outcome);
    const next = outcome.value;
    await tx
      .update(rankings)
      .set({ status: next.status, publishedAt: next.publishedAt, appealsCloseAt: next.appealsCloseAt })
      .where(eq(rankings.id, rankingId));
    await writeAudit(tx, {
      event: 'ranking.published',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      data: { appealsCloseAt: next.appealsCloseAt?.toISOString() ?? null },
      at: now,
    });
  });
  return rankingView(ctx.database.db, rankingId, req.locale);
};

/**
 * Approves the definitive ranking by a decree and, in the same transaction, commits the winners' grants against
 * the call's funding assignment (seed 003: impegno).
 */
export const approve = async (
  req: RankingRequest,
  rankingId: string,
  body: { decreeNumber: string; decreeDate: string },
): Promise<RankingView> => {
  const { ctx } = req;
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from rankings where id = ${rankingId} for update`);
    const row = await findRankingRow(tx, rankingId);
    const call = await findCallRow(tx, row.callId);
    const profile = await profileOfCall(tx, call.profileCode);
    const entries = await tx
      .select({
        outcome: rankingEntries.outcome,
        detail: rankingEntries.detail,
        tieGroup: rankingEntries.tieGroup,
        amount: callPositions.amountPerGrantCents,
      })
      .from(rankingEntries)
      .leftJoin(callPositions, eq(callPositions.id, rankingEntries.positionId))
      .where(eq(rankingEntries.rankingId, rankingId));
    const open = await tx
      .select({ id: appeals.id })
      .from(appeals)
      .where(and(eq(appeals.rankingId, rankingId), eq(appeals.status, 'submitted')));
    const decisiveTies = new Set(
      entries.filter((e) => (e.detail as EntryDetail | null)?.decisiveTie).map((e) => e.tieGroup),
    ).size;
    const now = ctx.clock.now();
    const outcome = approveRanking(lifecycleOf(row), {
      now,
      decree: { number: body.decreeNumber, date: body.decreeDate },
      openAppeals: open.length,
      decisiveTies,
      validityMonths: profile.rankings.validityMonths.value,
    });
    if (!outcome.ok) throw refusal(outcome);
    const next = outcome.value;
    await tx
      .update(rankings)
      .set({
        status: next.status,
        decreeNumber: next.decree?.number ?? null,
        decreeDate: next.decree?.date ?? null,
        approvedAt: next.approvedAt,
        approvedBy: req.actorId,
        validUntil: next.validUntil,
      })
      .where(eq(rankings.id, rankingId));
    const amountCents = entries
      .filter((e) => e.outcome === 'winner')
      .reduce((sum, e) => sum + (e.amount ?? 0), 0);
    if (call.fundingAssignmentId) {
      await tx.insert(fundingCommitments).values({
        assignmentId: call.fundingAssignmentId,
        rankingId,
        amountCents,
        decreeNumber: next.decree?.number ?? body.decreeNumber,
        committedAt: now,
      });
    }
    await writeAudit(tx, {
      event: 'ranking.approved',
      actorId: req.actorId,
      entityType: 'ranking',
      entityId: rankingId,
      data: {
        decree: next.decree,
        validUntil: next.validUntil,
        commitment: call.fundingAssignmentId ? { assignmentId: call.fundingAssignmentId, amountCents } : null,
      },
      at: now,
    });
  });
  return rankingView(ctx.database.db, rankingId, req.locale);
};

type AppealRow = typeof appeals.$inferSelect;
const appealView = (row: AppealRow, protocolNumber: string | null) => ({
  id: row.id,
  rankingId: row.rankingId,
  applicationId: row.applicationId,
  protocolNumber: protocolNumber ?? '',
  reason: row.reason,
  attachmentName: row.attachmentName,
  attachmentType: row.attachmentType,
  submittedAt: row.submittedAt.toISOString(),
  status: row.status as 'submitted' | 'accepted' | 'rejected',
  answer: row.answer,
  answeredAt: row.answeredAt?.toISOString() ?? null,
});

/**
 * A candidate's reasoned appeal against the provisional ranking their application is in (seed 004 art. 7), only
 * during the window. Someone else's application, or one in no ranking, is "not found".
 */
export const submitAppeal = async (
  req: RankingRequest,
  studentId: string,
  applicationId: string,
  input: {
    reason: string;
    rankingId: string | null;
    attachment: { fileName: string; bytes: Buffer } | null;
  },
) => {
  const { ctx } = req;
  return ctx.database.db.transaction(async (tx) => {
    const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId));
    if (!application || application.studentId !== studentId) throw notFound('application');
    const mine = await tx
      .select()
      .from(rankings)
      .innerJoin(rankingEntries, eq(rankingEntries.rankingId, rankings.id))
      .where(eq(rankingEntries.applicationId, applicationId));
    const rows = mine.map((m) => m.rankings);
    const ranking = input.rankingId
      ? rows.find((r) => r.id === input.rankingId)
      : (rows.find((r) => r.status === 'provisional') ?? rows[0]);
    if (!ranking) throw notFound('ranking');
    const now = ctx.clock.now();
    const allowed = checkAppealAllowed(lifecycleOf(ranking), now);
    if (!allowed.ok) throw refusal(allowed);
    let attachment: { type: string; sha256: string } | null = null;
    if (input.attachment) {
      const type = detectAttachmentType(input.attachment.bytes);
      if (!type)
        throw new DomainFailure({
          kind: 'unsupported-file-type',
          detected: null,
          allowed: [...ATTACHMENT_TYPES],
        });
      attachment = { type, sha256: createHash('sha256').update(input.attachment.bytes).digest('hex') };
    }
    const [row] = await tx
      .insert(appeals)
      .values({
        rankingId: ranking.id,
        applicationId,
        reason: input.reason,
        attachmentName: input.attachment?.fileName ?? null,
        attachmentType: attachment?.type ?? null,
        attachmentSha256: attachment?.sha256 ?? null,
        attachmentContent: input.attachment?.bytes ?? null,
        submittedAt: now,
      })
      .returning();
    if (!row) throw new Error('appeal insert failed');
    await writeAudit(tx, {
      event: 'appeal.submitted',
      actorId: req.actorId,
      entityType: 'appeal',
      entityId: row.id,
      data: { rankingId: ranking.id, applicationId, attachment: attachment?.sha256 ?? null },
      at: now,
    });
    return appealView(row, application.protocolNumber);
  });
};

export const listAppeals = async (db: DbOrTx, rankingId: string) => {
  await findRankingRow(db, rankingId);
  const rows = await db
    .select({ appeal: appeals, protocolNumber: applications.protocolNumber })
    .from(appeals)
    .innerJoin(applications, eq(applications.id, appeals.applicationId))
    .where(eq(appeals.rankingId, rankingId))
    .orderBy(asc(appeals.submittedAt));
  return rows.map((r) => appealView(r.appeal, r.protocolNumber));
};

/**
 * The answer to an appeal, recorded by the office for the committee. An accepted appeal lets the provisional
 * ranking be computed again once its scores are corrected through the scoring path.
 */
export const answerAppeal = async (
  req: RankingRequest,
  rankingId: string,
  appealId: string,
  body: { accepted: boolean; answer: string },
) => {
  const { ctx } = req;
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(appeals)
      .where(and(eq(appeals.id, appealId), eq(appeals.rankingId, rankingId)));
    if (!row) throw notFound('appeal');
    if (row.status !== 'submitted') throw conflict('the appeal has already been answered');
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(appeals)
      .set({
        status: body.accepted ? 'accepted' : 'rejected',
        answer: body.answer,
        answeredBy: req.actorId,
        answeredAt: now,
      })
      .where(eq(appeals.id, appealId))
      .returning();
    await writeAudit(tx, {
      event: 'appeal.answered',
      actorId: req.actorId,
      entityType: 'appeal',
      entityId: appealId,
      reason: body.answer,
      data: { rankingId, accepted: body.accepted },
      at: now,
    });
    const [application] = await tx
      .select({ protocolNumber: applications.protocolNumber })
      .from(applications)
      .where(eq(applications.id, row.applicationId));
    return appealView(updated as AppealRow, application?.protocolNumber ?? null);
  });
};
