import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const OfferStatusSchema = z.enum(['pending', 'accepted', 'refused', 'expired', 'withdrawn']);
export const OfferReasonSchema = z.enum(['winner', 'draw-down', 'other-ranking', 'returned-hours']);

/**
 * What the caps say about accepting a pending offer (decision 013): warn (the office may override every breach) or
 * block (accepting is refused); each breach worded in the reader's language.
 */
export const CapsNoticeSchema = z.object({
  verdict: z.enum(['warn', 'block']),
  messages: z.array(z.string()),
});
export type CapsNotice = z.infer<typeof CapsNoticeSchema>;
/** not-started: a definitive ranking whose offers the office has not started yet. */
export const RankingOfferStateSchema = z.enum([
  'not-started',
  'filled',
  'waiting',
  'exhausted',
  'blocked-by-ties',
]);

/** An offer as the candidate reads it in their application. */
export const OwnOfferSchema = z.object({
  id: UuidSchema,
  rankingId: UuidSchema,
  rankingTitle: z.string(),
  callId: UuidSchema,
  callTitle: z.string(),
  applicationId: UuidSchema,
  protocolNumber: z.string().nullable(),
  positionId: UuidSchema,
  activityType: z.string(),
  unitName: z.string(),
  hours: z.number().int(),
  amountCents: z.number().int(),
  reason: OfferReasonSchema,
  /** For an offer drawn from another ranking: the candidate's own ranking, which their answer does not touch. */
  sourceRankingTitle: z.string().nullable(),
  /** Caps this offer would break if accepted, while it is pending; null when none. */
  caps: CapsNoticeSchema.nullable(),
  status: OfferStatusSchema,
  offeredAt: z.string(),
  /** The first late instant, ISO (midnight Rome time at the end of lastDay). */
  expiresAt: z.string(),
  /** The last day to answer, Rome calendar date YYYY-MM-DD. */
  lastDay: z.string(),
  closedAt: z.string().nullable(),
});
export type OwnOffer = z.infer<typeof OwnOfferSchema>;

export const OwnOfferListSchema = z.object({ items: z.array(OwnOfferSchema) });

/** An offer in the office's list of a ranking's offers. */
export const OfficeOfferSchema = z.object({
  id: UuidSchema,
  sequence: z.number().int(),
  applicationId: UuidSchema,
  protocolNumber: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  positionId: UuidSchema,
  activityType: z.string(),
  grantNumber: z.number().int(),
  hours: z.number().int(),
  reason: OfferReasonSchema,
  sourceRankingTitle: z.string().nullable(),
  caps: CapsNoticeSchema.nullable(),
  status: OfferStatusSchema,
  offeredAt: z.string(),
  expiresAt: z.string(),
  lastDay: z.string(),
  reminderSentAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});

/** A ranking's offers and where its draw-down stands. */
export const RankingOffersSchema = z.object({
  rankingId: UuidSchema,
  state: RankingOfferStateSchema,
  vacant: z.array(z.object({ positionId: UuidSchema, vacant: z.number().int() })),
  /** Application ids of an unordered tie the next grant falls into (state blocked-by-ties). */
  ties: z.array(z.array(UuidSchema)),
  /** Application ids as the ranking now stands (those who refused at the end), excluded ones apart. */
  order: z.array(UuidSchema),
  excluded: z.array(UuidSchema),
  items: z.array(OfficeOfferSchema),
  /** The ranking's own candidates cannot take a vacant grant now: the office may draw from a related ranking. */
  canDrawFromOtherRankings: z.boolean(),
  /** Appointments of this ranking that ended early and gave hours back ("ore restituite"). */
  returnedHours: z.array(
    z.object({
      appointmentId: UuidSchema,
      tutorName: z.string(),
      positionId: UuidSchema,
      endedOn: z.string(),
      hours: z.number().int(),
      amountCents: z.number().int(),
      /** Hours given to other tutors of the call (seed 001 art. 8 c.4); an offer carries only the rest. */
      assignedHours: z.number().int(),
      /** An offer of these hours was made (the draw-down then keeps them going down the ranking). */
      offered: z.boolean(),
    }),
  ),
});
export type RankingOffers = z.infer<typeof RankingOffersSchema>;

/** The office takes a pending offer back; the reason goes to the audit log and the candidate's email. */
export const WithdrawOfferSchema = z.object({ reason: z.string().trim().min(1).max(1000) });
export type WithdrawOffer = z.infer<typeof WithdrawOfferSchema>;

/** A candidate of a related ranking who could take a vacant grant of an exhausted ranking, best score first. */
export const OtherRankingCandidateSchema = z.object({
  rankingId: UuidSchema,
  /** The call of their ranking, for a link to it. */
  callId: UuidSchema,
  rankingTitle: z.string(),
  callTitle: z.string(),
  applicationId: UuidSchema,
  protocolNumber: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  place: z.number().int(),
  totalHundredths: z.number().int(),
});
export const OtherRankingCandidateListSchema = z.object({ items: z.array(OtherRankingCandidateSchema) });
export type OtherRankingCandidate = z.infer<typeof OtherRankingCandidateSchema>;

export const OtherRankingOfferSchema = z.object({
  positionId: UuidSchema,
  rankingId: UuidSchema,
  applicationId: UuidSchema,
});
export type OtherRankingOffer = z.infer<typeof OtherRankingOfferSchema>;

export const ReturnedHoursOfferSchema = z.object({ appointmentId: UuidSchema });
