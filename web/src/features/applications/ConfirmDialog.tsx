import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Seed 004 art. 4: "I dati inseriti nella domanda on-line già confermata non potranno essere corretti". */
export const ConfirmDialog = ({
  open,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) => {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal isOpen={open} toggle={onCancel} labelledBy={titleId} returnFocusAfterClose>
      <ModalHeader toggle={onCancel} closeAriaLabel={t('applications.cancel')}>
        <span id={titleId}>{t('applications.confirmTitle')}</span>
      </ModalHeader>
      <ModalBody>
        <p>{t('applications.confirmText')}</p>
        <p className="mb-0">{t('applications.confirmWithdraw')}</p>
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={busy}>
          {t('applications.cancel')}
        </Button>
        <Button color="primary" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('applications.confirming') : t('applications.confirmYes')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
