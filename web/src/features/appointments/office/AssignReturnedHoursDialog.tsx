import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, ReturnedHours } from '../../../../../api/appointments.ts';
import { shareOf } from '../../../../../domain/offers/returned-hours-assignment.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { assignReturnedHours, euroText } from '../queries.ts';
import { ActionDialog, type FieldErrors } from './ActionDialog.tsx';

type Kind = ReturnedHours['assignments'][number]['kind'];
const KINDS: Kind[] = ['tutoring', 'supplementary-teaching'];

/**
 * The office gives part of the hours an ended appointment returned to another tutor of the call, on the referente's
 * indication (seed 001 art. 8 c.4): which tutor, how many hours, which activity kind, and the reason. Before
 * confirming it shows the tutor's hours and amount before and after; the server amends that tutor's letter.
 */
export interface ReturnedHoursProps {
  appointment: Appointment;
  returned: ReturnedHours;
  onDone: (message: string) => void;
}

export const AssignReturnedHoursDialog = ({ appointment, returned, onDone }: ReturnedHoursProps) => {
  const { t, i18n } = useTranslation();
  const first = returned.targets[0];
  const [targetId, setTargetId] = useState(first?.appointmentId ?? '');
  const [hours, setHours] = useState(String(returned.left.hours));
  const [kind, setKind] = useState<Kind>(first?.kinds[0] ?? 'tutoring');
  const [reason, setReason] = useState('');
  const target = returned.targets.find((x) => x.appointmentId === targetId);
  const typed = Number(hours);
  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!target) found.targetAppointmentId = t('returnedHours.chooseTutor');
    if (!/^\d+$/.test(hours.trim()) || typed <= 0) found.hours = t('appointments.hoursInvalid');
    else if (typed > returned.left.hours)
      found.hours = t('returnedHours.tooMany', { count: returned.left.hours });
    if (!reason.trim()) found.reason = t('returnedHours.reasonRequired');
    return found;
  };
  const money = (cents: number) => euroText(cents, i18n.language);
  return (
    <ActionDialog
      appointment={appointment}
      submit={(body) =>
        assignReturnedHours(appointment.id, body as Parameters<typeof assignReturnedHours>[1])
      }
      label={t('returnedHours.assign')}
      title={t('returnedHours.assignTitle', { name: appointment.tutorName })}
      confirmLabel={t('returnedHours.assignConfirm')}
      fieldNames={['targetAppointmentId', 'hours', 'kind', 'reason']}
      check={check}
      body={() => ({ targetAppointmentId: targetId, hours: typed, kind, reason })}
      doneMessage={t('returnedHours.assigned', { count: typed, name: target?.tutorName ?? '' })}
      onDone={onDone}
      onOpen={() => {
        setTargetId(first?.appointmentId ?? '');
        setHours(String(returned.left.hours));
        setKind(first?.kinds[0] ?? 'tutoring');
        setReason('');
      }}
      summary={() => {
        if (!target) return null;
        const share = shareOf(returned.left, typed);
        return (
          <ul data-testid="assign-summary">
            <li>
              {t('returnedHours.summaryTutor', {
                name: target.tutorName,
                hoursBefore: target.hours,
                hoursAfter: target.hours + share.hours,
                amountBefore: money(target.grossCents),
                amountAfter: money(target.grossCents + share.amountCents),
              })}
            </li>
            <li>
              {t('returnedHours.summaryKind', {
                kind: t(`appointments.kinds.${kind}`),
                amount: money(share.amountCents),
              })}
            </li>
            <li>{t('returnedHours.summaryLeft', { count: returned.left.hours - share.hours })}</li>
            <li>{t('returnedHours.summaryAmendment')}</li>
            <li>{t('appointmentOffice.reasonText', { reason: reason.trim() })}</li>
          </ul>
        );
      }}
      fields={(errorAt) => (
        <>
          <p>
            {t('returnedHours.assignHint', {
              count: returned.left.hours,
              amount: money(returned.left.amountCents),
            })}
          </p>
          <div className="mb-4">
            <SelectField
              id="assign-target"
              label={t('returnedHours.tutor')}
              value={targetId}
              onChange={(value) => {
                setTargetId(value);
                const chosen = returned.targets.find((x) => x.appointmentId === value);
                if (chosen?.kinds[0]) setKind(chosen.kinds[0]);
              }}
              error={errorAt('targetAppointmentId')}
              options={returned.targets.map((x) => ({
                value: x.appointmentId,
                label: t('returnedHours.targetOption', {
                  name: x.tutorName,
                  position: x.activityType,
                  hours: x.hours,
                  status: t(`appointments.status.${x.status}`),
                }),
              }))}
            />
          </div>
          <TextField
            id="assign-hours"
            inputMode="numeric"
            label={t('returnedHours.hours', { count: returned.left.hours })}
            error={errorAt('hours')}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
          <div className="mb-4">
            <SelectField
              id="assign-kind"
              label={t('appointments.kind')}
              value={kind}
              onChange={(value) => setKind(value as Kind)}
              error={errorAt('kind')}
              options={KINDS.map((k) => ({ value: k, label: t(`appointments.kinds.${k}`) }))}
            />
          </div>
          <TextField
            id="assign-reason"
            type="textarea"
            label={t('returnedHours.reason')}
            error={errorAt('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
    />
  );
};
