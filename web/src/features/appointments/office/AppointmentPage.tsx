import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Table } from 'design-react-kit';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Appointment } from '../../../../../api/appointments.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { Checklist } from '../Checklist.tsx';
import { PayoutDialog, PayoutOrderLinks, PayoutStatus } from '../PayoutDialog.tsx';
import {
  appointmentKey,
  dayText,
  euroText,
  fetchAppointment,
  REGISTER_KEY,
  recordChecklistItem,
} from '../queries.ts';
import { SignDialog } from '../SignDialog.tsx';
import { ActivateDialog } from './ActivateDialog.tsx';
import { AmendDialog } from './AmendDialog.tsx';
import { CancelPayoutDialog } from './CancelPayoutDialog.tsx';
import { EndDialog } from './EndDialog.tsx';
import { Amendments, Ending, Pauses } from './History.tsx';
import { PauseDialog } from './PauseDialog.tsx';
import { ResumeDialog } from './ResumeDialog.tsx';
import { ReturnedHoursPanel } from './ReturnedHoursPanel.tsx';
import { WithdrawalNoticeAlert } from './WithdrawalNoticeAlert.tsx';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <>
    <dt className="col-sm-4">{label}</dt>
    <dd className="col-sm-8">{children}</dd>
  </>
);

/** Who, where and for which call: the parties of the letter. */
const Parties = ({ appointment: a }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  return (
    <dl className="row mb-4" data-testid="parties">
      <Row label={t('appointments.tutor')}>
        {a.tutorName} ({a.studentNumber ?? '—'})
      </Row>
      <Row label={t('appointmentOffice.call')}>
        {a.callCode} — {a.callTitle} ({a.academicYear})
      </Row>
      <Row label={t('appointmentOffice.position')}>{a.activityType}</Row>
      <Row label={t('appointments.unit')}>{a.unitName}</Row>
      <Row label={t('appointments.supervisor')}>{a.supervisorName}</Row>
    </dl>
  );
};

/** The essential elements: period, hours and cost per activity kind, training, gross amount. */
const Terms = ({ appointment: a }: { appointment: Appointment }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="terms-title" className="mb-5">
      <h2 id="terms-title" className="h4">
        {t('appointmentOffice.termsTitle')}
      </h2>
      <p>
        {t('appointments.period')}:{' '}
        {t('appointments.fromTo', { from: dayText(a.terms.startDate), to: dayText(a.terms.endDate) })}
      </p>
      <Table responsive size="sm">
        <caption>{t('appointmentOffice.termsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('appointments.kind')}</th>
            <th scope="col">{t('appointments.hours')}</th>
            <th scope="col">{t('appointments.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {a.terms.items.map((item) => (
            <tr key={item.kind}>
              <th scope="row" className="fw-normal">
                {t(`appointments.kinds.${item.kind}`)}
              </th>
              <td>{item.hours}</td>
              <td>{euroText(item.costCents, i18n.language)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('appointmentOffice.total')}</th>
            <td data-testid="total-hours">{a.hours}</td>
            <td data-testid="gross">{euroText(a.grossCents, i18n.language)}</td>
          </tr>
        </tbody>
      </Table>
      <p>{t('appointmentOffice.trainingText', { count: a.terms.trainingHours })}</p>
    </section>
  );
};

/** Where the letter stands: status, the director's protocol, the tutor's acknowledgement, the start, the PDFs. */
const Letter = ({ appointment: a }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const pdf = `/api/appointments/${encodeURIComponent(a.id)}/letter.pdf`;
  return (
    <section aria-labelledby="letter-title" className="mb-5">
      <h2 id="letter-title" className="h4">
        {t('appointmentOffice.letterTitle')}
      </h2>
      <dl className="row">
        <Row label={t('appointments.statusFilter')}>
          <span data-testid="status">
            <Badge color={a.status === 'ended' ? 'secondary' : 'primary'}>
              {t(`appointments.status.${a.status}`)}
            </Badge>
          </span>
        </Row>
        <Row label={t('appointments.protocol')}>
          {a.protocol
            ? t('appointments.protocolText', { number: a.protocol.number, date: dayText(a.protocol.date) })
            : t('appointments.notSigned')}
        </Row>
        <Row label={t('appointmentOffice.acknowledgement')}>
          {a.acknowledgedAt
            ? t('appointmentOffice.acknowledgedOn', {
                date: dayText(
                  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(
                    new Date(a.acknowledgedAt),
                  ),
                ),
              })
            : t('appointmentOffice.notAcknowledged')}
        </Row>
        <Row label={t('appointmentOffice.startedOn')}>
          {a.startedOn ? dayText(a.startedOn) : t('appointmentOffice.notStarted')}
        </Row>
      </dl>
      <p className="d-flex gap-3 flex-wrap">
        <a href={`${pdf}?lang=it`} download>
          {t('appointmentOffice.letterIt')}
        </a>
        <a href={`${pdf}?lang=en`} download>
          {t('appointmentOffice.letterEn')}
        </a>
      </p>
    </section>
  );
};

/** The office's steps that fit the appointment's status, each in its dialog. */
const Actions = ({ appointment: a, onDone }: { appointment: Appointment; onDone: (m: string) => void }) => {
  const { t } = useTranslation();
  if (a.status === 'ended') return null;
  return (
    <section aria-labelledby="actions-title" className="mb-5">
      <h2 id="actions-title" className="h4">
        {t('appointmentOffice.actionsTitle')}
      </h2>
      <div className="d-flex gap-2 flex-wrap">
        {a.status === 'generated' && <SignDialog appointment={a} />}
        {a.status === 'acknowledged' && <ActivateDialog appointment={a} onDone={onDone} />}
        <AmendDialog appointment={a} onDone={onDone} />
        {a.status === 'active' && <PauseDialog appointment={a} onDone={onDone} />}
        {a.status === 'paused' && <ResumeDialog appointment={a} onDone={onDone} />}
        <EndDialog appointment={a} onDone={onDone} />
      </div>
    </section>
  );
};

const AppointmentView = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  return (
    <>
      <div aria-live="polite">
        {message && (
          <Alert color="success" fade={false}>
            {message}
          </Alert>
        )}
      </div>
      <WithdrawalNoticeAlert appointment={appointment} />
      <Parties appointment={appointment} />
      <Letter appointment={appointment} />
      <Actions appointment={appointment} onDone={setMessage} />
      <Terms appointment={appointment} />
      <section aria-labelledby="checklist-title" className="mb-5">
        <h2 id="checklist-title" className="h4">
          {t('appointments.checklist')}
        </h2>
        <Checklist
          appointment={appointment}
          side="office"
          record={(input) => recordChecklistItem(appointment.id, input)}
          onSaved={async () => {
            setMessage(t('appointments.checklistSaved'));
            await client.invalidateQueries({ queryKey: REGISTER_KEY });
          }}
        />
      </section>
      <Pauses appointment={appointment} />
      <Amendments appointment={appointment} />
      <Ending appointment={appointment}>
        {appointment.payout && (
          <div className="d-flex gap-3 align-items-center flex-wrap" data-testid="payout">
            <span className="fw-semibold">{t('payouts.status')}:</span>
            <PayoutStatus payout={appointment.payout} />
            {appointment.payout.status === 'due' && <PayoutDialog appointment={appointment} />}
            <PayoutOrderLinks appointment={appointment} />
            <CancelPayoutDialog appointment={appointment} onDone={setMessage} />
          </div>
        )}
      </Ending>
      <ReturnedHoursPanel appointment={appointment} onDone={setMessage} />
    </>
  );
};

/** The office's page of one appointment: its letter, terms, checklist and history, and the steps of its life. */
export const AppointmentPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: appointmentKey(id), queryFn: () => fetchAppointment(id) });
  return (
    <Page
      title={
        query.data
          ? t('appointmentOffice.title', { name: query.data.tutorName })
          : t('appointmentOffice.titleLoading')
      }
      trail={[{ label: t('nav.pages.appointments'), to: '/appointments' }]}
    >
      <QueryView query={query}>{(appointment) => <AppointmentView appointment={appointment} />}</QueryView>
    </Page>
  );
};
