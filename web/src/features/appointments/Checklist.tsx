import { useMutation } from '@tanstack/react-query';
import { Badge, Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dayText, romeToday } from './queries.ts';

type Entry = Appointment['checklist'][number];
type Side = Entry['owner'];
export interface ChecklistRecordInput {
  item: Entry['item'];
  on: string;
  protocolNumber?: string;
}

/** Only an item late while it can still be done is marked in a warning colour; one an ended appointment left undone is not. */
const BADGE: Record<Entry['status'], string> = {
  done: 'success',
  pending: 'secondary',
  overdue: 'danger',
  'not-done': 'secondary',
};

/** The form for one open item of `side`: the date it was done and, for the regional communication, its protocol. */
const RecordForm = ({
  entry,
  record,
  onSaved,
}: {
  entry: Entry;
  record: (input: ChecklistRecordInput) => Promise<Appointment>;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const [on, setOn] = useState(romeToday());
  const [protocolNumber, setProtocol] = useState('');
  const name = t(`appointments.items.${entry.item}`);
  const regional = entry.item === 'regional-communication';
  const mutation = useMutation({
    mutationFn: () => record({ item: entry.item, on, ...(regional ? { protocolNumber } : {}) }),
    onSuccess: onSaved,
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const atFields = error?.issueFor('on') ?? error?.issueFor('protocolNumber');
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-4"
      aria-label={t('appointments.recordItem', { item: name })}
    >
      <div className="d-flex gap-3 flex-wrap align-items-center">
        <div style={{ minWidth: '18rem' }}>
          <TextField
            id={`${id}-on`}
            type="date"
            label={t('appointments.itemDate', { item: name })}
            value={on}
            error={error?.issueFor('on')}
            onChange={(e) => setOn(e.target.value)}
          />
        </div>
        {regional && (
          <div style={{ minWidth: '18rem' }}>
            <TextField
              id={`${id}-protocol`}
              label={t('appointments.communicationProtocol')}
              value={protocolNumber}
              error={error?.issueFor('protocolNumber')}
              onChange={(e) => setProtocol(e.target.value)}
            />
          </div>
        )}
        <Button color="primary" size="sm" type="submit" disabled={mutation.isPending}>
          {t('appointments.recordItem', { item: name })}
        </Button>
      </div>
      {mutation.isError && !atFields && <ErrorAlert error={mutation.error} />}
    </form>
  );
};

/**
 * The checklist before the start (seed 003), as the tutor and the office read it: each item with who sees to it,
 * its due date, its status (overdue marked; "not done" once the appointment has ended) and when it was done; the
 * open items of `side` can be recorded here.
 */
export const Checklist = ({
  appointment,
  side,
  record,
  onSaved,
}: {
  appointment: Appointment;
  side: Side;
  record: (input: ChecklistRecordInput) => Promise<Appointment>;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const open = appointment.status !== 'ended';
  return (
    <ul className="list-unstyled" data-testid="checklist">
      {appointment.checklist.map((entry) => (
        <li key={entry.item} className="mb-3" data-testid={`checklist-${entry.item}`}>
          <span className="fw-semibold">{t(`appointments.items.${entry.item}`)}</span>{' '}
          <span className="small">({t(`appointments.owner.${entry.owner}`)})</span>{' '}
          <Badge color={BADGE[entry.status]}>{t(`appointments.itemStatus.${entry.status}`)}</Badge>
          {entry.dueDate && <span> — {t('appointments.due', { date: dayText(entry.dueDate) })}</span>}
          {entry.completedOn && (
            <span> — {t('appointments.doneOn', { date: dayText(entry.completedOn) })}</span>
          )}
          {entry.protocolNumber && (
            <span> — {t('appointments.communicationProtocolText', { number: entry.protocolNumber })}</span>
          )}
          {open && entry.owner === side && entry.status !== 'done' && (
            <RecordForm entry={entry} record={record} onSaved={onSaved} />
          )}
        </li>
      ))}
    </ul>
  );
};
