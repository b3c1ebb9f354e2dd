import { Table } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../api/rankings.ts';

type Entry = RankingView['entries'][number];
type Exclusion = { code?: string; note?: string; reasons?: Array<{ code?: string }> };

/** Why an entry is out of the ranking: the committee's own words, or the rules it failed. */
const exclusionText = (entry: Entry, t: TFunction) =>
  ((entry.detail.exclusions ?? []) as Exclusion[])
    .map((e) => {
      if (e.code === 'committee-decision')
        return t('officeRankings.exclusion.committee', { note: e.note ?? '' });
      if (e.code === 'no-rubric') return t('officeRankings.exclusion.noRubric');
      const codes = (e.reasons ?? []).map((r) => r.code).filter(Boolean);
      return t('officeRankings.exclusion.ineligible', { codes: codes.join(', ') || '—' });
    })
    .join('; ');

/** The office's table of one ranking, with names; tied candidates stand out and say which tie they are in. */
export const EntriesTable = ({ ranking }: { ranking: RankingView }) => {
  const { t } = useTranslation();
  return (
    <Table responsive size="sm" className="mb-0">
      <caption>{t('officeRankings.caption', { count: ranking.entries.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officeRankings.place')}</th>
          <th scope="col">{t('officeRankings.protocol')}</th>
          <th scope="col">{t('officeRankings.candidate')}</th>
          <th scope="col" className="text-end">
            {t('officeRankings.total')}
          </th>
          <th scope="col">{t('officeRankings.outcome')}</th>
          <th scope="col">{t('officeRankings.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.entries.map((entry) => {
          const tied = entry.tieGroup !== null;
          const resolved = Boolean(entry.detail.tieResolution);
          return (
            <tr
              key={entry.applicationId}
              className={tied ? 'table-warning' : undefined}
              data-testid="office-entry"
            >
              <td>{entry.place ?? '–'}</td>
              <td>{entry.protocolNumber}</td>
              <th scope="row" className="fw-normal">
                {entry.familyName} {entry.givenName}
              </th>
              <td className="text-end">{entry.total}</td>
              <td>{t(`rankings.outcomes.${entry.outcome}`)}</td>
              <td>
                {tied && (
                  <span className="badge bg-dark me-1">
                    {t('officeRankings.tiedIn', { group: entry.tieGroup })}
                  </span>
                )}
                {resolved && <span className="me-1">{t('officeRankings.orderedByOffice')}</span>}
                {entry.awaitingScores && (
                  <span className="badge bg-info text-dark me-1">{t('officeRankings.awaitingScores')}</span>
                )}
                {entry.outcome === 'excluded' && <span>{exclusionText(entry, t)}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
};
