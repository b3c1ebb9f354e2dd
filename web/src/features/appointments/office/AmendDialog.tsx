import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentTermsInput } from '../../../../../api/appointments.ts';
import { changedElements } from '../../../../../domain/appointments/amendments.ts';
import { TextField } from '../../../components/TextField.tsx';
import { centsToEuroInput, parseEuroCents } from '../../funding/money-input.ts';
import { dayText, euroText } from '../queries.ts';
import { ActionDialog, type FieldErrors } from './ActionDialog.tsx';

type Kind = AppointmentTermsInput['items'][number]['kind'];
interface TypedItem {
  kind: Kind;
  hours: string;
  euros: string;
}

const FIELDS = ['terms.startDate', 'terms.endDate', 'terms.items', 'terms.trainingHours', 'reason'];
const itemField = (index: number, what: 'hours' | 'costCents') => `terms.items.${index}.${what}`;

const typedOf = (terms: AppointmentTermsInput): TypedItem[] =>
  terms.items.map((item) => ({
    kind: item.kind,
    hours: String(item.hours),
    euros: centsToEuroInput(item.costCents),
  }));

const hoursOf = (terms: AppointmentTermsInput) => terms.items.reduce((sum, item) => sum + item.hours, 0);
const centsOf = (terms: AppointmentTermsInput) => terms.items.reduce((sum, item) => sum + item.costCents, 0);

/**
 * The office changes the terms: dates, hours and cost per activity kind (typed the Italian way), training hours.
 * Before the letter is signed it is a correction; after, an amendment the server keeps with its required reason.
 * Before confirming, the dialog names the essential elements that change, before and after.
 */
export const AmendDialog = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [startDate, setStart] = useState(appointment.terms.startDate);
  const [endDate, setEnd] = useState(appointment.terms.endDate);
  const [items, setItems] = useState<TypedItem[]>(() => typedOf(appointment.terms));
  const [training, setTraining] = useState(String(appointment.terms.trainingHours));
  const [reason, setReason] = useState('');
  const signed = appointment.status !== 'generated';
  const terms = (): AppointmentTermsInput => ({
    startDate,
    endDate,
    trainingHours: Number(training),
    items: items.map((item) => ({
      kind: item.kind,
      hours: Number(item.hours),
      costCents: parseEuroCents(item.euros) ?? 0,
    })),
  });
  const setItem = (index: number, change: Partial<TypedItem>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    items.forEach((item, index) => {
      if (!/^\d+$/.test(item.hours.trim())) found[itemField(index, 'hours')] = t('appointments.hoursInvalid');
      if (parseEuroCents(item.euros) === null)
        found[itemField(index, 'costCents')] = t('appointments.costInvalid');
    });
    if (!/^\d+$/.test(training.trim())) found['terms.trainingHours'] = t('appointments.hoursInvalid');
    return found;
  };
  const period = (from: string, to: string) =>
    t('appointments.fromTo', { from: dayText(from), to: dayText(to) });
  const hoursText = (value: AppointmentTermsInput) =>
    t('appointmentOffice.hoursText', { hours: hoursOf(value), training: value.trainingHours });
  const summary = () => {
    const before = appointment.terms;
    const after = terms();
    const changed = changedElements(before, after);
    const describe = {
      duration: [period(before.startDate, before.endDate), period(after.startDate, after.endDate)],
      hours: [hoursText(before), hoursText(after)],
      amount: [euroText(centsOf(before), i18n.language), euroText(centsOf(after), i18n.language)],
    } as const;
    return (
      <>
        {changed.length === 0 ? (
          <p>{t('appointmentOffice.amendNothing')}</p>
        ) : (
          <>
            <p>{t('appointmentOffice.amendChanges')}</p>
            <ul data-testid="amend-changes">
              {changed.map((element) => (
                <li key={element}>
                  <strong>{t(`appointmentOffice.elements.${element}`)}</strong>:{' '}
                  {t('appointmentOffice.beforeAfter', {
                    before: describe[element][0],
                    after: describe[element][1],
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{signed ? t('appointmentOffice.amendSigned') : t('appointmentOffice.amendCorrection')}</p>
        {reason.trim() && <p>{t('appointmentOffice.reasonText', { reason: reason.trim() })}</p>}
      </>
    );
  };
  return (
    <ActionDialog
      appointment={appointment}
      action="amend"
      label={t('appointmentOffice.amend')}
      title={t('appointmentOffice.amendTitle', { name: appointment.tutorName })}
      confirmLabel={t('appointmentOffice.amendConfirm')}
      fieldNames={[...FIELDS, ...items.flatMap((_, i) => [itemField(i, 'hours'), itemField(i, 'costCents')])]}
      kindFields={{ 'amendment-reason-required': 'reason' }}
      check={check}
      body={() => ({ terms: terms(), reason })}
      summary={summary}
      doneMessage={signed ? t('appointmentOffice.amended') : t('appointmentOffice.corrected')}
      onDone={onDone}
      onOpen={() => {
        setStart(appointment.terms.startDate);
        setEnd(appointment.terms.endDate);
        setItems(typedOf(appointment.terms));
        setTraining(String(appointment.terms.trainingHours));
        setReason('');
      }}
      fields={(errorAt) => (
        <>
          <p>{signed ? t('appointmentOffice.amendSignedHint') : t('appointmentOffice.amendCorrection')}</p>
          <TextField
            id="amend-start"
            type="date"
            label={t('appointments.startDate')}
            error={errorAt('terms.startDate')}
            value={startDate}
            onChange={(e) => setStart(e.target.value)}
          />
          <TextField
            id="amend-end"
            type="date"
            label={t('appointments.endDate')}
            error={errorAt('terms.endDate') ?? errorAt('terms.items')}
            value={endDate}
            onChange={(e) => setEnd(e.target.value)}
          />
          {items.map((item, index) => {
            const kind = t(`appointments.kinds.${item.kind}`);
            return (
              <fieldset key={item.kind} className="mb-3">
                <legend className="h6">{kind}</legend>
                <TextField
                  id={`amend-hours-${index}`}
                  inputMode="numeric"
                  label={t('appointmentOffice.hoursOf', { kind })}
                  error={errorAt(itemField(index, 'hours'))}
                  value={item.hours}
                  onChange={(e) => setItem(index, { hours: e.target.value })}
                />
                <TextField
                  id={`amend-cost-${index}`}
                  inputMode="decimal"
                  label={t('appointmentOffice.costOf', { kind })}
                  infoText={t('appointments.costHint')}
                  error={errorAt(itemField(index, 'costCents'))}
                  value={item.euros}
                  onChange={(e) => setItem(index, { euros: e.target.value })}
                />
              </fieldset>
            );
          })}
          <TextField
            id="amend-training"
            inputMode="numeric"
            label={t('appointments.trainingHours')}
            error={errorAt('terms.trainingHours')}
            value={training}
            onChange={(e) => setTraining(e.target.value)}
          />
          <TextField
            id="amend-reason"
            type="textarea"
            label={signed ? t('appointmentOffice.reasonRequired') : t('appointmentOffice.reasonOptional')}
            error={errorAt('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      )}
    />
  );
};
