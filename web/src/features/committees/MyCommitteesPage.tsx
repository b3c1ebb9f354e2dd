import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { memberCallPath, myCallsQuery } from './queries.ts';

/** A committee member's calls: their role on each and whether they declared no conflict of interest. */
export const MyCommitteesPage = () => {
  const { t, i18n } = useTranslation();
  const query = useQuery(myCallsQuery());
  return (
    <Page title={t('nav.pages.committee')} lead={t('committee.mineLead')}>
      <QueryView query={query}>
        {(calls) =>
          calls.length === 0 ? (
            <p>{t('committee.noCalls')}</p>
          ) : (
            <Table responsive>
              <thead>
                <tr>
                  <th scope="col">{t('committee.call')}</th>
                  <th scope="col">{t('committee.myRole')}</th>
                  <th scope="col">{t('committee.declaration')}</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((call) => (
                  <tr key={call.callId}>
                    <th scope="row">
                      <Link to={memberCallPath(call.callId)}>
                        {call.callCode} · {call.callTitle}
                      </Link>
                    </th>
                    <td>{t(`committee.roles.${call.role}`)}</td>
                    <td>
                      {call.conflictDeclaredAt
                        ? t('committee.declaredOn', {
                            when: formatDateTime(call.conflictDeclaredAt, i18n.language),
                          })
                        : t('committee.notDeclared')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </Page>
  );
};
