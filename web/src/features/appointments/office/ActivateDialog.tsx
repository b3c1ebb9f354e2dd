import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { dayText, romeToday } from '../queries.ts';
import { ActionDialog } from './ActionDialog.tsx';

/**
 * The activity starts today. The server refuses before the letter's start date or while an item that blocks the
 * start is open, and says why; the items still open are named here before confirming.
 */
export const ActivateDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const open = appointment.checklist.filter((entry) => entry.blocksStart && entry.status !== 'done');
  return (
    <ActionDialog
      appointment={appointment}
      action="activate"
      label={t('appointmentOffice.activate')}
      title={t('appointmentOffice.activateTitle', { name: appointment.tutorName })}
      confirmLabel={t('appointmentOffice.activateConfirm')}
      body={() => ({})}
      doneMessage={t('appointmentOffice.activated')}
      onDone={onDone}
      summary={() => (
        <>
          <p>
            {t('appointmentOffice.activateText', {
              today: dayText(romeToday()),
              start: dayText(appointment.terms.startDate),
            })}
          </p>
          {open.length > 0 && (
            <p>
              {t('appointmentOffice.activateOpenItems', {
                items: open.map((entry) => t(`appointments.items.${entry.item}`)).join(', '),
              })}
            </p>
          )}
        </>
      )}
    />
  );
};
