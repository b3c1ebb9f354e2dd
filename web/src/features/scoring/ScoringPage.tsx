import { useQuery } from '@tanstack/react-query';
import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApplicationScores, CriterionScore } from '../../../../api/scoring.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { CommitteeScoreForm } from './CommitteeScoreForm.tsx';
import { scoresQuery } from './scoring-api.ts';

const Criterion = ({
  criterion,
  scores,
  callId,
}: {
  criterion: CriterionScore;
  scores: ApplicationScores;
  callId: string;
}) => {
  const { t } = useTranslation();
  const headingId = `criterion-${criterion.criterionId}`;
  return (
    <section className="mb-4 pb-3 border-bottom" aria-labelledby={headingId}>
      <h2 id={headingId} className="h5">
        {criterion.label}
      </h2>
      <dl className="row mb-2">
        <dt className="col-sm-3">{t('scoring.max')}</dt>
        <dd className="col-sm-9">{criterion.maxPoints}</dd>
        <dt className="col-sm-3">{t('scoring.assessedBy')}</dt>
        <dd className="col-sm-9">{t(`scoring.assessed.${criterion.assessedBy}`)}</dd>
        <dt className="col-sm-3">{t('scoring.current')}</dt>
        <dd className="col-sm-9">{criterion.points ?? t(`scoring.status.${criterion.status}`)}</dd>
        {criterion.explanation && (
          <>
            <dt className="col-sm-3">{t('scoring.explanation')}</dt>
            <dd className="col-sm-9">{criterion.explanation}</dd>
          </>
        )}
      </dl>
      {criterion.assessedBy === 'committee' && !scores.final && (
        <CommitteeScoreForm callId={callId} applicationId={scores.applicationId} criterion={criterion} />
      )}
    </section>
  );
};

/**
 * A declared committee member scores one application (issue 4): every criterion of the candidate's rubric with
 * its maximum, the computed ones with how they were obtained, the committee ones with points and a note.
 */
export const ScoringPage = () => {
  const { t } = useTranslation();
  const { callId = '', applicationId = '' } = useParams();
  const query = useQuery(scoresQuery(callId, applicationId));
  const title = query.data?.protocolNumber
    ? t('scoring.title', { protocol: query.data.protocolNumber })
    : t('scoring.titleShort');
  return (
    <Page title={title} lead={t('scoring.lead')}>
      <QueryView query={query}>
        {(scores) => (
          <>
            <dl className="row mb-4">
              <dt className="col-sm-3">{t('scoring.total')}</dt>
              <dd className="col-sm-9">
                {scores.rubricTotal
                  ? t('scoring.totalOf', { total: scores.total, max: scores.rubricTotal })
                  : scores.total}
                {' · '}
                {scores.complete ? t('scoring.complete') : t('scoring.incomplete')}
              </dd>
            </dl>
            {scores.final && (
              <Alert color="info" fade={false}>
                {t('scoring.final')}
              </Alert>
            )}
            {scores.exclusion?.excluded && (
              <Alert color="warning" fade={false}>
                {t('scoring.excluded', { reason: scores.exclusion.reasonText })}
              </Alert>
            )}
            {!scores.hasRubric && (
              <Alert color="warning" fade={false}>
                {t('scoring.noRubric')}
              </Alert>
            )}
            {scores.criteria.map((criterion) => (
              <Criterion key={criterion.criterionId} criterion={criterion} scores={scores} callId={callId} />
            ))}
          </>
        )}
      </QueryView>
    </Page>
  );
};
