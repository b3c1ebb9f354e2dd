import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CallListSchema } from '../../../../../api/calls.ts';
import { apiGet } from '../../../api/client.ts';
import { ExportLink } from '../../../components/ExportLink.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { useCan } from '../../../session/permissions.ts';
import { academicYearText, euros, windowText } from '../call-format.ts';

/** Every call, drafts included, for the office and the roles that follow the calls. */
export const CallsPage = () => {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['calls'], queryFn: () => apiGet('/api/calls', CallListSchema) });
  const canManage = useCan('calls.manage');
  return (
    <Page title={t('nav.pages.calls')} lead={t('calls.officeLead')}>
      <div className="d-flex flex-wrap justify-content-end align-items-center gap-3 mb-3">
        {canManage && (
          <Link className="btn btn-primary" to="/calls/new">
            {t('callEditor.newCall')}
          </Link>
        )}
        <ExportLink path="/api/calls/export.xlsx" params={{}} />
      </div>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('calls.noneOffice')}</p>
          ) : (
            <Table responsive className="align-middle">
              <caption>{t('common.results', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('calls.title')}</th>
                  <th scope="col">{t('calls.status')}</th>
                  <th scope="col">{t('calls.positionsTitle')}</th>
                  <th scope="col" className="text-end">
                    {t('calls.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((call) => (
                  <tr key={call.id}>
                    <th scope="row">
                      <Link to={`/calls/${call.id}`}>{call.title}</Link>
                      <div className="small text-muted">
                        {call.code} · {academicYearText(call.academicYear, t)}
                      </div>
                    </th>
                    <td>
                      {t(`calls.statuses.${call.status}`)}
                      {call.status === 'published' && (
                        <div className="small">{call.open ? t('calls.open') : t('calls.closed')}</div>
                      )}
                      <div className="small text-muted">{windowText(call, t, i18n.language)}</div>
                    </td>
                    <td>
                      {t('calls.grants')}: {call.grants}
                    </td>
                    <td className="text-end text-nowrap">{euros(call.totalCents, i18n.language)}</td>
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
