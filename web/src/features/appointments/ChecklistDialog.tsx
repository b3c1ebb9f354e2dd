import { useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { Checklist } from './Checklist.tsx';
import { REGISTER_KEY, recordChecklistItem } from './queries.ts';

/**
 * The office's view of an appointment's checklist from the register: every item with its due date and status, and
 * the office's own items (safety training, the regional communication with its protocol) recorded here.
 */
export const ChecklistDialog = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const overdue = appointment.checklist.filter((entry) => entry.status === 'overdue').length;
  const close = () => {
    setSaved(false);
    setOpen(false);
  };
  return (
    <>
      <Button color="primary" size="xs" outline onClick={() => setOpen(true)}>
        {t('appointments.checklistOpen')}
        {overdue > 0 && (
          <Badge color="danger" className="ms-1">
            {t('appointments.itemStatus.overdue')}
          </Badge>
        )}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose size="lg">
        <ModalHeader toggle={close} closeAriaLabel={t('appointments.close')}>
          <span id={titleId}>{t('appointments.checklistTitle', { name: appointment.tutorName })}</span>
        </ModalHeader>
        <ModalBody>
          <div aria-live="polite">
            {saved && (
              <Alert color="success" fade={false}>
                {t('appointments.checklistSaved')}
              </Alert>
            )}
          </div>
          <Checklist
            appointment={appointment}
            side="office"
            record={(input) => recordChecklistItem(appointment.id, input)}
            onSaved={async () => {
              setSaved(true);
              await client.invalidateQueries({ queryKey: REGISTER_KEY });
            }}
          />
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close}>
            {t('appointments.close')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
