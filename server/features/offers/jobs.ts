import type { JobHandler } from '../../jobs/worker.ts';
import { expireOffer, remindOffer } from './service.ts';

const offerIdOf = (payload: Record<string, unknown>) => {
  const id = payload.offerId;
  if (typeof id !== 'string') throw new Error('offer job without an offerId');
  return id;
};

/** At the deadline: the offer expires if still unanswered, and the ranking draws down. */
export const runOfferExpiryJob: JobHandler = (ctx, job) => expireOffer(ctx, offerIdOf(job.payload));

/** On the last day: the candidate is reminded if still unanswered. */
export const runOfferReminderJob: JobHandler = (ctx, job) => remindOffer(ctx, offerIdOf(job.payload));
