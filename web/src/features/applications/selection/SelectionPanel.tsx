import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/QueryView.tsx';
import { AppealForm } from './AppealForm.tsx';
import { OwnAppeals } from './OwnAppeals.tsx';
import { OwnScores } from './OwnScores.tsx';
import { RankingSummary } from './RankingSummary.tsx';
import { ownAppealsQuery, ownRankingsQuery, ownScoresQuery } from './selection-api.ts';

/**
 * The candidate's side of the selection (issue 4), on a confirmed application: nothing of the committee's work
 * until a ranking holding the application is published; then each ranking with their place and outcome, their
 * scores in full with how each was obtained, their appeals and, while a window is open, the appeal form.
 */
export const SelectionPanel = ({ applicationId }: { applicationId: string }) => {
  const { t } = useTranslation();
  const rankings = useQuery(ownRankingsQuery(applicationId));
  const published = (rankings.data?.items.length ?? 0) > 0;
  const scores = useQuery({ ...ownScoresQuery(applicationId), enabled: published });
  const appeals = useQuery({ ...ownAppealsQuery(applicationId), enabled: published });
  return (
    <section aria-labelledby="selection-title" className="mb-4" data-testid="selection-panel">
      <h2 id="selection-title" className="h3">
        {t('candidateSelection.title')}
      </h2>
      <QueryView query={rankings}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('candidateSelection.notPublished')}</p>
          ) : (
            <>
              {items.map((ranking) => (
                <RankingSummary key={ranking.id} ranking={ranking} />
              ))}
              <QueryView query={scores}>
                {(own) => (own.scores ? <OwnScores scores={own.scores} /> : null)}
              </QueryView>
              <QueryView query={appeals}>{({ items: mine }) => <OwnAppeals appeals={mine} />}</QueryView>
              {items
                .filter((ranking) => ranking.appealWindowOpen)
                .map((ranking) => (
                  <AppealForm key={ranking.id} applicationId={applicationId} ranking={ranking} />
                ))}
            </>
          )
        }
      </QueryView>
    </section>
  );
};
