import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { TextField } from '../../../components/TextField.tsx';
import { dayText, romeToday } from '../queries.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { daysBetween } from './dates.ts';
import { PauseLimit } from './PauseDialog.tsx';

/** The office resumes a paused appointment on a date; the server refuses, and leaves it paused, past the limit. */
export const ResumeDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const [on, setOn] = useState(romeToday());
  const open = appointment.pauses.at(-1);
  return (
    <ActionDialog
      appointment={appointment}
      action="resume"
      label={t('appointmentOffice.resume')}
      title={t('appointmentOffice.resumeTitle', { name: appointment.tutorName })}
      confirmLabel={t('appointmentOffice.resumeConfirm')}
      fieldNames={['on']}
      kindFields={{ 'pause-too-long': 'on' }}
      body={() => ({ on })}
      doneMessage={t('appointmentOffice.resumed')}
      onDone={onDone}
      onOpen={() => setOn(romeToday())}
      summary={() => (
        <>
          <p>
            {open
              ? t('appointmentOffice.resumeText', {
                  on: dayText(on),
                  from: dayText(open.from),
                  count: Math.max(0, daysBetween(open.from, on)),
                })
              : t('appointmentOffice.resumeOn', { on: dayText(on) })}
          </p>
          <PauseLimit appointment={appointment} />
        </>
      )}
      fields={(errorAt) => (
        <>
          <PauseLimit appointment={appointment} />
          <TextField
            id="resume-on"
            type="date"
            label={t('appointmentOffice.resumeDate')}
            error={errorAt('on')}
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
        </>
      )}
    />
  );
};
