import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../../api/imports.ts';
import { Page } from '../../layout/Page.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportJobStatus } from './ImportJobStatus.tsx';

/** The office loads careers from its student information system: upload, follow, read the outcome. */
export const ImportsPage = () => {
  const { t } = useTranslation();
  const [job, setJob] = useState<ImportJob | null>(null);
  return (
    <Page title={t('nav.pages.imports')} lead={t('imports.lead')}>
      <ImportForm onStarted={setJob} />
      {job && <ImportJobStatus key={job.id} initial={job} />}
      <ImportHistory />
    </Page>
  );
};
