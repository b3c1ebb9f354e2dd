import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MeSchema } from '../../../../api/me.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { LanguagePreference } from './LanguagePreference.tsx';
import { MyData } from './MyData.tsx';
import { PersonalDetails } from './PersonalDetails.tsx';
import { Sessions } from './Sessions.tsx';

export const ProfilePage = () => {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['me'], queryFn: () => apiGet('/api/me', MeSchema) });
  return (
    <Page title={t('nav.pages.profile')}>
      <QueryView query={query}>{(me) => <PersonalDetails me={me} />}</QueryView>
      <LanguagePreference />
      <MyData />
      <Sessions />
    </Page>
  );
};
