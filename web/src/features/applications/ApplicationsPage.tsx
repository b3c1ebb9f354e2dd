import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { myApplicationsQuery, openCallsQuery } from './applications-api.ts';
import { MyApplicationsTable } from './MyApplicationsTable.tsx';
import { OpenCallCard } from './OpenCallCard.tsx';

/** The student's page: the calls open now (whether they may apply to each position) and their own applications. */
export const ApplicationsPage = () => {
  const { t } = useTranslation();
  const calls = useQuery(openCallsQuery);
  const mine = useQuery(myApplicationsQuery);
  const [notice, setNotice] = useState('');
  return (
    <Page title={t('nav.pages.applications')} lead={t('applications.lead')}>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      <section aria-labelledby="open-calls-title" className="mb-5">
        <h2 id="open-calls-title" className="h3">
          {t('applications.openCallsTitle')}
        </h2>
        <QueryView query={calls}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('applications.noOpenCalls')}</p>
            ) : (
              items.map((call) => <OpenCallCard key={call.id} call={call} />)
            )
          }
        </QueryView>
      </section>
      <section aria-labelledby="my-applications-title">
        <h2 id="my-applications-title" className="h3">
          {t('applications.mineTitle')}
        </h2>
        <QueryView query={mine}>
          {({ items }) => (
            <MyApplicationsTable
              items={items}
              onWithdrawn={(title) => setNotice(t('applications.withdrawn', { title }))}
            />
          )}
        </QueryView>
      </section>
    </Page>
  );
};
