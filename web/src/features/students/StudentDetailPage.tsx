import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CareerSchema } from '../../../../api/students.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { CareerView } from '../career/CareerView.tsx';

export const StudentDetailPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['student', id],
    queryFn: () => apiGet(`/api/students/${encodeURIComponent(id)}`, CareerSchema),
  });
  const title = query.data
    ? t('students.detailTitle', {
        name: `${query.data.givenName} ${query.data.familyName}`,
        number: query.data.studentNumber,
      })
    : t('nav.pages.students');
  return (
    <Page title={title} trail={[{ label: t('nav.pages.students'), to: '/students' }]}>
      <QueryView query={query}>{(career) => <CareerView career={career} />}</QueryView>
    </Page>
  );
};
