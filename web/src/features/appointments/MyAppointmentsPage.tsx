import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Col, Row } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { Checklist } from './Checklist.tsx';
import { PayoutStatus } from './PayoutDialog.tsx';
import {
  acknowledgeLetter,
  dayText,
  euroText,
  fetchMyAppointments,
  MY_APPOINTMENTS_KEY,
  recordMyChecklistItem,
} from './queries.ts';
import { canRetract, RetractWithdrawalDialog } from './RetractWithdrawalDialog.tsx';
import { canWithdraw, WithdrawalDialog, WithdrawalSent } from './WithdrawalDialog.tsx';

/** One appointment as the tutor reads it: the letter's essentials, its status, the checklist, the acknowledgement. */
const AppointmentCard = ({
  appointment,
  onDone,
  onRecorded,
  onWithdrawn,
  onRetracted,
}: {
  appointment: Appointment;
  onDone: () => void;
  onRecorded: () => void;
  onWithdrawn: () => void;
  onRetracted: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => acknowledgeLetter(appointment.id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: MY_APPOINTMENTS_KEY });
      onDone();
    },
  });
  return (
    <Card
      shadow="sm"
      rounded
      className="h-100"
      tag="section"
      aria-labelledby={titleId}
      testId="appointment-card"
    >
      <div className="it-card-body p-4">
        <p className="small text-uppercase fw-semibold mb-2">{appointment.callTitle}</p>
        <h2 id={titleId} className="h5 mb-2">
          {appointment.activityType} — {appointment.unitName}
        </h2>
        <Badge color={appointment.status === 'signed' ? 'warning' : 'secondary'} className="mb-3">
          {t(`appointments.status.${appointment.status}`)}
        </Badge>
        <dl className="row mb-3">
          <dt className="col-sm-5">{t('appointments.period')}</dt>
          <dd className="col-sm-7">
            {t('appointments.fromTo', {
              from: dayText(appointment.terms.startDate),
              to: dayText(appointment.terms.endDate),
            })}
          </dd>
          <dt className="col-sm-5">{t('appointments.hours')}</dt>
          <dd className="col-sm-7">{appointment.hours}</dd>
          <dt className="col-sm-5">{t('appointments.amount')}</dt>
          <dd className="col-sm-7">{euroText(appointment.grossCents, i18n.language)}</dd>
          <dt className="col-sm-5">{t('appointments.supervisor')}</dt>
          <dd className="col-sm-7">{appointment.supervisorName}</dd>
          <dt className="col-sm-5">{t('appointments.protocol')}</dt>
          <dd className="col-sm-7">
            {appointment.protocol
              ? t('appointments.protocolText', {
                  number: appointment.protocol.number,
                  date: dayText(appointment.protocol.date),
                })
              : t('appointments.notSigned')}
          </dd>
          {appointment.payout && (
            <>
              <dt className="col-sm-5">{t('payouts.status')}</dt>
              <dd className="col-sm-7">
                <PayoutStatus payout={appointment.payout} />
              </dd>
            </>
          )}
        </dl>
        <WithdrawalSent appointment={appointment} />
        <h3 className="h6">{t('appointments.checklist')}</h3>
        <Checklist
          appointment={appointment}
          side="tutor"
          record={({ item, on }) => recordMyChecklistItem(appointment.id, { item, on })}
          onSaved={async () => {
            await client.invalidateQueries({ queryKey: MY_APPOINTMENTS_KEY });
            onRecorded();
          }}
        />
        <div className="d-flex gap-2 flex-wrap">
          <a
            className="btn btn-outline-primary btn-sm"
            href={`/api/me/appointments/${encodeURIComponent(appointment.id)}/letter.pdf`}
            download
          >
            {t('appointments.downloadLetter')}
          </a>
          {appointment.status === 'signed' && (
            <Button color="primary" size="sm" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
              {t('appointments.acknowledge')}
            </Button>
          )}
          {canWithdraw(appointment) && <WithdrawalDialog appointment={appointment} onDone={onWithdrawn} />}
          {canRetract(appointment) && (
            <RetractWithdrawalDialog appointment={appointment} onDone={onRetracted} />
          )}
        </div>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
      </div>
    </Card>
  );
};

/** The tutor's appointments: read the letter, acknowledge it once the director has signed it (seed 003). */
export const MyAppointmentsPage = () => {
  const { t } = useTranslation();
  const [done, setDone] = useState<'acknowledged' | 'checklistSaved' | 'withdrawn' | 'retracted' | null>(
    null,
  );
  const query = useQuery({ queryKey: MY_APPOINTMENTS_KEY, queryFn: fetchMyAppointments });
  return (
    <Page title={t('appointments.mineTitle')} lead={t('appointments.mineLead')}>
      <div aria-live="polite">
        {done && (
          <Alert color="success" fade={false}>
            {done === 'withdrawn'
              ? t('withdrawal.done')
              : done === 'retracted'
                ? t('withdrawal.retracted')
                : t(`appointments.${done}`)}
          </Alert>
        )}
      </div>
      <QueryView query={query}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('appointments.noneMine')}</p>
          ) : (
            <Row className="g-3">
              {items.map((appointment) => (
                <Col key={appointment.id} md={6}>
                  <AppointmentCard
                    appointment={appointment}
                    onDone={() => setDone('acknowledged')}
                    onRecorded={() => setDone('checklistSaved')}
                    onWithdrawn={() => setDone('withdrawn')}
                    onRetracted={() => setDone('retracted')}
                  />
                </Col>
              ))}
            </Row>
          )
        }
      </QueryView>
    </Page>
  );
};
