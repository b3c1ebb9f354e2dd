import { useQuery } from '@tanstack/react-query';
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { PublicCallListSchema } from '../../../../../api/calls.ts';
import { apiGet } from '../../../api/client.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { academicYearText, windowText } from '../call-format.ts';
import { PositionsTable } from '../PositionsTable.tsx';

export const publicCallsQuery = {
  queryKey: ['public-calls'],
  queryFn: () => apiGet('/api/public/calls', PublicCallListSchema),
};

/** The published calls, readable without login: positions, window in Rome time, open or closed, the PDF. */
export const PublicCallsPage = () => {
  const { t, i18n } = useTranslation();
  const query = useQuery(publicCallsQuery);
  return (
    <Page title={t('nav.pages.publicCalls')} lead={t('calls.publicLead')}>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('calls.none')}</p>
          ) : (
            items.map((call) => (
              <article
                key={call.id}
                aria-labelledby={`call-${call.id}`}
                className="mb-5"
                data-testid="public-call"
              >
                <h2 id={`call-${call.id}`} className="h3">
                  {call.title}
                </h2>
                <p className="mb-2">
                  <span className={`badge me-2 ${call.open ? 'bg-success' : 'bg-secondary'}`}>
                    {call.open ? t('calls.open') : t('calls.closed')}
                  </span>
                  <span>{academicYearText(call.academicYear, t)}</span>
                </p>
                <p className="mb-2 fw-semibold" data-testid="call-window">
                  {windowText(call, t, i18n.language)}
                </p>
                <p>
                  <a
                    className="btn btn-outline-primary btn-sm btn-icon"
                    href={`/api/public/calls/${call.id}/pdf`}
                  >
                    <Icon icon="it-file-pdf" color="primary" size="sm" className="me-1" />
                    <span>{t('calls.pdf')}</span>
                    <span className="visually-hidden"> · {call.title}</span>
                  </a>
                </p>
                <PositionsTable title={call.title} positions={call.positions} />
              </article>
            ))
          )
        }
      </QueryView>
    </Page>
  );
};
