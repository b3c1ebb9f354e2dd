import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session } from '../../../api/session.ts';
import { LogoutEverywhereResultSchema } from '../../../api/session.ts';
import { apiSend } from '../api/client.ts';
import { sessionKey, signedOut } from './session-query.ts';

export type LogoutNotice = 'logged-out' | 'logged-out-everywhere';

/** Forgets everything loaded for the person and reloads the anonymous session (a fresh CSRF token). */
const useForgetPerson = () => {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async (notice: LogoutNotice) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    client.setQueryData<Session>(sessionKey, (session) => (session ? signedOut(session) : session));
    await client.invalidateQueries({ queryKey: sessionKey });
    await navigate(`/login?notice=${notice}`);
  };
};

export const useLogout = () => {
  const forget = useForgetPerson();
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/session/logout'),
    // Even when the session had already ended on the server, the person is out.
    onSettled: () => forget('logged-out'),
  });
};

export const useLogoutEverywhere = () => {
  const forget = useForgetPerson();
  return useMutation({
    mutationFn: () =>
      apiSend('POST', '/api/session/logout-everywhere', undefined, LogoutEverywhereResultSchema),
    onSuccess: () => forget('logged-out-everywhere'),
  });
};
