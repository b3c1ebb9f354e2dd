import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { FundingListSchema, type Project, ProjectSchema } from '../../../../api/funding.ts';
import { ApiError, apiGet, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { euros } from '../funding/money-format.ts';
import { TextAreaField } from './TextAreaField.tsx';

/** The university commission approves or rejects a submitted project; a rejection needs its reason. */
const DecisionForm = ({ project, onDecided }: { project: Project; onDecided: (notice: string) => void }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [decision, setDecision] = useState<'approved' | 'rejected'>('approved');
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      apiSend('POST', `/api/projects/${project.id}/decision`, { decision, note }, ProjectSchema),
    onSuccess: async (decided) => {
      client.setQueryData(['project', project.id], decided);
      await client.invalidateQueries({ queryKey: ['projects'] });
      onDecided(t(decided.status === 'approved' ? 'projects.approved' : 'projects.rejected'));
    },
  });
  const error = decide.error instanceof ApiError ? decide.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate();
  };
  return (
    <section aria-labelledby="decision-title" className="mt-4">
      <h2 id="decision-title" className="h4">
        {t('projects.decisionTitle')}
      </h2>
      {decide.isError && !error?.issueFor('note') && <ErrorAlert error={decide.error} />}
      <form onSubmit={submit} noValidate>
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold">{t('projects.decision')}</legend>
          {(['approved', 'rejected'] as const).map((value) => (
            <div className="form-check form-check-inline" key={value}>
              <input
                type="radio"
                className="form-check-input"
                id={`decision-${value}`}
                name="decision"
                checked={decision === value}
                onChange={() => setDecision(value)}
              />
              <label className="form-check-label" htmlFor={`decision-${value}`}>
                {t(value === 'approved' ? 'projects.approve' : 'projects.reject')}
              </label>
            </div>
          ))}
        </fieldset>
        <TextAreaField
          id="decision-note"
          label={t('projects.note')}
          hint={t('projects.noteHelp')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={error?.issueFor('note')}
        />
        <Button type="submit" color="primary" disabled={decide.isPending}>
          {t('projects.decide')}
        </Button>
      </form>
    </section>
  );
};

const SubmitButton = ({
  project,
  onSubmitted,
}: {
  project: Project;
  onSubmitted: (notice: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const submit = useMutation({
    mutationFn: () => apiSend('POST', `/api/projects/${project.id}/submit`, {}, ProjectSchema),
    onSuccess: async (submitted) => {
      client.setQueryData(['project', project.id], submitted);
      await client.invalidateQueries({ queryKey: ['projects'] });
      onSubmitted(t('projects.submitted'));
    },
  });
  return (
    <div className="mt-4">
      {submit.isError && <ErrorAlert error={submit.error} />}
      <Button type="button" color="primary" disabled={submit.isPending} onClick={() => submit.mutate()}>
        {t('projects.submit')}
      </Button>
    </div>
  );
};

/** Everything a project states (seed 001 art. 6 par. 2), its status and decision, and the next step. */
export const ProjectDetailPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const canPropose = useCan('projects.propose');
  const canDecide = useCan('projects.decide');
  const canReadFunding = useCan('funding.read');
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const query = useQuery({
    queryKey: ['project', id],
    queryFn: () => apiGet(`/api/projects/${encodeURIComponent(id)}`, ProjectSchema),
  });
  const funding = useQuery({
    queryKey: ['funding'],
    queryFn: () => apiGet('/api/funding', FundingListSchema),
    enabled: canReadFunding && Boolean(query.data?.allocationId),
  });
  const shareText = (allocationId: string | null) => {
    if (!allocationId) return t('projects.noFunding');
    for (const f of funding.data?.items ?? [])
      for (const a of f.allocations)
        if (a.id === allocationId)
          return t('projects.fundingOption', {
            title: f.title,
            year: f.year,
            unit: a.unitCode,
            amount: euros(a.amountCents, i18n.language),
          });
    return '…';
  };
  const title = query.data ? t('projects.detailTitle', { title: query.data.title }) : t('nav.pages.projects');
  return (
    <Page title={title} trail={[{ label: t('nav.pages.projects'), to: '/projects' }]}>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      <QueryView query={query}>
        {(project) => (
          <>
            <dl className="row">
              <dt className="col-sm-3">{t('projects.status')}</dt>
              <dd className="col-sm-9" data-testid="project-status">
                {t(`projects.statuses.${project.status}`)}
              </dd>
              <dt className="col-sm-3">{t('projects.unit')}</dt>
              <dd className="col-sm-9">{project.unitName}</dd>
              <dt className="col-sm-3">{t('projects.responsible')}</dt>
              <dd className="col-sm-9">{project.responsibleName}</dd>
              <dt className="col-sm-3">{t('projects.objectives')}</dt>
              <dd className="col-sm-9" style={{ whiteSpace: 'pre-line' }}>
                {project.objectives}
              </dd>
              <dt className="col-sm-3">{t('projects.activities')}</dt>
              <dd className="col-sm-9" style={{ whiteSpace: 'pre-line' }}>
                {project.activities}
              </dd>
              <dt className="col-sm-3">{t('projects.tutorsRequested')}</dt>
              <dd className="col-sm-9">{project.tutorsRequested}</dd>
              <dt className="col-sm-3">{t('projects.hoursRequested')}</dt>
              <dd className="col-sm-9">{project.hoursRequested}</dd>
              <dt className="col-sm-3">{t('projects.period')}</dt>
              <dd className="col-sm-9">
                {t('projects.periodText', {
                  start: formatDate(project.periodStart, i18n.language),
                  end: formatDate(project.periodEnd, i18n.language),
                })}
              </dd>
              <dt className="col-sm-3">{t('projects.expectedStudents')}</dt>
              <dd className="col-sm-9">{project.expectedStudents}</dd>
              <dt className="col-sm-3">{t('projects.funding')}</dt>
              <dd className="col-sm-9">{shareText(project.allocationId)}</dd>
              {project.decidedAt && (
                <>
                  <dt className="col-sm-3">{t('projects.decidedAt')}</dt>
                  <dd className="col-sm-9">{formatDateTime(project.decidedAt, i18n.language)}</dd>
                </>
              )}
              {project.decisionNote && (
                <>
                  <dt className="col-sm-3">{t('projects.decisionNote')}</dt>
                  <dd className="col-sm-9">{project.decisionNote}</dd>
                </>
              )}
            </dl>
            <Table responsive size="sm">
              <caption>{t('projects.indicators')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projects.indicator')}</th>
                  <th scope="col" className="text-end">
                    {t('projects.target')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((indicator, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a saved project's indicators never move
                  <tr key={index}>
                    <th scope="row" className="fw-normal">
                      {indicator.name}
                    </th>
                    <td className="text-end">
                      {new Intl.NumberFormat(i18n.language).format(indicator.target)} {indicator.unit}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {canPropose && project.status === 'draft' && (
              <SubmitButton project={project} onSubmitted={setNotice} />
            )}
            {canDecide && project.status === 'submitted' && (
              <DecisionForm project={project} onDecided={setNotice} />
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
};
