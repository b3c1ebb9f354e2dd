import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { TextField } from '../../../components/TextField.tsx';
import { cancelPayoutOrder } from '../PayoutDialog.tsx';
import { dayText, euroText } from '../queries.ts';
import { ActionDialog, type FieldErrors } from './ActionDialog.tsx';

/**
 * The office cancels the payout order in force (a wrong number, date or figure), with the reason: it stays on record
 * as cancelled and the appointment is due again.
 */
export const CancelPayoutDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const payout = appointment.payout;
  if (payout?.status !== 'paid') return null;
  const number = payout.orderNumber ?? '—';
  const check = (): FieldErrors => (reason.trim() ? {} : { reason: t('payouts.cancelReasonRequired') });
  return (
    <ActionDialog
      appointment={appointment}
      submit={(body) => cancelPayoutOrder(appointment.id, body as { reason: string })}
      label={t('payouts.cancelOrder')}
      title={t('payouts.cancelOrderTitle', { number })}
      confirmLabel={t('payouts.cancelConfirm')}
      fieldNames={['reason']}
      check={check}
      body={() => ({ reason })}
      doneMessage={t('payouts.cancelled')}
      onDone={onDone}
      onOpen={() => setReason('')}
      summary={() => (
        <>
          <p>
            {t('payouts.cancelSummary', {
              number,
              date: payout.orderDate ? dayText(payout.orderDate) : '—',
              amount: euroText(payout.grossCents, i18n.language),
            })}
          </p>
          <p>{t('payouts.cancelAfter')}</p>
          <p>{t('appointmentOffice.reasonText', { reason: reason.trim() })}</p>
        </>
      )}
      fields={(errorAt) => (
        <>
          <p>{t('payouts.cancelOrderLead')}</p>
          <TextField
            id="cancel-payout-reason"
            type="textarea"
            label={t('payouts.cancelReason')}
            error={errorAt('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
    />
  );
};
