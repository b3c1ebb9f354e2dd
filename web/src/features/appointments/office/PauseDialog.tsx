import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { TextField } from '../../../components/TextField.tsx';
import { dayText, romeToday } from '../queries.ts';
import { ActionDialog } from './ActionDialog.tsx';

/** What the profile allows in pauses and how many days this appointment has used (null: no limit known). */
export const PauseLimit = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const rules = appointment.rules;
  if (!rules) return null;
  return (
    <p data-testid="pause-limit">
      {rules.maxPauseDays === null
        ? t('appointmentOffice.pauseNoLimit', { used: rules.pauseDaysUsed })
        : t('appointmentOffice.pauseLimit', { max: rules.maxPauseDays, used: rules.pauseDaysUsed })}
    </p>
  );
};

/**
 * The office pauses an active appointment from a date, with the reason; the end of the pause may be given now
 * (then the server checks the profile's limit at once) or later by resuming.
 */
export const PauseDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const [from, setFrom] = useState(romeToday());
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  return (
    <ActionDialog
      appointment={appointment}
      action="pause"
      label={t('appointmentOffice.pause')}
      title={t('appointmentOffice.pauseTitle', { name: appointment.tutorName })}
      confirmLabel={t('appointmentOffice.pauseConfirm')}
      fieldNames={['from', 'until', 'reason']}
      kindFields={{ 'pause-too-long': until ? 'until' : 'from' }}
      body={() => ({ from, until: until || null, reason })}
      doneMessage={t('appointmentOffice.paused')}
      onDone={onDone}
      onOpen={() => {
        setFrom(romeToday());
        setUntil('');
        setReason('');
      }}
      summary={() => (
        <>
          <p>
            {until
              ? t('appointmentOffice.pauseTextUntil', { from: dayText(from), until: dayText(until) })
              : t('appointmentOffice.pauseText', { from: dayText(from) })}
          </p>
          <p>{t('appointmentOffice.reasonText', { reason: reason.trim() })}</p>
          <PauseLimit appointment={appointment} />
        </>
      )}
      fields={(errorAt) => (
        <>
          <PauseLimit appointment={appointment} />
          <TextField
            id="pause-from"
            type="date"
            label={t('appointmentOffice.pauseFrom')}
            error={errorAt('from')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <TextField
            id="pause-until"
            type="date"
            label={t('appointmentOffice.pauseUntil')}
            infoText={t('appointmentOffice.pauseUntilHint')}
            error={errorAt('until')}
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
          <TextField
            id="pause-reason"
            type="textarea"
            label={t('appointmentOffice.pauseReason')}
            error={errorAt('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
    />
  );
};
