import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AuditPageSchema } from '../../../../api/audit.ts';
import { apiGet } from '../../api/client.ts';
import { ExportLink } from '../../components/ExportLink.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { AUDIT_FILTERS, AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;

export const AuditPage = () => {
  const { t } = useTranslation();
  const { filters, page, apply } = useListParams(AUDIT_FILTERS);
  const query = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () => apiGet('/api/audit', AuditPageSchema, { ...filters, page, pageSize: PAGE_SIZE }),
  });
  return (
    <Page title={t('nav.pages.audit')} lead={t('audit.lead')}>
      <AuditFilters key={JSON.stringify(filters)} initial={filters} onApply={apply} />
      <div className="d-flex justify-content-end mb-3">
        <ExportLink path="/api/audit.xlsx" params={filters} />
      </div>
      <QueryView query={query}>
        {(result) => (
          <>
            <AuditTable entries={result.items} total={result.total} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} />
          </>
        )}
      </QueryView>
    </Page>
  );
};
