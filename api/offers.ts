import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const OfferStatusSchema = z.enum(['pending', 'accepted', 'refused', 'expired', 'withdrawn']);
export const OfferReasonSchema = z.enum(['winner', 'draw-down']);
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
  reason: OfferReasonSchema,
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
});
export type RankingOffers = z.infer<typeof RankingOffersSchema>;
