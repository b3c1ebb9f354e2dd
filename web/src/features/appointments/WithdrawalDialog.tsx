import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dayText, MY_APPOINTMENTS_KEY, notifyWithdrawal, romeToday } from './queries.ts';

const FIELDS = ['lastDay', 'reason'];

/** The statuses a tutor may withdraw from: a signed letter, acknowledged, an activity started or paused. */
export const canWithdraw = (appointment: Appointment) =>
  ['signed', 'acknowledged', 'active', 'paused'].includes(appointment.status) &&
  !appointment.withdrawalNotice;

/** The notice the tutor sent, as their card shows it. */
export const WithdrawalSent = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const notice = appointment.withdrawalNotice;
  if (!notice) return null;
  return (
    <Alert color="info" fade={false} data-testid="withdrawal-sent">
      {t('withdrawal.sent', { day: dayText(notice.lastDay) })}
      {appointment.status !== 'ended' && <> {t('withdrawal.sentNext')}</>}
    </Alert>
  );
};

/**
 * The tutor gives written notice of withdrawal (rinuncia, seed 001 art. 11): the last day of activity and the reason.
 * The dialog says what follows: the hours done are paid, and the office ends the appointment with the hours the
 * supervisor confirms. Each refusal shows at its field.
 */
export const WithdrawalDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [lastDay, setLastDay] = useState(romeToday());
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const mutation = useMutation({
    mutationFn: () => notifyWithdrawal(appointment.id, { lastDay, reason }),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: MY_APPOINTMENTS_KEY });
      onDone();
    },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const errorAt = (field: string) => local[field] ?? apiError?.issueFor(field);
  const issues = apiError?.problem.issues ?? [];
  const atFields = issues.length > 0 && issues.every((i) => FIELDS.includes(i.field));
  const start = () => {
    mutation.reset();
    setLocal({});
    setLastDay(romeToday());
    setReason('');
    setOpen(true);
  };
  const close = () => {
    if (mutation.isPending) return;
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay)) found.lastDay = t('withdrawal.lastDayRequired');
    if (!reason.trim()) found.reason = t('withdrawal.reasonRequired');
    setLocal(found);
    mutation.reset();
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const formId = `${titleId}-form`;
  return (
    <>
      <Button color="danger" outline size="sm" onClick={start}>
        {t('withdrawal.open')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose size="lg">
        <ModalHeader toggle={close} closeAriaLabel={t('appointments.cancel')}>
          <span id={titleId}>{t('withdrawal.title')}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('withdrawal.explanation', { call: appointment.callTitle })}</p>
          <p>{t('withdrawal.paid')}</p>
          <form id={formId} onSubmit={submit} noValidate>
            <TextField
              id={`${titleId}-last-day`}
              type="date"
              label={t('withdrawal.lastDay')}
              infoText={t('withdrawal.lastDayHint')}
              error={errorAt('lastDay')}
              value={lastDay}
              onChange={(e) => setLastDay(e.target.value)}
            />
            <TextField
              id={`${titleId}-reason`}
              type="textarea"
              label={t('withdrawal.reason')}
              error={errorAt('reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </form>
          {mutation.isError &&
            (atFields ? (
              <Alert color="danger" fade={false}>
                {t('appointments.fieldErrors')}
              </Alert>
            ) : (
              <ErrorAlert error={mutation.error} />
            ))}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('appointments.cancel')}
          </Button>
          <Button color="danger" type="submit" form={formId} disabled={mutation.isPending}>
            {t('withdrawal.confirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
