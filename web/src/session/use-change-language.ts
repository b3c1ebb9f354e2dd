import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../api/session.ts';
import { apiSend } from '../api/client.ts';
import { applyLanguage, type Locale } from '../i18n/language.ts';
import { sessionKey } from './session-query.ts';

/**
 * Switches the language. Signed in, the choice is saved on the person (it follows them to other devices);
 * either way a cookie tells the server which language to answer in. Data with server texts is reloaded.
 */
export const useChangeLanguage = () => {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      const session = client.getQueryData<Session>(sessionKey);
      if (session?.person) await apiSend('PATCH', '/api/me/preferences', { locale });
      return locale;
    },
    onSuccess: async (locale) => {
      await applyLanguage(i18n, locale);
      client.setQueryData<Session>(sessionKey, (session) =>
        session?.person ? { ...session, person: { ...session.person, locale } } : session,
      );
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
};
