import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../layout/Page.tsx';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundPage')}>
      <p>{t('errors.notFoundText')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </Page>
  );
};
