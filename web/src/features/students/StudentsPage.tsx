import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProgrammeSchema, StudentsPageSchema } from '../../../../api/students.ts';
import { apiGet } from '../../api/client.ts';
import { ExportLink } from '../../components/ExportLink.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { unitsQuery } from '../units/UnitsPage.tsx';
import { STUDENT_FILTERS, StudentFilters } from './StudentFilters.tsx';
import { StudentsTable } from './StudentsTable.tsx';

const PAGE_SIZE = 25;

/** The students the person may see (the office: all; a supervisor: those of their unit). */
export const StudentsPage = () => {
  const { t } = useTranslation();
  const { filters, page, apply } = useListParams(STUDENT_FILTERS);
  const programmes = useQuery({
    queryKey: ['programmes'],
    queryFn: () => apiGet('/api/programmes', z.array(ProgrammeSchema)),
  });
  const units = useQuery(unitsQuery);
  const students = useQuery({
    queryKey: ['students', filters, page],
    queryFn: () => apiGet('/api/students', StudentsPageSchema, { ...filters, page, pageSize: PAGE_SIZE }),
  });
  return (
    <Page title={t('nav.pages.students')} lead={t('students.lead')}>
      <StudentFilters
        key={JSON.stringify(filters)}
        initial={filters}
        programmes={programmes.data ?? []}
        units={units.data ?? []}
        onApply={apply}
      />
      <div className="d-flex justify-content-end mb-3">
        <ExportLink path="/api/students.xlsx" params={filters} />
      </div>
      <QueryView query={students}>
        {(result) => (
          <>
            <StudentsTable students={result.items} total={result.total} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} />
          </>
        )}
      </QueryView>
    </Page>
  );
};
