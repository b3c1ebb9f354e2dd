import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type LoginBody, SessionSchema } from '../../../../api/session.ts';
import { apiSend, setCsrfToken } from '../../api/client.ts';
import { applyLanguage } from '../../i18n/language.ts';
import { sessionKey } from '../../session/session-query.ts';

/** Logs in; the reply is the new session (its CSRF token replaces the anonymous one) in the person's language. */
export const useLogin = (returnTo: string) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (body: LoginBody) => apiSend('POST', '/api/session/login', body, SessionSchema),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      client.setQueryData(sessionKey, session);
      if (session.person) await applyLanguage(i18n, session.person.locale);
      await navigate(returnTo, { replace: true });
    },
  });
};
