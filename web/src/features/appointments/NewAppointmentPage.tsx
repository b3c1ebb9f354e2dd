import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Input } from 'design-react-kit';
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
import { AWAITING_KEY, createAppointment, fetchDefaults, REGISTER_KEY } from './queries.ts';

/** The form, prefilled from the call's position; the caps are checked by the server when it is sent. */
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
  const [euros, setEuros] = useState(((item?.costCents ?? 0) / 100).toFixed(2));
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
              costCents: Math.round(Number(euros.replace(',', '.')) * 100),
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
  const overridable =
    mutation.error instanceof ApiError &&
    mutation.error.kind === 'caps-exceeded' &&
    mutation.error.problem.overridable === true;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>
        {defaults.tutorName} — {defaults.callTitle}, {defaults.activityType}
      </p>
      <SelectField
        id="appointment-supervisor"
        label={t('appointments.supervisor')}
        value={supervisorId}
        onChange={setSupervisor}
        emptyLabel={t('common.none')}
        options={(supervisors.data?.items ?? []).map((p) => ({
          value: p.id,
          label: `${p.familyName} ${p.givenName}`,
        }))}
      />
      <TextField
        id="appointment-start"
        type="date"
        label={t('appointments.startDate')}
        value={startDate}
        onChange={(e) => setStart(e.target.value)}
      />
      <TextField
        id="appointment-end"
        type="date"
        label={t('appointments.endDate')}
        value={endDate}
        onChange={(e) => setEnd(e.target.value)}
      />
      <SelectField
        id="appointment-kind"
        label={t('appointments.kind')}
        value={kind}
        onChange={setKind}
        options={(['tutoring', 'supplementary-teaching'] as const).map((k) => ({
          value: k,
          label: t(`appointments.kinds.${k}`),
        }))}
      />
      <TextField
        id="appointment-hours"
        inputMode="numeric"
        label={t('appointments.hours')}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
      />
      <TextField
        id="appointment-cost"
        label={t('appointments.costEuro')}
        value={euros}
        onChange={(e) => setEuros(e.target.value)}
      />
      <TextField
        id="appointment-training"
        inputMode="numeric"
        label={t('appointments.trainingHours')}
        value={training}
        onChange={(e) => setTraining(e.target.value)}
      />
      <Input
        id="appointment-duties"
        type="textarea"
        label={t('appointments.duties')}
        value={duties}
        onChange={(e) => setDuties(e.target.value)}
      />
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      {overridable && (
        <TextField
          id="appointment-override"
          label={t('appointments.overrideReason')}
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
