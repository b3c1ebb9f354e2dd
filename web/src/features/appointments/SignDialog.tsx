import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { REGISTER_KEY, signLetter } from './queries.ts';

/** The director signed the letter: the office records its protocol number and date. */
export const SignDialog = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [protocolNumber, setNumber] = useState('');
  const [protocolDate, setDate] = useState('');
  const mutation = useMutation({
    mutationFn: () => signLetter(appointment.id, { protocolNumber, protocolDate }),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: REGISTER_KEY });
    },
  });
  const close = () => {
    mutation.reset();
    setOpen(false);
  };
  return (
    <>
      <Button color="primary" size="xs" outline onClick={() => setOpen(true)}>
        {t('appointments.sign')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('appointments.cancel')}>
          <span id={titleId}>{t('appointments.signTitle', { name: appointment.tutorName })}</span>
        </ModalHeader>
        <ModalBody>
          <TextField
            id={`${titleId}-number`}
            label={t('appointments.protocolNumber')}
            value={protocolNumber}
            onChange={(e) => setNumber(e.target.value)}
          />
          <TextField
            id={`${titleId}-date`}
            type="date"
            label={t('appointments.protocolDate')}
            value={protocolDate}
            onChange={(e) => setDate(e.target.value)}
          />
          {mutation.isError && <ErrorAlert error={mutation.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('appointments.cancel')}
          </Button>
          <Button color="primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {t('appointments.signConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
