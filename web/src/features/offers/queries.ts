import { type OwnOffer, OwnOfferListSchema, OwnOfferSchema } from '../../../../api/offers.ts';
import { apiGet, apiSend } from '../../api/client.ts';

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

export const euroText = (cents: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
