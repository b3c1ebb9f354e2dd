import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n/language.ts';
import { useSession } from '../session/use-session.ts';

/** Once signed in, the person's saved language wins over this browser's last choice. */
export const LanguageSync = () => {
  const { i18n } = useTranslation();
  const locale = useSession().person?.locale;
  useEffect(() => {
    if (locale) void applyLanguage(i18n, locale);
  }, [i18n, locale]);
  return null;
};
