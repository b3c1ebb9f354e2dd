import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { AppointmentDefaults } from '../../../../api/appointments.ts';
import { PeoplePageSchema } from '../../../../api/people.ts';
import { ApiError, apiGet } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Page } from '../../layout/Page.tsx';
import { centsToEuroInput, parseEuroCents } from '../funding/money-input.ts';
import { AWAITING_KEY, createAppointment, fetchDefaults, REGISTER_KEY } from './queries.ts';

/** The form's fields, named as the server names them in its issues. */
const FIELDS = {
  supervisor: 'supervisorId',
  start: 'terms.startDate',
  end: 'terms.endDate',
  kind: 'terms.items',
  hours: 'terms.items.0.hours',
  cost: 'terms.items.0.costCents',
  training: 'terms.trainingHours',
  duties: 'duties',
  override: 'overrideReason',
} as const;
const SHOWN: readonly string[] = Object.values(FIELDS);

/**
 * The form, prefilled from the call's position; the caps are checked by the server when it is sent. Amounts are
 * typed the Italian way ("1.234,56") and sent as cents; every message the server gives about a field is shown at
 * that field.
 */
const AppointmentForm = ({ offerId, defaults }: { offerId: string; defaults: AppointmentDefaults }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const supervisors = useQuery({
    queryKey: ['people', 'supervisors'],
    queryFn: () => apiGet('/api/people', PeoplePageSchema, { role: 'supervisor', pageSize: 200 }),
  });
  const item = defaults.terms.items[0];
  const [supervisorId, setSupervisor] = useState(defaults.supervisorId ?? '');
  const [startDate, setStart] = useState(defaults.terms.startDate);
  const [endDate, setEnd] = useState(defaults.terms.endDate);
  const [kind, setKind] = useState<string>(item?.kind ?? 'tutoring');
  const [hours, setHours] = useState(String(item?.hours ?? 0));
  const [euros, setEuros] = useState(centsToEuroInput(item?.costCents ?? 0));
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const [training, setTraining] = useState(String(defaults.terms.trainingHours));
  const [duties, setDuties] = useState(defaults.duties);
  const [overrideReason, setOverride] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      createAppointment(offerId, {
        supervisorId: supervisorId || undefined,
        duties,
        overrideReason: overrideReason.trim() || undefined,
        terms: {
          startDate,
          endDate,
          trainingHours: Number(training),
          items: [
            {
              kind: kind as 'tutoring' | 'supplementary-teaching',
              hours: Number(hours),
              costCents: parseEuroCents(euros) ?? 0,
            },
          ],
        },
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: REGISTER_KEY });
      await client.invalidateQueries({ queryKey: AWAITING_KEY });
      navigate('/appointments');
    },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const overridable = apiError?.kind === 'caps-exceeded' && apiError.problem.overridable === true;
  const issues = apiError?.problem.issues ?? [];
  /** The message for a field: the form's own check first, then the server's. */
  const errorAt = (field: string) => local[field] ?? apiError?.issueFor(field);
  const allAtFields = issues.length > 0 && issues.every((issue) => SHOWN.includes(issue.field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = {};
    if (parseEuroCents(euros) === null) found[FIELDS.cost] = t('appointments.costInvalid');
    if (!/^\d+$/.test(hours.trim())) found[FIELDS.hours] = t('appointments.hoursInvalid');
    if (!/^\d+$/.test(training.trim())) found[FIELDS.training] = t('appointments.hoursInvalid');
    setLocal(found);
    if (Object.keys(found).length > 0) {
      mutation.reset();
      return;
    }
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p className="mb-5">
        {defaults.tutorName} — {defaults.callTitle}, {defaults.activityType}
      </p>
      <div className="mb-5">
        <SelectField
          id="appointment-supervisor"
          label={t('appointments.supervisor')}
          value={supervisorId}
          onChange={setSupervisor}
          emptyLabel={t('common.none')}
          error={errorAt(FIELDS.supervisor)}
          options={(supervisors.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.familyName} ${p.givenName}`,
          }))}
        />
      </div>
      <TextField
        id="appointment-start"
        type="date"
        label={t('appointments.startDate')}
        error={errorAt(FIELDS.start)}
        value={startDate}
        onChange={(e) => setStart(e.target.value)}
      />
      <TextField
        id="appointment-end"
        type="date"
        label={t('appointments.endDate')}
        error={errorAt(FIELDS.end)}
        value={endDate}
        onChange={(e) => setEnd(e.target.value)}
      />
      <div className="mb-5">
        <SelectField
          id="appointment-kind"
          label={t('appointments.kind')}
          value={kind}
          onChange={setKind}
          error={errorAt(FIELDS.kind)}
          options={(['tutoring', 'supplementary-teaching'] as const).map((k) => ({
            value: k,
            label: t(`appointments.kinds.${k}`),
          }))}
        />
      </div>
      <TextField
        id="appointment-hours"
        inputMode="numeric"
        label={t('appointments.hours')}
        error={errorAt(FIELDS.hours)}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
      />
      <TextField
        id="appointment-cost"
        inputMode="decimal"
        label={t('appointments.costEuro')}
        infoText={t('appointments.costHint')}
        error={errorAt(FIELDS.cost)}
        value={euros}
        onChange={(e) => setEuros(e.target.value)}
      />
      <TextField
        id="appointment-training"
        inputMode="numeric"
        label={t('appointments.trainingHours')}
        error={errorAt(FIELDS.training)}
        value={training}
        onChange={(e) => setTraining(e.target.value)}
      />
      <TextField
        id="appointment-duties"
        type="textarea"
        label={t('appointments.duties')}
        error={errorAt(FIELDS.duties)}
        value={duties}
        onChange={(e) => setDuties(e.target.value)}
      />
      {mutation.isError &&
        (allAtFields ? (
          <Alert color="danger" fade={false}>
            {t('appointments.fieldErrors')}
          </Alert>
        ) : (
          <ErrorAlert error={mutation.error} />
        ))}
      {overridable && (
        <TextField
          id="appointment-override"
          label={t('appointments.overrideReason')}
          error={errorAt(FIELDS.override)}
          value={overrideReason}
          onChange={(e) => setOverride(e.target.value)}
        />
      )}
      <Button color="primary" type="submit" disabled={mutation.isPending}>
        {t('appointments.create')}
      </Button>
    </form>
  );
};

/** The office makes the appointment of an accepted offer (its letter is generated). */
export const NewAppointmentPage = () => {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const defaults = useQuery({
    queryKey: ['appointments', 'defaults', offerId],
    queryFn: () => fetchDefaults(offerId),
  });
  return (
    <Page
      title={t('appointments.newTitle')}
      trail={[{ label: t('nav.pages.appointments'), to: '/appointments' }]}
    >
      <QueryView query={defaults}>{(d) => <AppointmentForm offerId={offerId} defaults={d} />}</QueryView>
    </Page>
  );
};
