import type { OwnOffer, RankingOffers } from '../../../api/offers.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { acceptanceDeadline, isAnswerOnTime } from '../../../domain/offers/deadline.ts';
import {
  type DrawDownPlan,
  type PlannedOffer,
  planOffers,
  type ReturnedHoursSlot,
} from '../../../domain/offers/draw-down.ts';
import { returnedHoursOf } from '../../../domain/offers/returned-hours.ts';
import { workingDaySettings } from '../../../domain/profiles/accessors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { checkDrawAllowed, putRankingInUse, type RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { findAppointment } from '../appointments/repository.ts';
import { returnedHoursAvailable } from '../appointments/returned-hours-repository.ts';
import { acceptanceCapsOf, capsNoticeOf } from './acceptance-caps.ts';
import { queueOfferEmail } from './emails.ts';
import {
  type CallRow,
  closeOffer,
  endedAppointmentsOfRanking,
  findCall,
  findOffer,
  findRanking,
  insertOffer,
  listOwnOffers,
  listRankingOffers,
  lockCalls,
  lockOffer,
  markReminded,
  type OfferRow,
  profileOfCall,
  putInUse,
  type RankingRow,
  rankingFacts,
  rankingsInUse,
} from './repository.ts';

export const OFFER_EXPIRY_JOB_KIND = 'offer-expiry';
export const OFFER_REMINDER_JOB_KIND = 'offer-reminder';

export const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });

export const lifecycleOf = (row: RankingRow) => ({
  status: row.status as RankingStatus,
  publishedAt: row.publishedAt,
  appealsCloseAt: row.appealsCloseAt,
  decree: row.decreeNumber && row.decreeDate ? { number: row.decreeNumber, date: row.decreeDate } : null,
  approvedAt: row.approvedAt,
  validUntil: row.validUntil,
  inUseSince: null,
});

/** The plan for one ranking as things stand in this transaction, and the facts it was made from. */
export const planFor = async (
  tx: Tx,
  ranking: RankingRow,
  call: CallRow,
  profile: RegulationProfile,
  extraReturnedHours: ReturnedHoursSlot[] = [],
) => {
  const grantsCumulative = profile.caps.grantsCumulative.value;
  const facts = await rankingFacts(tx, ranking, call, grantsCumulative);
  const plan = planOffers({
    positions: facts.positions,
    candidates: facts.candidates,
    winners: facts.winners,
    offers: facts.offers,
    refusal: profile.offers.refusal.value,
    ownDepartmentFirst: (call.rules as { ownDepartmentFirst?: boolean }).ownDepartmentFirst ?? false,
    grantsCumulative,
    returnedHours: [...facts.returnedHours, ...extraReturnedHours],
  });
  return { facts, plan };
};

type OfferExtra = {
  sourceRankingId?: string;
  sourceAppointmentId?: string;
  hours?: number;
  amountCents?: number;
};

/**
 * Makes one offer in the caller's transaction: the deadline from the profile's working days, the email, the reminder
 * and expiry timers, and the audit row.
 */
export const makeOffer = async (
  ctx: AppContext,
  tx: Tx,
  profile: RegulationProfile,
  o: {
    ranking: RankingRow;
    planned: Pick<PlannedOffer, 'positionId' | 'applicationId'> & {
      reason: PlannedOffer['reason'] | 'other-ranking';
    };
    studentId: string;
    grantNumber: number;
    sequence: number;
    actorId: string | null;
    extra: OfferExtra;
  },
): Promise<OfferRow> => {
  const now = ctx.clock.now();
  const deadline = acceptanceDeadline(
    now,
    profile.offers.acceptanceWorkingDays.value,
    workingDaySettings(profile),
  );
  const offer = await insertOffer(tx, {
    rankingId: o.ranking.id,
    positionId: o.planned.positionId,
    grantNumber: o.grantNumber,
    applicationId: o.planned.applicationId,
    studentId: o.studentId,
    status: 'pending',
    reason: o.planned.reason,
    offeredAt: now,
    expiresAt: deadline.expiresAt,
    lastDay: deadline.lastDay,
    remindAt: deadline.remindAt,
    offeredBy: o.actorId,
    sequence: o.sequence,
    ...o.extra,
  });
  await enqueueJob(tx, OFFER_EXPIRY_JOB_KIND, { offerId: offer.id }, deadline.expiresAt);
  await enqueueJob(tx, OFFER_REMINDER_JOB_KIND, { offerId: offer.id }, deadline.remindAt);
  await queueOfferEmail(ctx, tx, offer.id, 'offer');
  await writeAudit(tx, {
    event: 'offer.made',
    actorId: o.actorId,
    entityType: 'offer',
    entityId: offer.id,
    data: {
      rankingId: o.ranking.id,
      applicationId: o.planned.applicationId,
      positionId: o.planned.positionId,
      grantNumber: o.grantNumber,
      reason: o.planned.reason,
      expiresAt: deadline.expiresAt.toISOString(),
      lastDay: deadline.lastDay,
      ...o.extra,
    },
    at: now,
  });
  return offer;
};

/**
 * Makes every offer due now for the call's rankings in use (draw-down), one ranking after the other so that each
 * sees the offers the previous one made (grants not cumulative across a call's rankings). The caller holds the call's
 * lock. Each offer: the lowest free grant number of its position (the database refuses a grant held twice), the
 * deadline from the profile's working days, the email, the reminder and expiry timers, and the audit row, all in the
 * caller's transaction.
 */
export const drawDownCall = async (
  ctx: AppContext,
  tx: Tx,
  call: CallRow,
  actorId: string | null,
): Promise<OfferRow[]> => {
  const profile = await profileOfCall(tx, call);
  const now = ctx.clock.now();
  const made: OfferRow[] = [];
  for (const ranking of await rankingsInUse(tx, call.id)) {
    if (!checkDrawAllowed(lifecycleOf(ranking), now).ok) continue;
    const { facts, plan } = await planFor(tx, ranking, call, profile);
    const held = new Map<string, Set<number>>();
    for (const o of facts.offers) {
      if ((o.status !== 'pending' && o.status !== 'accepted') || o.returnedFrom) continue;
      const numbers = held.get(o.positionId) ?? new Set<number>();
      numbers.add(o.grantNumber);
      held.set(o.positionId, numbers);
    }
    let sequence = facts.offers.length;
    for (const planned of plan.offers) {
      const candidate = facts.candidates.find((c) => c.applicationId === planned.applicationId);
      if (!candidate) throw new Error('planned offer to an unknown candidate');
      let grantNumber = 1;
      let extra: OfferExtra = {};
      if (planned.returnedFrom) {
        const slot = facts.returnedHours.find((r) => r.appointmentId === planned.returnedFrom);
        const ended = await findAppointment(tx, planned.returnedFrom);
        // Less than was returned when parts went to other tutors of the call; nothing once all did.
        const returned = ended ? await returnedHoursAvailable(tx, ended) : null;
        if (!slot || !returned) continue;
        grantNumber = slot.grantNumber;
        extra = { sourceAppointmentId: planned.returnedFrom, ...returned };
      } else {
        const numbers = held.get(planned.positionId) ?? new Set<number>();
        while (numbers.has(grantNumber)) grantNumber += 1;
        numbers.add(grantNumber);
        held.set(planned.positionId, numbers);
      }
      sequence += 1;
      made.push(
        await makeOffer(ctx, tx, profile, {
          ranking,
          planned,
          studentId: candidate.studentId,
          grantNumber,
          sequence,
          actorId,
          extra,
        }),
      );
    }
    if (plan.state === 'exhausted' && plan.offers.length === 0 && facts.offers.length > 0) {
      const last = facts.offers.at(-1);
      // Reported once, right after the answer that left the ranking with nobody to offer to.
      if (last?.closedAt && last.closedAt.getTime() === now.getTime()) {
        await writeAudit(tx, {
          event: 'ranking.exhausted',
          actorId,
          entityType: 'ranking',
          entityId: ranking.id,
          data: { vacant: plan.vacant },
          at: now,
        });
      }
    }
  }
  return made;
};

/**
 * The office starts the offers of a definitive ranking (seed 004 art. 8: the winners are called to accept): the
 * ranking goes in use and its winners, then the draw-down, receive offers. Starting again is harmless: it makes only
 * the offers due (none while every grant waits on an answer).
 */
export const startOffers = async (
  ctx: AppContext,
  rankingId: string,
  actorId: string | null,
  locale: Locale = 'it',
) => {
  const db = ctx.database.db;
  const first = await findRanking(db, rankingId);
  if (!first) throw notFound('ranking');
  await db.transaction(async (tx) => {
    await lockCalls(tx, [first.callId]);
    const ranking = await findRanking(tx, rankingId);
    const call = await findCall(tx, first.callId);
    if (!ranking || !call) throw notFound('ranking');
    const now = ctx.clock.now();
    const inUse = putRankingInUse(lifecycleOf(ranking), now);
    if (!inUse.ok) throw new DomainFailure(inUse.error);
    if (ranking.status !== 'in-use') {
      await putInUse(tx, ranking.id);
      await writeAudit(tx, {
        event: 'offers.started',
        actorId,
        entityType: 'ranking',
        entityId: ranking.id,
        data: { callId: call.id },
        at: now,
      });
    }
    await drawDownCall(ctx, tx, call, actorId);
  });
  return rankingOffers(ctx, rankingId, locale);
};

/** A ranking's offers and where its draw-down stands, for the office. */
export const rankingOffers = async (
  ctx: AppContext,
  rankingId: string,
  locale: Locale = 'it',
): Promise<RankingOffers> => {
  const db = ctx.database.db;
  const ranking = await findRanking(db, rankingId);
  if (!ranking) throw notFound('ranking');
  const call = await findCall(db, ranking.callId);
  if (!call) throw notFound('call');
  const profile = await profileOfCall(db, call);
  const plan: DrawDownPlan & { excluded: string[] } = await db.transaction(async (tx) => {
    const { facts, plan } = await planFor(tx, ranking, call, profile);
    const out = new Set(plan.standings.filter((s) => s.excluded).map((s) => s.applicationId));
    return { ...plan, order: plan.order.filter((id) => !out.has(id)), excluded: [...facts.excluded, ...out] };
  });
  const rows = await listRankingOffers(db, rankingId);
  const now = ctx.clock.now();
  const caps = new Map<string, ReturnType<typeof capsNoticeOf>>();
  for (const r of rows)
    if (r.offer.status === 'pending')
      caps.set(r.offer.id, capsNoticeOf(await acceptanceCapsOf(db, r.offer.id, now), locale));
  const ended = await endedAppointmentsOfRanking(db, rankingId);
  const started = ranking.status === 'in-use';
  return {
    rankingId,
    state: started ? plan.state : 'not-started',
    canDrawFromOtherRankings:
      started && plan.offers.length === 0 && plan.ties.length === 0 && plan.vacant.length > 0,
    returnedHours: ended.flatMap((e) => {
      const returned = returnedHoursOf(e.appointment);
      if (!returned || !e.appointment.ending) return [];
      return [
        {
          appointmentId: e.appointment.id,
          tutorName: `${e.familyName} ${e.givenName}`,
          positionId: e.appointment.positionId,
          endedOn: e.appointment.ending.date,
          ...returned,
          assignedHours: e.assignedHours,
          offered: e.offered,
        },
      ];
    }),
    vacant: plan.vacant,
    ties: plan.ties.map((t) => t.applicationIds),
    order: plan.order,
    excluded: plan.excluded,
    items: rows.map((r) => ({
      id: r.offer.id,
      sequence: r.offer.sequence,
      applicationId: r.offer.applicationId,
      protocolNumber: r.protocolNumber,
      givenName: r.givenName,
      familyName: r.familyName,
      positionId: r.offer.positionId,
      activityType: r.activityType,
      grantNumber: r.offer.grantNumber,
      hours: r.hours,
      reason: r.offer.reason as OwnOffer['reason'],
      sourceRankingTitle: r.sourceRankingTitle,
      caps: caps.get(r.offer.id) ?? null,
      status: r.offer.status as OwnOffer['status'],
      offeredAt: r.offer.offeredAt.toISOString(),
      expiresAt: r.offer.expiresAt.toISOString(),
      lastDay: r.offer.lastDay,
      reminderSentAt: r.offer.reminderSentAt?.toISOString() ?? null,
      closedAt: r.offer.closedAt?.toISOString() ?? null,
    })),
  };
};

export const ownOffers = async (
  ctx: AppContext,
  studentId: string,
  locale: Locale = 'it',
): Promise<OwnOffer[]> => {
  const db = ctx.database.db;
  const rows = await listOwnOffers(db, studentId);
  const now = ctx.clock.now();
  const views: OwnOffer[] = [];
  for (const r of rows) {
    const caps =
      r.offer.status === 'pending' ? capsNoticeOf(await acceptanceCapsOf(db, r.offer.id, now), locale) : null;
    views.push(ownOfferView(r, caps));
  }
  return views;
};

const ownOfferView = (
  r: Awaited<ReturnType<typeof listOwnOffers>>[number],
  caps: OwnOffer['caps'],
): OwnOffer => ({
  id: r.offer.id,
  rankingId: r.offer.rankingId,
  rankingTitle: r.rankingTitle,
  callId: r.callId,
  callTitle: r.callTitle,
  applicationId: r.offer.applicationId,
  protocolNumber: r.protocolNumber,
  positionId: r.offer.positionId,
  activityType: r.activityType,
  unitName: r.unitName,
  hours: r.hours,
  amountCents: r.amountCents,
  reason: r.offer.reason as OwnOffer['reason'],
  sourceRankingTitle: r.sourceRankingTitle,
  caps,
  status: r.offer.status as OwnOffer['status'],
  offeredAt: r.offer.offeredAt.toISOString(),
  expiresAt: r.offer.expiresAt.toISOString(),
  lastDay: r.offer.lastDay,
  closedAt: r.offer.closedAt?.toISOString() ?? null,
});

/**
 * The candidate's answer. Someone else's offer is "not found"; an answered offer or one past its deadline is refused
 * with nothing changed (the expiry timer closes it). A refusal draws down at once, in the same transaction.
 */
export const answerOffer = async (
  ctx: AppContext,
  studentId: string,
  offerId: string,
  answer: 'accept' | 'refuse',
  locale: Locale = 'it',
): Promise<OwnOffer> => {
  const db = ctx.database.db;
  const seen = await findOffer(db, offerId);
  if (!seen || seen.studentId !== studentId) throw notFound('offer');
  const ranking = await findRanking(db, seen.rankingId);
  if (!ranking) throw notFound('offer');
  const calls = await callsToDrawDown(db, seen, ranking);
  await db.transaction(async (tx) => {
    // A refusal draws down: it needs the calls' locks, taken before the offer's (the expiry job's order).
    if (answer === 'refuse') await lockCalls(tx, calls);
    const offer = await lockOffer(tx, offerId);
    if (!offer || offer.studentId !== studentId) throw notFound('offer');
    if (offer.status !== 'pending')
      throw new DomainFailure({ kind: 'offer-not-pending', status: offer.status });
    const now = ctx.clock.now();
    if (!isAnswerOnTime(offer, now))
      throw new DomainFailure({
        kind: 'offer-expired',
        expiresAt: offer.expiresAt.toISOString(),
        lastDay: offer.lastDay,
      });
    if (answer === 'accept') {
      // Decision 013: a cap the office could never override blocks the acceptance, nothing changed; the others only
      // warn (the office decides when it makes the appointment, which checks the caps again under the student's lock).
      const caps = await acceptanceCapsOf(tx, offerId, now);
      if (caps.verdict === 'block')
        throw new DomainFailure({ kind: 'acceptance-blocked-by-caps', breaches: caps.breaches });
      await closeOffer(tx, offerId, { status: 'accepted', closedAt: now, closedBy: studentId });
      await writeAudit(tx, {
        event: 'offer.accepted',
        actorId: studentId,
        entityType: 'offer',
        entityId: offerId,
        data: { rankingId: offer.rankingId, positionId: offer.positionId, grantNumber: offer.grantNumber },
        at: now,
      });
      return;
    }
    await closeOffer(tx, offerId, { status: 'refused', closedAt: now, closedBy: studentId });
    await writeAudit(tx, {
      event: 'offer.refused',
      actorId: studentId,
      entityType: 'offer',
      entityId: offerId,
      data: { rankingId: offer.rankingId, positionId: offer.positionId, grantNumber: offer.grantNumber },
      at: now,
    });
    await drawDownCalls(ctx, tx, calls, null);
  });
  const mine = await ownOffers(ctx, studentId, locale);
  const updated = mine.find((o) => o.id === offerId);
  if (!updated) throw notFound('offer');
  return updated;
};

/**
 * The expiry timer (a job at the deadline): a pending offer past its deadline expires and the ranking draws down to
 * the next candidate. Under the call's and the offer's locks and checked again, so a second run, a second instance or
 * an answer that came first changes nothing.
 */
export const expireOffer = async (ctx: AppContext, offerId: string) => {
  const db = ctx.database.db;
  const seen = await findOffer(db, offerId);
  if (seen?.status !== 'pending') return;
  const ranking = await findRanking(db, seen.rankingId);
  if (!ranking) return;
  const calls = await callsToDrawDown(db, seen, ranking);
  await db.transaction(async (tx) => {
    await lockCalls(tx, calls);
    const offer = await lockOffer(tx, offerId);
    if (offer?.status !== 'pending') return;
    const now = ctx.clock.now();
    if (isAnswerOnTime(offer, now)) {
      // Not due yet by this clock: wait for the deadline again.
      await enqueueJob(tx, OFFER_EXPIRY_JOB_KIND, { offerId }, offer.expiresAt);
      return;
    }
    await closeOffer(tx, offerId, { status: 'expired', closedAt: now, closedBy: null });
    await writeAudit(tx, {
      event: 'offer.expired',
      actorId: null,
      entityType: 'offer',
      entityId: offerId,
      data: {
        rankingId: offer.rankingId,
        positionId: offer.positionId,
        expiresAt: offer.expiresAt.toISOString(),
      },
      at: now,
    });
    await drawDownCalls(ctx, tx, calls, null);
  });
};

/**
 * The calls an answer to this offer draws down: the grant's, and for an offer drawn from another ranking the
 * candidate's own (freed, they may be offered there again).
 */
export const callsToDrawDown = async (
  db: Tx | AppContext['database']['db'],
  offer: OfferRow,
  ranking: RankingRow,
) => {
  const ids = [ranking.callId];
  if (offer.sourceRankingId) {
    const source = await findRanking(db, offer.sourceRankingId);
    if (source) ids.push(source.callId);
  }
  return [...new Set(ids)].sort();
};

/** Draws down each call in turn, in the order their locks were taken. */
export const drawDownCalls = async (
  ctx: AppContext,
  tx: Tx,
  callIds: readonly string[],
  actorId: string | null,
) => {
  for (const id of callIds) {
    const call = await findCall(tx, id);
    if (call) await drawDownCall(ctx, tx, call, actorId);
  }
};

/** The reminder timer: once, on the last day, only while the offer waits for an answer. */
export const remindOffer = async (ctx: AppContext, offerId: string) => {
  await ctx.database.db.transaction(async (tx) => {
    const offer = await lockOffer(tx, offerId);
    const now = ctx.clock.now();
    if (offer?.status !== 'pending' || offer.reminderSentAt || !isAnswerOnTime(offer, now)) return;
    await queueOfferEmail(ctx, tx, offerId, 'reminder');
    await markReminded(tx, offerId, now);
    await writeAudit(tx, {
      event: 'offer.reminded',
      actorId: null,
      entityType: 'offer',
      entityId: offerId,
      data: { lastDay: offer.lastDay },
      at: now,
    });
  });
};
