import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CareerSchema } from '../../../../api/students.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { CareerView } from './CareerView.tsx';

export const MyCareerPage = () => {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['my-career'], queryFn: () => apiGet('/api/me/career', CareerSchema) });
  return (
    <Page title={t('nav.pages.career')}>
      <QueryView query={query}>{(career) => <CareerView career={career} />}</QueryView>
    </Page>
  );
};
