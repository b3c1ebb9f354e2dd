import type { OwnOffer, RankingOffers } from '../../../api/offers.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { acceptanceDeadline, isAnswerOnTime } from '../../../domain/offers/deadline.ts';
import { type DrawDownPlan, planOffers } from '../../../domain/offers/draw-down.ts';
import { workingDaySettings } from '../../../domain/profiles/accessors.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { checkDrawAllowed, putRankingInUse, type RankingStatus } from '../../../domain/ranking/lifecycle.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { queueOfferEmail } from './emails.ts';
import {
  type CallRow,
  closeOffer,
  findCall,
  findOffer,
  findRanking,
  insertOffer,
  listOwnOffers,
  listRankingOffers,
  lockCall,
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

const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });

const lifecycleOf = (row: RankingRow) => ({
  status: row.status as RankingStatus,
  publishedAt: row.publishedAt,
  appealsCloseAt: row.appealsCloseAt,
  decree: row.decreeNumber && row.decreeDate ? { number: row.decreeNumber, date: row.decreeDate } : null,
  approvedAt: row.approvedAt,
  validUntil: row.validUntil,
  inUseSince: null,
});

/** The plan for one ranking as things stand in this transaction, and the facts it was made from. */
const planFor = async (tx: Tx, ranking: RankingRow, call: CallRow, profile: RegulationProfile) => {
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
  });
  return { facts, plan };
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
      if (o.status !== 'pending' && o.status !== 'accepted') continue;
      const numbers = held.get(o.positionId) ?? new Set<number>();
      numbers.add(o.grantNumber);
      held.set(o.positionId, numbers);
    }
    let sequence = facts.offers.length;
    for (const planned of plan.offers) {
      const numbers = held.get(planned.positionId) ?? new Set<number>();
      let grantNumber = 1;
      while (numbers.has(grantNumber)) grantNumber += 1;
      numbers.add(grantNumber);
      held.set(planned.positionId, numbers);
      const candidate = facts.candidates.find((c) => c.applicationId === planned.applicationId);
      if (!candidate) throw new Error('planned offer to an unknown candidate');
      const deadline = acceptanceDeadline(
        now,
        profile.offers.acceptanceWorkingDays.value,
        workingDaySettings(profile),
      );
      sequence += 1;
      const offer = await insertOffer(tx, {
        rankingId: ranking.id,
        positionId: planned.positionId,
        grantNumber,
        applicationId: planned.applicationId,
        studentId: candidate.studentId,
        status: 'pending',
        reason: planned.reason,
        offeredAt: now,
        expiresAt: deadline.expiresAt,
        lastDay: deadline.lastDay,
        remindAt: deadline.remindAt,
        offeredBy: actorId,
        sequence,
      });
      await enqueueJob(tx, OFFER_EXPIRY_JOB_KIND, { offerId: offer.id }, deadline.expiresAt);
      await enqueueJob(tx, OFFER_REMINDER_JOB_KIND, { offerId: offer.id }, deadline.remindAt);
      await queueOfferEmail(ctx, tx, offer.id, 'offer');
      await writeAudit(tx, {
        event: 'offer.made',
        actorId,
        entityType: 'offer',
        entityId: offer.id,
        data: {
          rankingId: ranking.id,
          applicationId: planned.applicationId,
          positionId: planned.positionId,
          grantNumber,
          reason: planned.reason,
          expiresAt: deadline.expiresAt.toISOString(),
          lastDay: deadline.lastDay,
        },
        at: now,
      });
      made.push(offer);
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
export const startOffers = async (ctx: AppContext, rankingId: string, actorId: string | null) => {
  const db = ctx.database.db;
  const first = await findRanking(db, rankingId);
  if (!first) throw notFound('ranking');
  await db.transaction(async (tx) => {
    await lockCall(tx, first.callId);
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
  return rankingOffers(ctx, rankingId);
};

/** A ranking's offers and where its draw-down stands, for the office. */
export const rankingOffers = async (ctx: AppContext, rankingId: string): Promise<RankingOffers> => {
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
  return {
    rankingId,
    state: ranking.status === 'in-use' ? plan.state : 'not-started',
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
      reason: r.offer.reason as 'winner' | 'draw-down',
      status: r.offer.status as OwnOffer['status'],
      offeredAt: r.offer.offeredAt.toISOString(),
      expiresAt: r.offer.expiresAt.toISOString(),
      lastDay: r.offer.lastDay,
      reminderSentAt: r.offer.reminderSentAt?.toISOString() ?? null,
      closedAt: r.offer.closedAt?.toISOString() ?? null,
    })),
  };
};

export const ownOffers = async (ctx: AppContext, studentId: string): Promise<OwnOffer[]> => {
  const rows = await listOwnOffers(ctx.database.db, studentId);
  return rows.map(ownOfferView);
};

const ownOfferView = (r: Awaited<ReturnType<typeof listOwnOffers>>[number]): OwnOffer => ({
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
): Promise<OwnOffer> => {
  const db = ctx.database.db;
  const seen = await findOffer(db, offerId);
  if (!seen || seen.studentId !== studentId) throw notFound('offer');
  const ranking = await findRanking(db, seen.rankingId);
  if (!ranking) throw notFound('offer');
  await db.transaction(async (tx) => {
    // A refusal draws down: it needs the call's lock, taken before the offer's (the expiry job's order).
    if (answer === 'refuse') await lockCall(tx, ranking.callId);
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
      // Issue 5, caps: here acceptance will check the caps of domain/caps (amount per year, hours, one grant per
      // academic year, declared incompatibilities) and create the appointment (domain/appointments) in this same
      // transaction; a breach will refuse the acceptance with nothing changed.
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
    const call = await findCall(tx, ranking.callId);
    if (call) await drawDownCall(ctx, tx, call, null);
  });
  const mine = await ownOffers(ctx, studentId);
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
  await db.transaction(async (tx) => {
    await lockCall(tx, ranking.callId);
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
    const call = await findCall(tx, ranking.callId);
    if (call) await drawDownCall(ctx, tx, call, null);
  });
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
