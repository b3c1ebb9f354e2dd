import { Button, Select } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { currentLocale, type Locale } from '../../i18n/language.ts';
import { useChangeLanguage } from '../../session/use-change-language.ts';

/** The language Affianco speaks to this person, saved on their profile (every device, every e-mail). */
export const LanguagePreference = () => {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const [choice, setChoice] = useState<Locale>(currentLocale(i18n));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(choice);
  };
  return (
    <section aria-labelledby="language-title" className="mb-5">
      <h2 id="language-title" className="h3">
        {t('profile.languageTitle')}
      </h2>
      <p>{t('profile.languageText')}</p>
      <form onSubmit={submit} className="row g-3 align-items-end">
        <div className="col-sm-6 col-lg-4">
          <Select
            id="profile-language"
            label={t('profile.language')}
            value={choice}
            onChange={(value) => setChoice(value === 'en' ? 'en' : 'it')}
          >
            <option value="it" lang="it">
              Italiano
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </div>
        <div className="col-auto">
          <Button type="submit" color="primary" disabled={change.isPending}>
            {t('profile.saveLanguage')}
          </Button>
        </div>
      </form>
      {change.isSuccess && (
        <p role="status" className="mt-3 text-success">
          {t('profile.languageSaved')}
        </p>
      )}
      {change.isError && <ErrorAlert error={change.error} />}
    </section>
  );
};
