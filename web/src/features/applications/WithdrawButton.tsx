import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applicationKeys, withdrawApplication } from './applications-api.ts';

/**
 * Withdrawing an application before the deadline (the student may then start a new one): asked in a dialog first,
 * since a confirmed application withdrawn is out of the selection unless submitted again in time.
 */
export const WithdrawButton = ({
  applicationId,
  callTitle,
  onWithdrawn,
}: {
  applicationId: string;
  callTitle: string;
  onWithdrawn: () => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => withdrawApplication(applicationId),
    onSuccess: async (application) => {
      setOpen(false);
      client.setQueryData(applicationKeys.one(application.id), application);
      await client.invalidateQueries({ queryKey: applicationKeys.all });
      onWithdrawn();
    },
  });
  const close = () => {
    withdraw.reset();
    setOpen(false);
  };
  return (
    <>
      <Button color="danger" outline size="sm" className="mb-1" onClick={() => setOpen(true)}>
        {t('applications.withdraw')}
        <span className="visually-hidden"> · {callTitle}</span>
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('applications.cancel')}>
          <span id={titleId}>{t('applications.withdrawTitle')}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('applications.withdrawText', { title: callTitle })}</p>
          {withdraw.isError && <ErrorAlert error={withdraw.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close}>
            {t('applications.cancel')}
          </Button>
          <Button color="danger" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
            {t('applications.withdrawConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
