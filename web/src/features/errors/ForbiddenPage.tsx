import { useTranslation } from 'react-i18next';
import { Page } from '../../layout/Page.tsx';
import { ForbiddenNotice } from './ForbiddenNotice.tsx';

export const ForbiddenPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.forbiddenPage')}>
      <ForbiddenNotice />
    </Page>
  );
};
