import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SpecialCategoryGrantListSchema } from '../../../../api/students.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { GrantForm } from './GrantForm.tsx';
import { GrantsTable } from './GrantsTable.tsx';

/** Who besides the office may read disability and DSA data (GDPR art. 9), why, and since when. */
export const SpecialCategoryPage = () => {
  const { t } = useTranslation();
  const grants = useQuery({
    queryKey: ['special-category-grants'],
    queryFn: () => apiGet('/api/special-category/grants', SpecialCategoryGrantListSchema),
  });
  return (
    <Page title={t('nav.pages.specialCategory')} lead={t('specialCategory.lead')}>
      <GrantForm />
      <QueryView query={grants}>{(list) => <GrantsTable grants={list} />}</QueryView>
    </Page>
  );
};
