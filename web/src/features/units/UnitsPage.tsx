import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { UnitListSchema } from '../../../../api/units.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { CreateUnitForm } from './CreateUnitForm.tsx';
import { UnitTree } from './UnitTree.tsx';
import { buildUnitTree } from './unit-tree.ts';

export const unitsQuery = { queryKey: ['units'], queryFn: () => apiGet('/api/units', UnitListSchema) };

export const UnitsPage = () => {
  const { t } = useTranslation();
  const canManage = useCan('units.manage');
  const query = useQuery(unitsQuery);
  return (
    <Page title={t('nav.pages.units')} lead={t('units.lead')}>
      <QueryView query={query}>
        {(units) => (
          <>
            <section aria-labelledby="unit-tree-title">
              <h2 id="unit-tree-title" className="h3">
                {t('units.treeTitle')}
              </h2>
              <UnitTree roots={buildUnitTree(units)} />
            </section>
            {canManage && <CreateUnitForm units={units} />}
          </>
        )}
      </QueryView>
    </Page>
  );
};
