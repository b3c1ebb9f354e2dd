import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dayText, MY_APPOINTMENTS_KEY, retractWithdrawal } from './queries.ts';

/** A notice the office has not acted on yet (the appointment still running) can be taken back. */
export const canRetract = (appointment: Appointment) =>
  appointment.withdrawalNotice !== null && appointment.status !== 'ended';

/**
 * The tutor changed their mind: they take the withdrawal notice back before the office ends the appointment, saying
 * why if they wish; the activity goes on and the office and the supervisor are told.
 */
export const RetractWithdrawalDialog = ({
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
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => retractWithdrawal(appointment.id, { reason }),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: MY_APPOINTMENTS_KEY });
      onDone();
    },
  });
  const close = () => {
    if (!mutation.isPending) setOpen(false);
  };
  return (
    <>
      <Button
        color="primary"
        outline
        size="sm"
        onClick={() => {
          mutation.reset();
          setReason('');
          setOpen(true);
        }}
      >
        {t('withdrawal.retract')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('appointments.cancel')}>
          <span id={titleId}>{t('withdrawal.retractTitle')}</span>
        </ModalHeader>
        <ModalBody>
          <p>
            {t('withdrawal.retractExplanation', {
              day: appointment.withdrawalNotice ? dayText(appointment.withdrawalNotice.lastDay) : '',
            })}
          </p>
          <TextField
            id={`${titleId}-reason`}
            type="textarea"
            label={t('withdrawal.retractReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {mutation.isError && <ErrorAlert error={mutation.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('appointments.cancel')}
          </Button>
          <Button color="primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {t('withdrawal.retractConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
