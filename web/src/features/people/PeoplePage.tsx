import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeoplePageSchema, type PersonSummary } from '../../../../api/people.ts';
import { ApiError, apiGet } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportLink } from '../../components/ExportLink.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { unitsQuery } from '../units/UnitsPage.tsx';
import { GrantRoleForm } from './GrantRoleForm.tsx';
import { PeopleFilters } from './PeopleFilters.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { useRoleChanges } from './use-role-changes.ts';

const FILTERS = ['q', 'unitId', 'role'] as const;
const PAGE_SIZE = 25;

/** People and their roles: the office reads, the administrator grants and revokes. */
export const PeoplePage = () => {
  const { t } = useTranslation();
  const canManage = useCan('roles.manage');
  const { filters, page, apply } = useListParams(FILTERS);
  const units = useQuery(unitsQuery);
  const people = useQuery({
    queryKey: ['people', filters, page],
    queryFn: () => apiGet('/api/people', PeoplePageSchema, { ...filters, page, pageSize: PAGE_SIZE }),
  });
  const { grant, revoke } = useRoleChanges();
  const [granting, setGranting] = useState<PersonSummary | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <Page title={t('nav.pages.people')} lead={t('people.lead')}>
      <PeopleFilters
        key={JSON.stringify(filters)}
        initial={filters}
        units={units.data ?? []}
        onApply={apply}
      />
      <div className="d-flex justify-content-end mb-3">
        <ExportLink path="/api/people.xlsx" params={filters} />
      </div>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {granting && (
        <GrantRoleForm
          key={granting.id}
          person={granting}
          units={units.data ?? []}
          busy={grant.isPending}
          error={grant.error instanceof ApiError ? grant.error : null}
          onCancel={() => {
            grant.reset();
            setGranting(null);
          }}
          onGrant={(body) =>
            grant.mutate(
              { personId: granting.id, body: { ...body, callId: null } },
              {
                onSuccess: () => {
                  setGranting(null);
                  setNotice(t('people.granted'));
                },
              },
            )
          }
        />
      )}
      <QueryView query={people}>
        {(result) => (
          <>
            <PeopleTable
              people={result.items}
              total={result.total}
              manage={
                canManage
                  ? {
                      busy: revoke.isPending,
                      onGrant: (person) => {
                        grant.reset();
                        setNotice('');
                        setGranting(person);
                      },
                      onRevoke: (person, assignment) =>
                        revoke.mutate(
                          { personId: person.id, assignmentId: assignment.id },
                          { onSuccess: () => setNotice(t('people.revoked')) },
                        ),
                    }
                  : undefined
              }
            />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} />
          </>
        )}
      </QueryView>
    </Page>
  );
};
