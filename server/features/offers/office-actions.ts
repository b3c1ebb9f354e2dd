import type { OtherRankingCandidate, OtherRankingOffer, RankingOffers } from '../../../api/offers.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import {
  checkOtherRankingOffer,
  eligibleFromOtherRankings,
  type RelatedCandidate,
} from '../../../domain/offers/other-ranking.ts';
import { returnedHoursOf } from '../../../domain/offers/returned-hours.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { checkDrawAllowed } from '../../../domain/ranking/lifecycle.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findAppointment } from '../appointments/repository.ts';
import { returnedHoursAvailable } from '../appointments/returned-hours-repository.ts';
import { queueOfferEmail } from './emails.ts';
import {
  type CallRow,
  closeOffer,
  findCall,
  findOffer,
  findRanking,
  lockCalls,
  lockOffer,
  offerFlagsOf,
  profileOfCall,
  type RankingRow,
  rankingEntryDetails,
  relatedRankings,
} from './repository.ts';
import {
  callsToDrawDown,
  drawDownCall,
  drawDownCalls,
  lifecycleOf,
  makeOffer,
  notFound,
  planFor,
  rankingOffers,
} from './service.ts';

/**
 * The office takes back a pending offer, with a reason (decision 013): the offer is withdrawn, the candidate is told
 * by email, and the grant is drawn down to the next candidate in the same transaction. It was not the candidate's
 * refusal, so they are not moved to the end of the ranking nor counted as refusing (domain/offers/draw-down).
 */
export const withdrawOffer = async (
  ctx: AppContext,
  offerId: string,
  actorId: string,
  reason: string,
  locale: Locale,
): Promise<RankingOffers> => {
  const db = ctx.database.db;
  const seen = await findOffer(db, offerId);
  if (!seen) throw notFound('offer');
  const ranking = await findRanking(db, seen.rankingId);
  if (!ranking) throw notFound('offer');
  const calls = await callsToDrawDown(db, seen, ranking);
  await db.transaction(async (tx) => {
    await lockCalls(tx, calls);
    const offer = await lockOffer(tx, offerId);
    if (!offer) throw notFound('offer');
    if (offer.status !== 'pending')
      throw new DomainFailure({ kind: 'offer-not-pending', status: offer.status });
    const now = ctx.clock.now();
    await closeOffer(tx, offerId, { status: 'withdrawn', closedAt: now, closedBy: actorId });
    await writeAudit(tx, {
      event: 'offer.withdrawn',
      actorId,
      entityType: 'offer',
      entityId: offerId,
      reason,
      data: {
        rankingId: offer.rankingId,
        applicationId: offer.applicationId,
        positionId: offer.positionId,
        grantNumber: offer.grantNumber,
      },
      at: now,
    });
    await queueOfferEmail(ctx, tx, offerId, 'withdrawn', reason);
    await drawDownCalls(ctx, tx, calls, actorId);
  });
  return rankingOffers(ctx, ranking.id, locale);
};

/** The related rankings' candidates as the domain rule weighs them, read in the caller's transaction. */
const relatedCandidates = async (
  tx: Tx,
  ranking: RankingRow,
  call: CallRow,
  profile: RegulationProfile,
  now: Date,
) => {
  const { facts: own } = await planFor(tx, ranking, call, profile);
  const related = await relatedRankings(tx, ranking, call, romeDate(now));
  const all: Array<RelatedCandidate & { rankingTitle: string; callId: string; callTitle: string }> = [];
  for (const { ranking: other, call: otherCall } of related) {
    const otherProfile = await profileOfCall(tx, otherCall);
    const { facts, plan } = await planFor(tx, other, otherCall, otherProfile);
    const flags = await offerFlagsOf(
      tx,
      facts.candidates.map((c) => c.studentId),
    );
    const excluded = new Set(plan.standings.filter((s) => s.excluded).map((s) => s.applicationId));
    // A ranking whose offers have not started still reserves its decree's winners.
    const placed = new Set(plan.offers.map((o) => o.applicationId));
    const totals = new Map(
      (await rankingEntryDetails(tx, other.id)).map((e) => [e.applicationId, e.totalHundredths]),
    );
    for (const c of facts.candidates)
      all.push({
        rankingId: other.id,
        rankingTitle: other.title,
        callId: otherCall.id,
        callTitle: otherCall.title,
        applicationId: c.applicationId,
        studentId: c.studentId,
        place: c.place,
        totalHundredths: totals.get(c.applicationId) ?? 0,
        excluded: excluded.has(c.applicationId),
        placedByOwnRanking: placed.has(c.applicationId),
        waiting: flags.waiting.has(c.studentId),
        holding: flags.holding.has(c.studentId),
      });
  }
  const eligible = eligibleFromOtherRankings({
    candidates: all,
    targetStudentIds: new Set(own.candidates.map((c) => c.studentId)),
    grantsCumulative: profile.caps.grantsCumulative.value,
  });
  return eligible.map(
    (c) => all.find((a) => a.rankingId === c.rankingId && a.applicationId === c.applicationId) ?? c,
  ) as typeof all;
};

const loadRanking = async (db: Tx | AppContext['database']['db'], rankingId: string) => {
  const ranking = await findRanking(db, rankingId);
  if (!ranking) throw notFound('ranking');
  const call = await findCall(db, ranking.callId);
  if (!call) throw notFound('ranking');
  return { ranking, call, profile: await profileOfCall(db, call) };
};

/** Who of the related rankings could take a vacant grant of this exhausted ranking, best score first. */
export const otherRankingCandidates = async (
  ctx: AppContext,
  rankingId: string,
): Promise<OtherRankingCandidate[]> => {
  const db = ctx.database.db;
  const { ranking, call, profile } = await loadRanking(db, rankingId);
  return db.transaction(async (tx) => {
    const list = await relatedCandidates(tx, ranking, call, profile, ctx.clock.now());
    const out: OtherRankingCandidate[] = [];
    const details = new Map<string, Awaited<ReturnType<typeof rankingEntryDetails>>>();
    for (const c of list) {
      if (!details.has(c.rankingId)) details.set(c.rankingId, await rankingEntryDetails(tx, c.rankingId));
      const d = details.get(c.rankingId)?.find((e) => e.applicationId === c.applicationId);
      out.push({
        rankingId: c.rankingId,
        rankingTitle: c.rankingTitle,
        callId: c.callId,
        callTitle: c.callTitle,
        applicationId: c.applicationId,
        protocolNumber: d?.protocolNumber ?? null,
        givenName: d?.givenName ?? '',
        familyName: d?.familyName ?? '',
        place: c.place,
        totalHundredths: c.totalHundredths,
      });
    }
    return out;
  });
};

/**
 * The office offers a vacant grant of an exhausted ranking to a candidate of a related ranking (seed 002 art. 4 c.4,
 * seed 004 art. 8 "previa disponibilità dell'interessato"). The offer says so; the candidate's acceptance is their
 * consent, and refusing it leaves their place in their own ranking as it was (the offer is not among its offers).
 * Under the locks of both calls, checked again: a grant already held by such an offer is not offered twice.
 */
export const offerFromOtherRanking = async (
  ctx: AppContext,
  rankingId: string,
  input: OtherRankingOffer,
  actorId: string,
  locale: Locale,
): Promise<RankingOffers> => {
  const db = ctx.database.db;
  const seen = await findRanking(db, rankingId);
  const source = await findRanking(db, input.rankingId);
  if (!seen || !source) throw notFound('ranking');
  await db.transaction(async (tx) => {
    await lockCalls(tx, [seen.callId, source.callId]);
    const { ranking, call, profile } = await loadRanking(tx, rankingId);
    const now = ctx.clock.now();
    const started = ranking.status === 'in-use' && checkDrawAllowed(lifecycleOf(ranking), now).ok;
    const { facts, plan } = await planFor(tx, ranking, call, profile);
    const eligible = (await relatedCandidates(tx, ranking, call, profile, now)).filter(
      (c) => c.rankingId === input.rankingId,
    );
    const checked = checkOtherRankingOffer(plan, started, input.positionId, input.applicationId, eligible);
    if (!checked.ok) throw new DomainFailure(checked.error);
    const numbers = new Set(
      facts.offers
        .filter((o) => o.positionId === input.positionId && !o.returnedFrom)
        .filter((o) => o.status === 'pending' || o.status === 'accepted')
        .map((o) => o.grantNumber),
    );
    let grantNumber = 1;
    while (numbers.has(grantNumber)) grantNumber += 1;
    await makeOffer(ctx, tx, profile, {
      ranking,
      planned: { positionId: input.positionId, applicationId: input.applicationId, reason: 'other-ranking' },
      studentId: checked.value.studentId,
      grantNumber,
      sequence: facts.offers.length + 1,
      actorId,
      extra: { sourceRankingId: input.rankingId },
    });
  });
  return rankingOffers(ctx, rankingId, locale);
};

/**
 * The office offers the hours an appointment of this ranking gave back when it ended early (seed 001 art. 8 c.4,
 * seed 004 art. 1) to the next available candidate of the ranking who chose that position: the draw-down plans it,
 * and keeps it going down the ranking on a refusal or an expiry like a grant.
 */
export const offerReturnedHours = async (
  ctx: AppContext,
  rankingId: string,
  appointmentId: string,
  actorId: string,
  locale: Locale,
): Promise<RankingOffers> => {
  const db = ctx.database.db;
  const seen = await findRanking(db, rankingId);
  if (!seen) throw notFound('ranking');
  await db.transaction(async (tx) => {
    await lockCalls(tx, [seen.callId]);
    const { ranking, call, profile } = await loadRanking(tx, rankingId);
    const appointment = await findAppointment(tx, appointmentId);
    const origin = appointment ? await findOffer(tx, appointment.offerId) : null;
    if (!appointment || origin?.rankingId !== ranking.id) throw notFound('appointment');
    if (appointment.status !== 'ended' || !returnedHoursOf(appointment))
      throw new DomainFailure({ kind: 'returned-hours-unavailable', reason: 'none-returned' });
    // What is left once the parts given to other tutors of the call are taken away (seed 001 art. 8 c.4).
    const returned = await returnedHoursAvailable(tx, appointment);
    if (!returned) throw new DomainFailure({ kind: 'returned-hours-unavailable', reason: 'all-assigned' });
    const { facts } = await planFor(tx, ranking, call, profile);
    if (facts.offers.some((o) => o.returnedFrom === appointmentId))
      throw new DomainFailure({ kind: 'returned-hours-unavailable', reason: 'already-offered' });
    const slot = {
      appointmentId,
      positionId: appointment.positionId,
      fromApplicationId: origin.applicationId,
      grantNumber: origin.grantNumber,
    };
    // The same plan as the draw-down, with these hours added as one more slot to fill.
    const { plan } = await planFor(tx, ranking, call, profile, [slot]);
    const planned = plan.offers.find((o) => o.returnedFrom === appointmentId);
    if (!planned) throw new DomainFailure({ kind: 'returned-hours-unavailable', reason: 'nobody-to-offer' });
    const candidate = facts.candidates.find((c) => c.applicationId === planned.applicationId);
    if (!candidate) throw notFound('application');
    await makeOffer(ctx, tx, profile, {
      ranking,
      planned,
      studentId: candidate.studentId,
      grantNumber: origin.grantNumber,
      sequence: facts.offers.length + 1,
      actorId,
      extra: { sourceAppointmentId: appointmentId, ...returned },
    });
    // Anything else due on the call (none, normally) is made in the same transaction.
    await drawDownCall(ctx, tx, call, actorId);
  });
  return rankingOffers(ctx, rankingId, locale);
};
