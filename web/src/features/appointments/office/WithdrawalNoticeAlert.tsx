import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { dayText } from '../queries.ts';

/**
 * The tutor's withdrawal notice as the office reads it, while the appointment is still open: the last day, and on
 * the appointment's page the reason and what to do next (end it as a withdrawal with the hours done).
 */
export const WithdrawalNoticeAlert = ({
  appointment,
  compact = false,
}: {
  appointment: Appointment;
  compact?: boolean;
}) => {
  const { t } = useTranslation();
  const notice = appointment.withdrawalNotice;
  if (!notice || appointment.status === 'ended') return null;
  const day = dayText(notice.lastDay);
  return compact ? (
    <Alert color="warning" fade={false} className="small p-2 mt-1 mb-0" data-testid="withdrawal-notice">
      {t('withdrawal.office', { day })}
    </Alert>
  ) : (
    <Alert color="warning" fade={false} data-testid="withdrawal-notice">
      <p className="fw-semibold mb-1">{t('withdrawal.office', { day })}</p>
      <p className="mb-1">{t('withdrawal.officeReason', { reason: notice.reason })}</p>
      <p className="mb-0">{t('withdrawal.officeNext')}</p>
    </Alert>
  );
};
