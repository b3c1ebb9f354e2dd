import {
  type OtherRankingCandidate,
  OtherRankingCandidateListSchema,
  type OtherRankingOffer,
  type OwnOffer,
  OwnOfferListSchema,
  OwnOfferSchema,
  type RankingOffers,
  RankingOffersSchema,
} from '../../../../api/offers.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { formatEuros } from '../../components/format.ts';

export const OWN_OFFERS_KEY = ['offers', 'mine'] as const;

export const fetchOwnOffers = async (): Promise<OwnOffer[]> =>
  (await apiGet('/api/offers', OwnOfferListSchema)).items;

export const answerOffer = (offerId: string, answer: 'accept' | 'refuse'): Promise<OwnOffer> =>
  apiSend('POST', `/api/offers/${offerId}/${answer}`, undefined, OwnOfferSchema);

/** The last day to answer (a Rome calendar date) in words: "lunedì 13 aprile 2026". */
export const lastDayText = (date: string, language: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
};

export const euroText = formatEuros;

export const rankingOffersPath = (callId: string, rankingId: string) =>
  `/calls/${encodeURIComponent(callId)}/rankings/${encodeURIComponent(rankingId)}/offers`;

export const rankingOffersKey = (rankingId: string) => ['offers', 'ranking', rankingId] as const;

export const fetchRankingOffers = (rankingId: string): Promise<RankingOffers> =>
  apiGet(`/api/rankings/${encodeURIComponent(rankingId)}/offers`, RankingOffersSchema);

export const startRankingOffers = (rankingId: string): Promise<RankingOffers> =>
  apiSend('POST', `/api/rankings/${encodeURIComponent(rankingId)}/offers`, undefined, RankingOffersSchema);

export const withdrawRankingOffer = (offerId: string, reason: string): Promise<RankingOffers> =>
  apiSend('POST', `/api/offers/${encodeURIComponent(offerId)}/withdraw`, { reason }, RankingOffersSchema);

export const otherCandidatesKey = (rankingId: string) => ['offers', 'other-rankings', rankingId] as const;

export const fetchOtherRankingCandidates = async (rankingId: string): Promise<OtherRankingCandidate[]> =>
  (
    await apiGet(
      `/api/rankings/${encodeURIComponent(rankingId)}/other-rankings/candidates`,
      OtherRankingCandidateListSchema,
    )
  ).items;

export const offerFromOtherRanking = (rankingId: string, body: OtherRankingOffer): Promise<RankingOffers> =>
  apiSend(
    'POST',
    `/api/rankings/${encodeURIComponent(rankingId)}/other-rankings/offers`,
    body,
    RankingOffersSchema,
  );

export const offerReturnedHours = (rankingId: string, appointmentId: string): Promise<RankingOffers> =>
  apiSend(
    'POST',
    `/api/rankings/${encodeURIComponent(rankingId)}/returned-hours`,
    { appointmentId },
    RankingOffersSchema,
  );
