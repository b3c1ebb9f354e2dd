import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CallDetailSchema } from '../../../../../api/calls.ts';
import type { RankingView } from '../../../../../api/rankings.ts';
import { apiGet } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { officeCommitteePath } from '../../committees/queries.ts';
import { callRankingsKey, callRankingsQuery, computeRankings } from './queries.ts';
import { RankingCard } from './RankingCard.tsx';

/** What a computation gave, in one sentence: how many rankings, ranked, awaiting scores, excluded, open ties. */
const computedSummary = (items: RankingView[]) => {
  const entries = items.flatMap((r) => r.entries);
  return {
    rankings: items.length,
    ranked: entries.filter((e) => e.place !== null).length,
    awaiting: entries.filter((e) => e.awaitingScores).length,
    excluded: entries.filter((e) => e.outcome === 'excluded').length,
    ties: items.reduce((sum, r) => sum + r.tieGroups.length, 0),
  };
};

/**
 * The office's rankings of a call (issue 4): computed from the committee's scores, one per position group, with
 * names; ties ordered by the office, publication, appeals, approval by decree, and an XLSX export.
 */
export const OfficeRankingsPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [notice, setNotice] = useState('');
  const call = useQuery({
    queryKey: ['calls', id],
    queryFn: () => apiGet(`/api/calls/${encodeURIComponent(id)}`, CallDetailSchema),
  });
  const rankings = useQuery(callRankingsQuery(id));
  const compute = useMutation({
    mutationFn: () => computeRankings(id),
    onSuccess: (result) => {
      client.setQueryData(callRankingsKey(id), result);
      void client.invalidateQueries({ queryKey: ['rankings', 'appeals'] });
      setNotice(t('officeRankings.computed', computedSummary(result.items)));
    },
  });
  const trail = [
    { label: t('nav.pages.calls'), to: '/calls' },
    ...(call.data ? [{ label: call.data.code, to: `/calls/${encodeURIComponent(id)}` }] : []),
  ];
  return (
    <Page title={t('officeRankings.title')} trail={trail} lead={call.data?.title}>
      <div className="d-flex flex-wrap gap-2 align-items-center mb-3">
        <Button
          color="primary"
          onClick={() => {
            setNotice('');
            compute.mutate();
          }}
          disabled={compute.isPending}
        >
          {rankings.data?.items.length ? t('officeRankings.recompute') : t('officeRankings.compute')}
        </Button>
        <Link className="btn btn-outline-primary" to={officeCommitteePath(id)}>
          {t('committee.title')}
        </Link>
      </div>
      <p className="small">{t('officeRankings.computeHelp')}</p>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      {compute.isError && <ErrorAlert error={compute.error} />}
      <QueryView query={rankings}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('officeRankings.none')}</p>
          ) : (
            items.map((ranking) => <RankingCard key={ranking.id} ranking={ranking} onNotice={setNotice} />)
          )
        }
      </QueryView>
    </Page>
  );
};
