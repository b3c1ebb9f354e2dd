import type { Locale } from './locale.ts';

/** What a candidate reads when they sent one request too many (server/http/rate-limit.ts). */
export const describeRateLimited = (
  action: 'confirm' | 'draft-save',
  retryAfterSeconds: number,
  locale: Locale,
): string => {
  if (locale === 'en')
    return action === 'confirm'
      ? `Too many confirmation requests in a short time. Try again in ${retryAfterSeconds} seconds: if your application was confirmed, your receipt is in "My applications".`
      : `Too many saves in a short time. Try again in ${retryAfterSeconds} seconds.`;
  return action === 'confirm'
    ? `Troppe richieste di conferma in poco tempo. Riprova tra ${retryAfterSeconds} secondi: se la domanda è stata confermata, trovi la ricevuta in «Le mie domande».`
    : `Troppi salvataggi in poco tempo. Riprova tra ${retryAfterSeconds} secondi.`;
};
