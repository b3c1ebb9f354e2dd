import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ImportJobListSchema } from '../../../../api/imports.ts';
import { apiGet } from '../../api/client.ts';
import { formatDateTime } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';

export const ImportHistory = () => {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['imports'],
    queryFn: () => apiGet('/api/imports', ImportJobListSchema),
  });
  return (
    <section aria-labelledby="import-history-title">
      <h2 id="import-history-title" className="h3">
        {t('imports.historyTitle')}
      </h2>
      <QueryView query={query}>
        {(jobs) =>
          jobs.length === 0 ? (
            <p>{t('imports.noHistory')}</p>
          ) : (
            <Table responsive size="sm">
              <thead>
                <tr>
                  <th scope="col">{t('imports.createdAt')}</th>
                  <th scope="col">{t('imports.kind')}</th>
                  <th scope="col">{t('imports.fileName')}</th>
                  <th scope="col">{t('imports.status')}</th>
                  <th scope="col" className="text-end">
                    {t('imports.written')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => (
                  <tr key={job.id}>
                    <td className="text-nowrap">
                      <time dateTime={job.createdAt}>{formatDateTime(job.createdAt, i18n.language)}</time>
                    </td>
                    <td>{t(`imports.kinds.${job.kind}`)}</td>
                    <td className="text-break">{job.fileName}</td>
                    <td>{t(`imports.statuses.${job.status}`)}</td>
                    <td className="text-end">{job.report?.written ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </section>
  );
};
