import { useTranslation } from 'react-i18next';
import { currentLocale, type Locale } from '../i18n/language.ts';
import { useChangeLanguage } from '../session/use-change-language.ts';

const CHOICES: Array<{ locale: Locale; short: string; name: string }> = [
  { locale: 'it', short: 'ITA', name: 'Italiano' },
  { locale: 'en', short: 'ENG', name: 'English' },
];

/** Two buttons, each named in its own language so it is recognisable whatever the page's language. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const active = currentLocale(i18n);
  return (
    <fieldset className="d-flex align-items-center me-3 border-0 p-0 m-0">
      <legend className="visually-hidden">{t('language.choose')}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          lang={choice.locale}
          aria-label={choice.name}
          aria-pressed={active === choice.locale}
          disabled={change.isPending}
          className={`btn btn-link btn-sm text-white px-2 ${active === choice.locale ? 'fw-bold text-decoration-underline' : ''}`}
          onClick={() => change.mutate(choice.locale)}
        >
          {choice.short}
        </button>
      ))}
      {change.isError && (
        <span role="alert" className="small text-white ms-1">
          {t('language.notSaved')}
        </span>
      )}
    </fieldset>
  );
};
