import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ComputeScoresResultSchema } from '../../../../api/scoring.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { scoringPagePath } from '../scoring/scoring-api.ts';
import { CommitteeAppeals } from './appeals/CommitteeAppeals.tsx';
import { DeclarationForm } from './DeclarationForm.tsx';
import { Sessions } from './OfficeCommitteePage.tsx';
import {
  memberApplicationPath,
  memberApplicationsQuery,
  memberCommitteeQuery,
  myCallQuery,
} from './queries.ts';

/** The applications of the member's call, read-only; the server opens them only after the declaration. */
const Applications = ({ callId }: { callId: string }) => {
  const { t, i18n } = useTranslation();
  const query = useQuery(memberApplicationsQuery(callId, { pageSize: 200, order: 'asc' }));
  if (query.isPending) return <Loading />;
  // A refusal is shown with the server's own words (e.g. "declare no conflict of interest first").
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { items, total } = query.data;
  return (
    <>
      <p>{t('common.results', { count: total })}</p>
      <Table responsive size="sm">
        <thead>
          <tr>
            <th scope="col">{t('officeApplications.protocol')}</th>
            <th scope="col">{t('officeApplications.candidate')}</th>
            <th scope="col">{t('officeApplications.confirmedAt')}</th>
            <th scope="col">{t('officeApplications.preferences')}</th>
            <th scope="col">{t('committee.scores')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={memberApplicationPath(callId, row.id)}>{row.protocolNumber ?? '—'}</Link>
              </th>
              <td>
                {row.familyName} {row.givenName}
              </td>
              <td>{formatDateTime(row.confirmedAt, i18n.language)}</td>
              <td>
                {row.positions.map((p) => `${p.preference}. ${p.activityType} (${p.unitName})`).join('; ')}
              </td>
              <td>
                <Link
                  to={scoringPagePath(callId, row.id)}
                  aria-label={t('committee.scoreLinkOf', { protocol: row.protocolNumber ?? '' })}
                >
                  {t('committee.scoreLink')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
};

/**
 * Any declared member computes the career criteria of every confirmed application (the server re-checks the
 * requirements and excludes with the reason); the result says how many were scored and excluded.
 */
const ComputeScores = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const compute = useMutation({
    mutationFn: () =>
      apiSend(
        'POST',
        `/api/committee/calls/${encodeURIComponent(callId)}/scores/compute`,
        {},
        ComputeScoresResultSchema,
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['committee-scores', callId] });
    },
  });
  return (
    <section aria-labelledby="committee-compute-title" className="mb-5">
      <h2 id="committee-compute-title" className="h4">
        {t('committee.computeTitle')}
      </h2>
      <p>{t('committee.computeHelp')}</p>
      <Button color="primary" onClick={() => compute.mutate()} disabled={compute.isPending}>
        {t('committee.computeScores')}
      </Button>
      <div role="status" className={compute.data ? 'alert alert-success mt-3' : 'visually-hidden'}>
        {compute.data ? t('committee.computeResult', compute.data) : ''}
      </div>
      {compute.isError && (
        <div className="mt-3">
          <ErrorAlert error={compute.error} />
        </div>
      )}
    </section>
  );
};

/** The sittings of the member's committee; the secretary records them. */
const MemberSessions = ({ callId, canRecord }: { callId: string; canRecord: boolean }) => {
  const committee = useQuery(memberCommitteeQuery(callId));
  return (
    <QueryView query={committee}>
      {(data) => <Sessions callId={callId} committee={data} asMember canRecord={canRecord} />}
    </QueryView>
  );
};

/** One call of the committee member: the declaration, then the applications. */
export const CommitteeCallPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const mine = useQuery(myCallQuery(id));
  const title = mine.data ? `${t('committee.title')} · ${mine.data.callCode}` : t('committee.title');
  return (
    <Page title={title} trail={[{ label: t('nav.pages.committee'), to: '/committee' }]}>
      <QueryView query={mine}>
        {(call) => (
          <>
            <dl className="row mb-4">
              <dt className="col-sm-4">{t('committee.call')}</dt>
              <dd className="col-sm-8">{call.callTitle}</dd>
              <dt className="col-sm-4">{t('committee.myRole')}</dt>
              <dd className="col-sm-8">{t(`committee.roles.${call.role}`)}</dd>
              <dt className="col-sm-4">{t('committee.declaration')}</dt>
              <dd className="col-sm-8">
                {call.conflictDeclaredAt
                  ? t('committee.declaredOn', {
                      when: formatDateTime(call.conflictDeclaredAt, i18n.language),
                    })
                  : t('committee.notDeclared')}
              </dd>
            </dl>
            {!call.declared && <DeclarationForm callId={call.callId} />}
            {call.declared && <ComputeScores callId={call.callId} />}
            <section aria-labelledby="committee-applications-title">
              <h2 id="committee-applications-title" className="h4">
                {t('committee.applications')}
              </h2>
              <Applications key={String(call.declared)} callId={call.callId} />
            </section>
            {call.declared && <CommitteeAppeals callId={call.callId} />}
            {call.declared && <MemberSessions callId={call.callId} canRecord={call.role === 'secretary'} />}
          </>
        )}
      </QueryView>
    </Page>
  );
};
