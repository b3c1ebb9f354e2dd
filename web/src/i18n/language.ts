import type { i18n as I18n } from 'i18next';
import type { z } from 'zod';
import { LocaleSchema } from '../../../api/common.ts';

export type Locale = z.infer<typeof LocaleSchema>;

/** The server reads this cookie to answer an anonymous visitor in the language they chose (server/i18n). */
export const LANGUAGE_COOKIE = 'affianco_lang';

export const readLanguageCookie = (): Locale | null => {
  const match = document.cookie.split(';').find((part) => part.trim().startsWith(`${LANGUAGE_COOKIE}=`));
  const parsed = LocaleSchema.safeParse(match?.split('=')[1]?.trim());
  return parsed.success ? parsed.data : null;
};

const rememberLanguage = (locale: Locale) => {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the server reads; no secret.
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
};

export const currentLocale = (i18n: I18n): Locale => (i18n.language === 'en' ? 'en' : 'it');

/** Shows the app in this language, tells screen readers, and remembers it in this browser. */
export const applyLanguage = async (i18n: I18n, locale: Locale) => {
  rememberLanguage(locale);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
};
