import { useTranslation } from 'react-i18next';
import type { ApplicationScores } from '../../../../../api/scoring.ts';

/** The candidate's score per criterion and how each was obtained (inputs and formula, or the committee's note). */
export const OwnScores = ({ scores }: { scores: ApplicationScores }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="own-scores-title" className="mb-4">
      <h3 id="own-scores-title" className="h5">
        {t('candidateSelection.scoresTitle')}
      </h3>
      {scores.exclusion?.excluded && (
        <p className="text-danger" data-testid="own-exclusion">
          {t('candidateSelection.excluded', { reason: scores.exclusion.reasonText })}
        </p>
      )}
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="visually-hidden">{t('candidateSelection.scoresTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('candidateSelection.criterion')}</th>
              <th scope="col" className="text-end">
                {t('candidateSelection.points')}
              </th>
              <th scope="col" className="text-end">
                {t('candidateSelection.max')}
              </th>
              <th scope="col">{t('candidateSelection.howObtained')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.criteria.map((criterion) => (
              <tr key={criterion.criterionId}>
                <th scope="row" className="fw-normal">
                  {criterion.label}
                </th>
                <td className="text-end">{criterion.points ?? '—'}</td>
                <td className="text-end">{criterion.maxPoints}</td>
                <td>
                  {criterion.source === 'committee'
                    ? t('candidateSelection.committeeNote', { note: criterion.note })
                    : (criterion.explanation ?? t(`scoring.status.${criterion.status}`))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('candidateSelection.totalRow')}</th>
              <td className="text-end fw-bold" data-testid="own-total">
                {scores.total}
              </td>
              <td className="text-end">{scores.rubricTotal ?? ''}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
};
