import { useQuery } from '@tanstack/react-query';
import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PAGES } from '../../app/pages.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { ApplicationForm } from './ApplicationForm.tsx';
import { applicationQuery, openCallsQuery } from './applications-api.ts';
import { CallDeadline } from './CallDeadline.tsx';
import { ReceiptPanel } from './ReceiptPanel.tsx';
import { SelectionPanel } from './selection/SelectionPanel.tsx';

/**
 * One of the student's applications: the form while a draft of an open call, the receipt once confirmed, and the
 * selection's outcome (rankings, scores, appeals) once published.
 */
export const ApplicationPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useQuery(applicationQuery(id));
  const calls = useQuery(openCallsQuery);
  const [justConfirmed, setJustConfirmed] = useState(false);
  const call = calls.data?.find((candidate) => candidate.id === application.data?.callId) ?? null;
  const title = call ? t('applications.formTitle', { code: call.code }) : t('applications.applicationTitle');
  const back = (
    <p className="mt-4">
      <Link to={PAGES.applications.path}>{t('applications.back')}</Link>
    </p>
  );
  return (
    <Page title={title} trail={[{ label: t('nav.pages.applications'), to: PAGES.applications.path }]}>
      <QueryView query={application}>
        {(loaded) => (
          <QueryView query={calls}>
            {() => (
              <>
                {call && (
                  <>
                    <p className="lead mb-2">{call.title}</p>
                    <CallDeadline closesAt={call.closesAt} />
                  </>
                )}
                {loaded.status === 'confirmed' ? (
                  <>
                    <div role="status" className={justConfirmed ? 'alert alert-success' : 'visually-hidden'}>
                      {justConfirmed
                        ? t('applications.confirmedNotice', { protocol: loaded.protocolNumber })
                        : ''}
                    </div>
                    <ReceiptPanel
                      application={loaded}
                      positions={call?.positions ?? null}
                      focusOnMount={justConfirmed}
                    />
                    <SelectionPanel applicationId={loaded.id} />
                    {back}
                  </>
                ) : loaded.status === 'withdrawn' ? (
                  <>
                    <Alert color="info" fade={false}>
                      {t('applications.withdrawnNotice')}
                    </Alert>
                    {back}
                  </>
                ) : call === null ? (
                  <>
                    <Alert color="warning" fade={false}>
                      {t('applications.callClosed')}
                    </Alert>
                    {back}
                  </>
                ) : (
                  <ApplicationForm
                    key={loaded.id}
                    application={loaded}
                    call={call}
                    onConfirmed={() => setJustConfirmed(true)}
                  />
                )}
              </>
            )}
          </QueryView>
        )}
      </QueryView>
    </Page>
  );
};
