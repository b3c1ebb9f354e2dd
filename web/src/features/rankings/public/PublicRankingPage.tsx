import { useQuery } from '@tanstack/react-query';
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicRankingSchema } from '../../../../../api/rankings.ts';
import { apiGet } from '../../../api/client.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';

const romeDateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Rome',
  }).format(new Date(iso));

/** The last minute of the appeal window: the stored end is the exclusive next Rome midnight. */
const lastMinute = (iso: string) => new Date(new Date(iso).getTime() - 60_000).toISOString();
const dateText = (date: string) => date.split('-').reverse().join('/');

/**
 * A published ranking for everyone, without login: candidates by protocol number (or student number), score and
 * outcome, never a name (Garante privacy, 15 May 2014); the same as a PDF.
 */
export const PublicRankingPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['public-ranking', id, i18n.language],
    queryFn: () => apiGet(`/api/public/rankings/${id}`, PublicRankingSchema),
  });
  return (
    <Page title={query.data ? t(`rankings.status.${query.data.status}`) : t('rankings.title')}>
      <QueryView query={query}>
        {(ranking) => (
          <>
            <p className="lead">{ranking.callTitle}</p>
            <h2 className="h4" id="ranking-title">
              {ranking.title}
            </h2>
            {ranking.publishedAt && (
              <p className="mb-1">
                {t('rankings.publishedAt', { when: romeDateTime(ranking.publishedAt, i18n.language) })}
              </p>
            )}
            {ranking.status === 'provisional' && ranking.appealsCloseAt && (
              <p className="mb-1 fw-semibold" data-testid="appeals-close">
                {t('rankings.appealsUntil', {
                  when: romeDateTime(lastMinute(ranking.appealsCloseAt), i18n.language),
                })}
              </p>
            )}
            {ranking.decreeNumber && ranking.decreeDate && (
              <p className="mb-1">
                {t('rankings.decree', { number: ranking.decreeNumber, date: dateText(ranking.decreeDate) })}
              </p>
            )}
            <p className="my-3">
              <a
                className="btn btn-outline-primary btn-sm btn-icon"
                href={`/api/public/rankings/${ranking.id}/pdf`}
              >
                <Icon icon="it-file-pdf" color="primary" size="sm" className="me-1" />
                <span>{t('rankings.pdf')}</span>
              </a>
            </p>
            <table className="table table-sm" aria-labelledby="ranking-title">
              <caption>{t('rankings.caption', { count: ranking.entries.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rankings.place')}</th>
                  <th scope="col">
                    {ranking.identifiedBy === 'student-number'
                      ? t('rankings.studentNumber')
                      : t('rankings.protocolNumber')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('rankings.score')}
                  </th>
                  <th scope="col">{t('rankings.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {ranking.entries.map((entry) => (
                  <tr key={entry.candidate} data-testid="ranking-entry">
                    <td>
                      {entry.place ?? '–'}
                      {entry.tieGroup !== null && (
                        <span className="badge bg-warning text-dark ms-2">{t('rankings.tie')}</span>
                      )}
                    </td>
                    <td>{entry.candidate}</td>
                    <td className="text-end">{entry.total ?? '–'}</td>
                    <td>{t(`rankings.outcomes.${entry.outcome}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryView>
    </Page>
  );
};
