import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FundingListSchema, ProjectSchema } from '../../../../api/funding.ts';
import { UnitListSchema } from '../../../../api/units.ts';
import { ApiError, apiGet, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Page } from '../../layout/Page.tsx';
import { useSession } from '../../session/use-session.ts';
import { euros } from '../funding/money-format.ts';
import {
  emptyIndicator,
  emptyProject,
  type LocalIssue,
  type ProjectValues,
  projectBodyOf,
  proposableUnitIds,
} from './project-form.ts';
import { TextAreaField } from './TextAreaField.tsx';

type Intent = 'draft' | 'submit';

/** A supervisor drafts a tutoring project (seed 001 art. 6) for their unit, and may submit it at once. */
export const ProjectFormPage = () => {
  const { t, i18n } = useTranslation();
  const { person } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const units = useQuery({ queryKey: ['units'], queryFn: () => apiGet('/api/units', UnitListSchema) });
  const funding = useQuery({
    queryKey: ['funding'],
    queryFn: () => apiGet('/api/funding', FundingListSchema),
  });
  const ownIds = proposableUnitIds(person?.roles ?? [], units.data ?? []);
  const ownUnits = (units.data ?? []).filter((unit) => ownIds.includes(unit.id));
  const [values, setValues] = useState<ProjectValues>(() => emptyProject(''));
  const [local, setLocal] = useState<Record<string, LocalIssue>>({});
  const unitId = values.unitId || ownUnits[0]?.id || '';

  const save = useMutation({
    mutationFn: async ({ intent, body }: { intent: Intent; body: unknown }) => {
      const created = await apiSend('POST', '/api/projects', body, ProjectSchema);
      if (intent === 'draft') return { created, notice: t('projects.draftSaved') };
      try {
        await apiSend('POST', `/api/projects/${created.id}/submit`, {}, ProjectSchema);
        return { created, notice: t('projects.submitted') };
      } catch {
        // The draft is saved; its page shows it with the submit button.
        return { created, notice: t('projects.draftSaved') };
      }
    },
    onSuccess: async ({ created, notice }) => {
      await client.invalidateQueries({ queryKey: ['projects'] });
      await navigate(`/projects/${created.id}`, { state: { notice } });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const issue = (field: string): string | undefined => {
    const mine = local[field];
    if (mine) return t(mine === 'not-integer' ? 'projects.notInteger' : 'projects.notNumber');
    return error?.issueFor(field);
  };
  const set = (patch: Partial<ProjectValues>) => setValues({ ...values, unitId, ...patch });
  const send = (intent: Intent) => {
    const { body, issues } = projectBodyOf({ ...values, unitId });
    setLocal(issues);
    save.reset();
    if (Object.keys(issues).length === 0) save.mutate({ intent, body });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    send(submitter?.getAttribute('value') === 'submit' ? 'submit' : 'draft');
  };

  const shares = (funding.data?.items ?? []).flatMap((f) =>
    f.allocations
      .filter((a) => ownIds.includes(a.unitId))
      .map((a) => ({
        value: a.id,
        label: t('projects.fundingOption', {
          title: f.title,
          year: f.year,
          unit: a.unitCode,
          amount: euros(a.amountCents, i18n.language),
        }),
      })),
  );
  const text = (
    field: 'title' | 'tutorsRequested' | 'hoursRequested' | 'expectedStudents',
    extra: { inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      id={`project-${field}`}
      label={t(`projects.${field}`)}
      value={values[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={issue(field)}
      required
      {...extra}
    />
  );
  const hasLocal = Object.keys(local).length > 0;
  return (
    <Page
      title={t('projects.newTitle')}
      trail={[{ label: t('nav.pages.projects'), to: '/projects' }]}
      lead={t('projects.newLead')}
    >
      {hasLocal || error?.problem.issues?.length ? (
        <div role="alert" className="alert alert-danger">
          {t('projects.fixFields')}
        </div>
      ) : (
        save.isError && <ErrorAlert error={save.error} />
      )}
      <form onSubmit={submit} noValidate>
        <div className="row g-3">
          <div className="col-md-6 mb-4">
            <SelectField
              id="project-unit"
              label={t('projects.unit')}
              value={unitId}
              onChange={(value) => set({ unitId: value })}
              options={ownUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
            {issue('unitId') && <p className="text-danger small mt-1">{issue('unitId')}</p>}
          </div>
          <div className="col-md-6">
            <TextField
              id="project-responsible"
              label={t('projects.responsible')}
              value={person?.displayName ?? ''}
              readOnly
            />
          </div>
          <div className="col-12">{text('title')}</div>
        </div>
        <TextAreaField
          id="project-objectives"
          label={t('projects.objectives')}
          value={values.objectives}
          onChange={(event) => set({ objectives: event.target.value })}
          error={issue('objectives')}
          required
        />
        <TextAreaField
          id="project-activities"
          label={t('projects.activities')}
          value={values.activities}
          onChange={(event) => set({ activities: event.target.value })}
          error={issue('activities')}
          required
        />
        <div className="row g-3">
          <div className="col-md-4">{text('tutorsRequested', { inputMode: 'numeric' })}</div>
          <div className="col-md-4">{text('hoursRequested', { inputMode: 'numeric' })}</div>
          <div className="col-md-4">{text('expectedStudents', { inputMode: 'numeric' })}</div>
          <div className="col-md-6">
            <TextField
              id="project-periodStart"
              type="date"
              label={t('projects.periodStart')}
              value={values.periodStart}
              onChange={(event) => set({ periodStart: event.target.value })}
              error={issue('periodStart')}
              required
            />
          </div>
          <div className="col-md-6">
            <TextField
              id="project-periodEnd"
              type="date"
              label={t('projects.periodEnd')}
              value={values.periodEnd}
              onChange={(event) => set({ periodEnd: event.target.value })}
              error={issue('periodEnd')}
              required
            />
          </div>
        </div>
        <fieldset className="mb-3">
          <legend className="h5">{t('projects.indicators')}</legend>
          <p className="small">{t('projects.indicatorsHelp')}</p>
          {issue('indicators') && <p className="text-danger small">{issue('indicators')}</p>}
          {values.indicators.map((indicator, index) => {
            const change = (patch: Partial<typeof indicator>) =>
              set({
                indicators: values.indicators.map((other) =>
                  other.key === indicator.key ? { ...other, ...patch } : other,
                ),
              });
            return (
              <div className="row g-2 align-items-start" key={indicator.key}>
                <div className="col-md-5">
                  <TextField
                    id={`project-indicator-${index}-name`}
                    label={t('projects.indicatorName', { n: index + 1 })}
                    value={indicator.name}
                    onChange={(event) => change({ name: event.target.value })}
                    error={issue(`indicators.${index}.name`)}
                    required
                  />
                </div>
                <div className="col-12 col-md-3">
                  <TextField
                    id={`project-indicator-${index}-target`}
                    label={t('projects.indicatorTarget', { n: index + 1 })}
                    inputMode="decimal"
                    value={indicator.target}
                    onChange={(event) => change({ target: event.target.value })}
                    error={issue(`indicators.${index}.target`)}
                    required
                  />
                </div>
                <div className="col-12 col-md-2">
                  <TextField
                    id={`project-indicator-${index}-unit`}
                    label={t('projects.indicatorUnit', { n: index + 1 })}
                    value={indicator.unit}
                    onChange={(event) => change({ unit: event.target.value })}
                    error={issue(`indicators.${index}.unit`)}
                  />
                </div>
                <div className="col-md-2 pt-md-3">
                  {values.indicators.length > 1 && (
                    <Button
                      type="button"
                      color="secondary"
                      outline
                      size="sm"
                      onClick={() => {
                        set({ indicators: values.indicators.filter((other) => other.key !== indicator.key) });
                        setLocal({});
                      }}
                    >
                      {t('projects.removeIndicator', { n: index + 1 })}
                    </Button>
                  )}
                </div>
              </div>
            );
          })}
          <Button
            type="button"
            color="primary"
            outline
            size="sm"
            className="mt-2"
            onClick={() => set({ indicators: [...values.indicators, emptyIndicator()] })}
          >
            {t('projects.addIndicator')}
          </Button>
        </fieldset>
        <div className="row g-3 mb-4 mt-2">
          <div className="col-md-8">
            <SelectField
              id="project-allocation"
              label={t('projects.funding')}
              value={values.allocationId}
              onChange={(value) => set({ allocationId: value })}
              emptyLabel={t('projects.noFunding')}
              options={shares}
            />
            {issue('allocationId') && <p className="text-danger small mt-1">{issue('allocationId')}</p>}
          </div>
        </div>
        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="draft" color="primary" outline disabled={save.isPending}>
            {t('projects.saveDraft')}
          </Button>
          <Button type="submit" name="intent" value="submit" color="primary" disabled={save.isPending}>
            {t('projects.saveAndSubmit')}
          </Button>
        </div>
      </form>
    </Page>
  );
};
