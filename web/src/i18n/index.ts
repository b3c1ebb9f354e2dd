import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { it } from './it.ts';
import { type Locale, readLanguageCookie } from './language.ts';

export const resources = { it: { translation: it }, en: { translation: en } } as const;

/** Italian is the university's language; English when chosen (the per-person choice wins once signed in). */
export const createI18n = (locale: Locale = readLanguageCookie() ?? 'it') => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'it',
    supportedLngs: ['it', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
};
