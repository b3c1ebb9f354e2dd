import { useTranslation } from 'react-i18next';
import type { OwnRanking } from '../../../../../api/rankings.ts';
import { romeDateTime } from '../application-format.ts';
import { appealDeadline, calendarDate } from './selection-format.ts';

/** One published ranking as the candidate reads it: its stage, their place, score and outcome, the appeal window. */
export const RankingSummary = ({ ranking }: { ranking: OwnRanking }) => {
  const { t, i18n } = useTranslation();
  const headingId = `own-ranking-${ranking.id}`;
  return (
    <article aria-labelledby={headingId} className="border rounded p-3 mb-3" data-testid="own-ranking">
      <h3 id={headingId} className="h5">
        {ranking.title}
      </h3>
      <dl className="row mb-2">
        <dt className="col-sm-4">{t('candidateSelection.status')}</dt>
        <dd className="col-sm-8">{t(`candidateSelection.statuses.${ranking.status}`)}</dd>
        <dt className="col-sm-4">{t('candidateSelection.place')}</dt>
        <dd className="col-sm-8" data-testid="own-place">
          {ranking.place === null
            ? t('candidateSelection.noPlace')
            : ranking.tied
              ? t('candidateSelection.placeTied', { place: ranking.place })
              : ranking.place}
        </dd>
        <dt className="col-sm-4">{t('candidateSelection.total')}</dt>
        <dd className="col-sm-8">{ranking.total}</dd>
        <dt className="col-sm-4">{t('candidateSelection.outcome')}</dt>
        <dd className="col-sm-8 fw-bold" data-testid="own-outcome">
          {ranking.awaitingScores
            ? t('candidateSelection.awaitingScores')
            : t(`candidateSelection.outcomes.${ranking.outcome}`)}
        </dd>
        {ranking.publishedAt && (
          <>
            <dt className="col-sm-4">{t('candidateSelection.publishedAt')}</dt>
            <dd className="col-sm-8">
              {t('applications.at', romeDateTime(ranking.publishedAt, i18n.language))}
            </dd>
          </>
        )}
        {ranking.status === 'provisional' && ranking.appealsCloseAt && (
          <>
            <dt className="col-sm-4">{t('candidateSelection.appealWindow')}</dt>
            <dd className="col-sm-8" data-testid="appeal-window">
              {t(
                ranking.appealWindowOpen
                  ? 'candidateSelection.appealsUntil'
                  : 'candidateSelection.appealsClosed',
                appealDeadline(ranking.appealsCloseAt, i18n.language),
              )}
            </dd>
          </>
        )}
        {ranking.decreeNumber && ranking.decreeDate && (
          <>
            <dt className="col-sm-4">{t('candidateSelection.decree')}</dt>
            <dd className="col-sm-8" data-testid="decree">
              {t('candidateSelection.decreeText', {
                number: ranking.decreeNumber,
                date: calendarDate(ranking.decreeDate),
              })}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
};
