import type { TFunction } from 'i18next';
import { ApiError, NETWORK_KIND, UNEXPECTED_KIND } from '../api/client.ts';

/** What to tell the person: the server's localized title, or our own words when the server did not answer. */
export const errorMessage = (error: unknown, t: TFunction): string => {
  if (error instanceof ApiError) {
    if (error.kind === NETWORK_KIND) return t('errors.network');
    if (error.kind === UNEXPECTED_KIND) return t('errors.unexpected');
    return error.problem.detail ? `${error.problem.title} ${error.problem.detail}` : error.problem.title;
  }
  return t('errors.unexpected');
};
