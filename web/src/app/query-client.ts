import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Session } from '../../../api/session.ts';
import { ApiError, NETWORK_KIND } from '../api/client.ts';
import { noteAuthLoss } from '../session/auth-loss.ts';
import { sessionKey, signedOut } from '../session/session-query.ts';

const AUTH_LOST = new Set(['session-expired', 'not-authenticated']);

/**
 * One client for the app. A 401 from any call means the session is gone: the cached session turns anonymous
 * (the route guard then sends the person to the login page) and is reloaded for a fresh CSRF token.
 */
export const createQueryClient = (options: { retry?: boolean } = {}) => {
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401 || !AUTH_LOST.has(error.kind)) return;
    noteAuthLoss(error.kind as 'session-expired' | 'not-authenticated');
    client.setQueryData<Session>(sessionKey, (session) => (session ? signedOut(session) : session));
    void client.invalidateQueries({ queryKey: sessionKey });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A problem reply is an answer, not a glitch: only network failures are retried.
        retry:
          options.retry === false
            ? false
            : (count, error) => error instanceof ApiError && error.kind === NETWORK_KIND && count < 2,
      },
    },
  });
  return client;
};
