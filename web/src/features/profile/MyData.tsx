import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** Every datum Affianco holds about the person, as a JSON file (GDPR art. 15 and 20). */
export const MyData = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-data-title" className="mb-5">
      <h2 id="my-data-title" className="h3">
        {t('profile.dataTitle')}
      </h2>
      <p>{t('profile.dataText')}</p>
      <a className="btn btn-outline-primary btn-icon" href="/api/me/export" download>
        <Icon icon="it-download" color="primary" size="sm" className="me-1" />
        <span>{t('profile.downloadData')}</span>
      </a>
    </section>
  );
};
