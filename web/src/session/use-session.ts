import { useQuery } from '@tanstack/react-query';
import type { Session } from '../../../api/session.ts';
import { fetchSession, sessionKey } from './session-query.ts';

export const useSessionQuery = () =>
  useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000, refetchOnWindowFocus: true });

/** The session, once loaded: components under the app shell never render before it is. */
export const useSession = (): Session => {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession used before the session was loaded');
  return data;
};
