import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Appointment, EndingKindSchema } from '../../../../../api/appointments.ts';
import type { EndingKind } from '../../../../../domain/appointments/types.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { dayText, euroText, romeToday } from '../queries.ts';
import { ActionDialog, type FieldErrors } from './ActionDialog.tsx';
import { earnedPreview, hoursReturned } from './earned.ts';

const KINDS = EndingKindSchema.options;

/** What the profile lets a tutor who graduates do, as the server computed it for this appointment. */
export const GraduationNote = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const graduation = appointment.rules?.graduation;
  if (!graduation) return null;
  return (
    <p data-testid="graduation-note">
      {graduation.kind === 'continues'
        ? t('appointmentOffice.graduation.continues')
        : graduation.kind === 'may-continue'
          ? t('appointmentOffice.graduation.mayContinue', {
              left: graduation.remainingHours,
              max: graduation.maxRemainingHours,
            })
          : t('appointmentOffice.graduation.forfeits', { left: graduation.remainingHours })}
    </p>
  );
};

/**
 * The office ends an appointment: completed, the tutor's withdrawal or a forfeiture (graduation, leaving studies,
 * transfer, no start, breach of duties), on a date with the hours done and a note. Before confirming it shows the
 * hours that go back to the position and the gross amount the hours done earn.
 */
export const EndDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  // The tutor's withdrawal notice, when there is one, says how and when: the dialog starts from it.
  const notice = appointment.withdrawalNotice ?? null;
  const [kind, setKind] = useState<EndingKind>(notice ? 'withdrawal' : 'completed');
  const [date, setDate] = useState(notice?.lastDay ?? romeToday());
  const [hoursDone, setHoursDone] = useState(String(appointment.hoursDone));
  const [note, setNote] = useState('');
  const done = Number(hoursDone);
  const check = (): FieldErrors =>
    /^\d+$/.test(hoursDone.trim()) ? {} : { hoursDone: t('appointments.hoursInvalid') };
  return (
    <ActionDialog
      appointment={appointment}
      action="end"
      label={t('appointmentOffice.end')}
      title={t('appointmentOffice.endTitle', { name: appointment.tutorName })}
      confirmLabel={t('appointmentOffice.endConfirm')}
      fieldNames={['kind', 'date', 'hoursDone', 'note']}
      check={check}
      body={() => ({ kind, date, hoursDone: done, note })}
      doneMessage={t('appointmentOffice.ended')}
      onDone={onDone}
      onOpen={() => {
        setKind(
          notice || !(appointment.status === 'active' || appointment.status === 'paused')
            ? 'withdrawal'
            : 'completed',
        );
        setDate(notice?.lastDay ?? romeToday());
        setHoursDone(String(appointment.hoursDone));
        setNote('');
      }}
      summary={() => {
        const earned = earnedPreview(appointment, { kind, date, hoursDone: done });
        const minimum = appointment.rules?.payoutMinimumHours ?? null;
        return (
          <>
            <p>
              {t('appointmentOffice.endText', {
                kind: t(`appointmentOffice.endings.${kind}`),
                date: dayText(date),
              })}
            </p>
            <ul>
              <li>{t('appointmentOffice.endHoursDone', { count: done, total: appointment.hours })}</li>
              <li data-testid="hours-returned">
                {t('appointmentOffice.endHoursReturned', { count: hoursReturned(appointment, done) })}
              </li>
              <li data-testid="earned">
                {t('appointmentOffice.endEarned', { amount: euroText(earned, i18n.language) })}
              </li>
            </ul>
            {kind !== 'completed' && minimum !== null && done < minimum && (
              <p>{t('appointmentOffice.belowMinimum', { count: minimum })}</p>
            )}
            {kind === 'graduation' && <GraduationNote appointment={appointment} />}
            {note.trim() && <p>{t('appointmentOffice.noteText', { note: note.trim() })}</p>}
          </>
        );
      }}
      fields={(errorAt) => (
        <>
          <div className="mb-4">
            <SelectField
              id="end-kind"
              label={t('appointmentOffice.endKind')}
              value={kind}
              onChange={(value) => setKind(value as EndingKind)}
              error={errorAt('kind')}
              options={KINDS.map((k) => ({ value: k, label: t(`appointmentOffice.endings.${k}`) }))}
            />
          </div>
          {kind === 'graduation' && <GraduationNote appointment={appointment} />}
          <TextField
            id="end-date"
            type="date"
            label={t('appointmentOffice.endDate')}
            error={errorAt('date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <TextField
            id="end-hours"
            inputMode="numeric"
            label={t('appointmentOffice.endHours', { total: appointment.hours })}
            error={errorAt('hoursDone')}
            value={hoursDone}
            onChange={(e) => setHoursDone(e.target.value)}
          />
          <TextField
            id="end-note"
            type="textarea"
            label={t('appointmentOffice.endNote')}
            error={errorAt('note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
    />
  );
};
