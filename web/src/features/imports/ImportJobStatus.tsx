import { Alert, Progress } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../../api/imports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { useImportJob } from './use-import-job.ts';

const percentOf = (job: ImportJob) => {
  if (job.status === 'succeeded') return 100;
  if (!job.totalRows) return 0;
  return Math.min(100, Math.round((job.processedRows / job.totalRows) * 100));
};

/** Where the import stands: a progress bar while it runs, then what was written or why nothing was. */
export const ImportJobStatus = ({ initial }: { initial: ImportJob }) => {
  const { t } = useTranslation();
  const query = useImportJob(initial);
  const job = query.data;
  const running =
    job.status === 'queued'
      ? t('imports.queued')
      : job.totalRows
        ? t('imports.running', { processed: job.processedRows, count: job.totalRows })
        : t('imports.runningUnknown');
  return (
    <section aria-labelledby="import-status-title" className="mb-5" data-testid="import-status">
      <h2 id="import-status-title" className="h3">
        {t(`imports.kinds.${job.kind}`)} · {job.fileName}
      </h2>
      <p className="mb-1">{t('imports.processing')}</p>
      <Progress
        value={percentOf(job)}
        label={t('imports.progressLabel')}
        aria-label={t('imports.progressLabel')}
        indeterminate={job.status === 'queued'}
        color={job.status === 'rejected' ? 'danger' : job.status === 'succeeded' ? 'success' : undefined}
      />
      <div aria-live="polite" className="mt-3">
        {(job.status === 'queued' || job.status === 'running') && <p>{running}</p>}
        {job.status === 'succeeded' && (
          <Alert color="success" fade={false}>
            {t('imports.succeeded', { count: job.report?.written ?? 0 })}
          </Alert>
        )}
        {job.status === 'rejected' && (
          <Alert color="danger" fade={false}>
            <p className="mb-1 fw-semibold">{t('imports.rejected')}</p>
            {job.report?.message && <p className="mb-0">{job.report.message}</p>}
          </Alert>
        )}
      </div>
      {query.isError && <ErrorAlert error={query.error} />}
      {job.status === 'rejected' && job.report && job.report.errors.length > 0 && (
        <>
          {job.report.errorCount > job.report.errors.length && (
            <p>
              {t('imports.errorsShown', { shown: job.report.errors.length, count: job.report.errorCount })}
            </p>
          )}
          <ImportErrorsTable errors={job.report.errors} fileName={job.fileName} />
        </>
      )}
    </section>
  );
};
