import type { CallAmendmentBody, CallDetail, CallDraftBody, CallSummary } from '../../../api/calls.ts';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { assessAmendment } from '../../../domain/calls/amendments.ts';
import {
  type CallData,
  type CallRules,
  committedCents,
  defaultActivitiesEndDate,
  type RequiredAttachment,
  rulesFromProfile,
  totalGrants,
} from '../../../domain/calls/types.ts';
import { validateCall } from '../../../domain/calls/validate.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { activeProfile, findProfileRow, profileOfRow } from '../profiles/repository.ts';
import { callFieldIssues, callRouteMessage } from './messages.ts';
import {
  amendmentsOf,
  type CallRow,
  committedOnFunding,
  confirmedApplications,
  findCallByCode,
  findCallRow,
  fundingAmount,
  insertAmendment,
  insertCall,
  listCallRows,
  lockCall,
  markPublished,
  type PositionRow,
  positionsOf,
  replaceCall,
} from './repository.ts';

export interface CallRequest {
  ctx: AppContext;
  actorId: string | null;
  locale: Locale;
}

const ENTITY = 'call';
const romeInstant = (value: { date: string; time: string }) => romeToUtc(value.date, value.time);

const summaryOf = (row: CallRow, positions: PositionRow[], now: Date): CallSummary => ({
  id: row.id,
  code: row.code,
  title: row.title,
  academicYear: row.academicYear,
  status: row.status as CallSummary['status'],
  opensAt: row.opensAt.toISOString(),
  closesAt: row.closesAt.toISOString(),
  open: row.status === 'published' && row.opensAt <= now && now < row.closesAt,
  grants: totalGrants(positions),
  totalCents: committedCents(positions),
  version: row.version,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

const dataOf = (row: CallRow, positions: PositionRow[]): CallData => ({
  title: row.title,
  academicYear: row.academicYear,
  legalReferences: row.legalReferences,
  opensAt: row.opensAt,
  closesAt: row.closesAt,
  activitiesEndDate: row.activitiesEndDate,
  rules: row.rules as unknown as CallRules,
  requiredAttachments: row.requiredAttachments as RequiredAttachment[],
  articles: row.articles,
  positions: positions.map((p) => ({
    activityType: p.activityType,
    activityKind: p.activityKind,
    unitId: p.unitId,
    grants: p.grants,
    hoursPerGrant: p.hoursPerGrant,
    amountPerGrantCents: p.amountPerGrantCents,
    admittedProgrammeTypes: p.admittedProgrammeTypes,
  })),
});

export const detailOf = async (db: DbOrTx, row: CallRow, now: Date): Promise<CallDetail> => {
  const positions = (await positionsOf(db, [row.id])).get(row.id) ?? [];
  const amendments = await amendmentsOf(db, row.id);
  return {
    ...summaryOf(row, positions, now),
    legalReferences: row.legalReferences,
    profileCode: row.profileCode,
    activitiesEndDate: row.activitiesEndDate,
    fundingAssignmentId: row.fundingAssignmentId,
    rules: row.rules as unknown as CallDetail['rules'],
    requiredAttachments: row.requiredAttachments as RequiredAttachment[],
    articles: row.articles,
    positions: positions as CallDetail['positions'],
    amendments: amendments.map((a) => ({
      id: a.id,
      version: a.version,
      reason: a.reason,
      fields: Object.keys(a.changes),
      harmful: a.harmful,
      createdAt: a.createdAt.toISOString(),
    })),
  };
};

export const listCalls = async (ctx: AppContext, onlyPublished: boolean): Promise<CallSummary[]> => {
  const rows = await listCallRows(ctx.database.db, onlyPublished ? 'published' : undefined);
  const positions = await positionsOf(
    ctx.database.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock.now();
  return rows.map((row) => summaryOf(row, positions.get(row.id) ?? [], now));
};

/** What a visitor looks for first: calls still open, soonest to close first; then closed ones, latest first. */
const publicOrder = (a: CallDetail, b: CallDetail) =>
  Number(b.open) - Number(a.open) ||
  (a.open ? a.closesAt.localeCompare(b.closesAt) : b.closesAt.localeCompare(a.closesAt));

export const listPublicCalls = async (ctx: AppContext): Promise<CallDetail[]> => {
  const rows = await listCallRows(ctx.database.db, 'published');
  const now = ctx.clock.now();
  const details = await Promise.all(rows.map((row) => detailOf(ctx.database.db, row, now)));
  return details.sort(publicOrder);
};

export const findCall = async (ctx: AppContext, id: string, onlyPublished = false): Promise<CallDetail> => {
  const row = await findCallRow(ctx.database.db, id);
  if (!row || (onlyPublished && row.status !== 'published'))
    throw new DomainFailure({ kind: 'not-found', entity: 'call' });
  return detailOf(ctx.database.db, row, ctx.clock.now());
};

/** The profile a call was drafted under: its rules (caps) keep applying to it even if another is activated. */
const profileOfCall = async (db: DbOrTx, code: string): Promise<RegulationProfile> => {
  const row = await findProfileRow(db, code);
  if (row) return profileOfRow(row).profile;
  const active = await activeProfile(db);
  if (!active) throw new Error(`profile ${code} not found`);
  return active.profile;
};

const fundingRemaining = async (
  db: DbOrTx,
  request: CallRequest,
  fundingId: string | null,
  callId: string | null,
): Promise<number | null> => {
  if (!fundingId) return null;
  const amount = await fundingAmount(db, fundingId);
  if (amount === null)
    throw new DomainFailure({
      kind: 'invalid-input',
      issues: [
        {
          field: 'fundingAssignmentId',
          code: 'unknown',
          message: callRouteMessage('unknown-funding', request.locale),
        },
      ],
    });
  return amount - (await committedOnFunding(db, fundingId, callId));
};

const check = async (
  db: DbOrTx,
  request: CallRequest,
  call: CallData,
  profile: RegulationProfile,
  fundingId: string | null,
  callId: string | null,
  publishing: boolean,
) => {
  const issues = validateCall(call, {
    profile,
    fundingRemainingCents: await fundingRemaining(db, request, fundingId, callId),
    now: request.ctx.clock.now(),
    publishing,
  });
  if (issues.length > 0)
    throw new DomainFailure({ kind: 'invalid-input', issues: callFieldIssues(issues, request.locale) });
};

const dataOfBody = (body: CallDraftBody, rules: CallRules): CallData => ({
  title: body.title,
  academicYear: body.academicYear,
  legalReferences: body.legalReferences,
  opensAt: romeInstant(body.opensAt),
  closesAt: romeInstant(body.closesAt),
  activitiesEndDate: body.activitiesEndDate ?? defaultActivitiesEndDate(body.academicYear),
  rules,
  requiredAttachments: body.requiredAttachments as RequiredAttachment[],
  articles: body.articles,
  positions: body.positions,
});

/**
 * The office drafts a call. The active profile's settings are copied into its rules unless the office sends
 * adjusted ones (decision 006); caps and funding are checked on every save, the window only on publishing.
 */
export const draftCall = async (request: CallRequest, body: CallDraftBody): Promise<CallDetail> => {
  const { ctx, actorId, locale } = request;
  const db = ctx.database.db;
  const active = await activeProfile(db);
  if (!active)
    throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('no-active-profile', locale) });
  if (await findCallByCode(db, body.code))
    throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('code-taken', locale) });
  const data = dataOfBody(body, (body.rules as CallRules | undefined) ?? rulesFromProfile(active.profile));
  await check(db, request, data, active.profile, body.fundingAssignmentId, null, false);
  const at = ctx.clock.now();
  const id = await db.transaction(async (tx) => {
    const { positions, ...values } = data;
    const callId = await insertCall(
      tx,
      {
        ...values,
        code: body.code,
        profileCode: active.code,
        fundingAssignmentId: body.fundingAssignmentId,
        createdBy: actorId,
        createdAt: at,
      },
      positions,
    );
    await writeAudit(tx, {
      at,
      event: 'call.created',
      actorId,
      entityType: ENTITY,
      entityId: callId,
      data: { code: body.code, positions: positions.length, grants: totalGrants(positions) },
    });
    return callId;
  });
  return findCall(ctx, id);
};

export const updateDraft = async (
  request: CallRequest,
  id: string,
  body: CallDraftBody,
): Promise<CallDetail> => {
  const { ctx, actorId, locale } = request;
  const db = ctx.database.db;
  const row = await findCallRow(db, id);
  if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
  if (row.status !== 'draft')
    throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('not-a-draft', locale) });
  const other = await findCallByCode(db, body.code);
  if (other && other.id !== id)
    throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('code-taken', locale) });
  const data = dataOfBody(body, (body.rules as CallRules | undefined) ?? (row.rules as unknown as CallRules));
  await check(
    db,
    request,
    data,
    await profileOfCall(db, row.profileCode),
    body.fundingAssignmentId,
    id,
    false,
  );
  const at = ctx.clock.now();
  await db.transaction(async (tx) => {
    const locked = await lockCall(tx, id);
    if (locked?.status !== 'draft')
      throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('not-a-draft', locale) });
    const { positions, ...values } = data;
    await replaceCall(
      tx,
      id,
      { ...values, code: body.code, fundingAssignmentId: body.fundingAssignmentId },
      positions,
    );
    await writeAudit(tx, {
      at,
      event: 'call.updated',
      actorId,
      entityType: ENTITY,
      entityId: id,
      data: { code: body.code },
    });
  });
  return findCall(ctx, id);
};

/** Publishing validates the call again, now with the window: it must still be ahead of the server clock. */
export const publishCall = async (request: CallRequest, id: string): Promise<CallDetail> => {
  const { ctx, actorId, locale } = request;
  const db = ctx.database.db;
  const at = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await lockCall(tx, id);
    if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
    if (row.status !== 'draft')
      throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('not-a-draft', locale) });
    const positions = (await positionsOf(tx, [id])).get(id) ?? [];
    const data = dataOf(row, positions);
    await check(
      tx,
      request,
      data,
      await profileOfCall(tx, row.profileCode),
      row.fundingAssignmentId,
      id,
      true,
    );
    await markPublished(tx, id, actorId, at);
    await writeAudit(tx, {
      at,
      event: 'call.published',
      actorId,
      entityType: ENTITY,
      entityId: id,
      data: { code: row.code, closesAt: row.closesAt.toISOString(), grants: totalGrants(positions) },
    });
  });
  return findCall(ctx, id);
};

/**
 * A published call changes only by amendment: recorded with its reason and diff, audited, and refused when it
 * harms applicants once the call has confirmed applications (issue 3). The call row is locked, so an application
 * confirmed meanwhile is counted either before or after, never half-way.
 */
export const amendCall = async (
  request: CallRequest,
  id: string,
  body: CallAmendmentBody,
): Promise<CallDetail> => {
  const { ctx, actorId, locale } = request;
  const db = ctx.database.db;
  const at = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await lockCall(tx, id);
    if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
    if (row.status !== 'published')
      throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('not-published', locale) });
    const before = dataOf(row, (await positionsOf(tx, [id])).get(id) ?? []);
    const c = body.changes;
    const after: CallData = {
      ...before,
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.legalReferences !== undefined ? { legalReferences: c.legalReferences } : {}),
      ...(c.opensAt ? { opensAt: romeInstant(c.opensAt) } : {}),
      ...(c.closesAt ? { closesAt: romeInstant(c.closesAt) } : {}),
      ...(c.activitiesEndDate ? { activitiesEndDate: c.activitiesEndDate } : {}),
      ...(c.rules ? { rules: c.rules as CallRules } : {}),
      ...(c.requiredAttachments
        ? { requiredAttachments: c.requiredAttachments as RequiredAttachment[] }
        : {}),
      ...(c.articles ? { articles: c.articles } : {}),
      ...(c.positions ? { positions: c.positions } : {}),
    };
    const assessment = assessAmendment(before, after);
    const fields = Object.keys(assessment.changes);
    if (fields.length === 0)
      throw new DomainFailure({ kind: 'conflict', detail: callRouteMessage('no-changes', locale) });
    const harmful = assessment.harms.length > 0;
    if (harmful && (await confirmedApplications(tx, id)) > 0)
      throw new DomainFailure({
        kind: 'conflict',
        detail: callRouteMessage('harmful-after-applications', locale),
      });
    // A new closing time must be ahead; an amendment that leaves the window alone may follow the close.
    await check(
      tx,
      request,
      after,
      await profileOfCall(tx, row.profileCode),
      row.fundingAssignmentId,
      id,
      Boolean(c.closesAt),
    );
    const version = row.version + 1;
    const { positions, academicYear: _, ...values } = after;
    await replaceCall(tx, id, { ...values, version }, c.positions ? positions : null);
    const changes = Object.fromEntries(
      Object.entries(assessment.changes).map(([field, change]) => [
        field,
        { before: change.before, after: change.after },
      ]),
    );
    await insertAmendment(tx, {
      callId: id,
      version,
      reason: body.reason,
      changes,
      harmful,
      createdBy: actorId,
      createdAt: at,
    });
    await writeAudit(tx, {
      at,
      event: 'call.amended',
      actorId,
      entityType: ENTITY,
      entityId: id,
      reason: body.reason,
      data: { version, fields, harms: assessment.harms },
    });
  });
  return findCall(ctx, id);
};
