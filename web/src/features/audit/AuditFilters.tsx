import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet } from '../../api/client.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { eventLabel } from './event-label.ts';

export const AUDIT_FILTERS = ['event', 'actorId', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTERS)[number], string>;

const EMPTY: AuditFilterValues = { event: '', actorId: '', entityType: '', entityId: '', from: '', to: '' };

export const AuditFilters = ({
  initial,
  onApply,
}: {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const events = useQuery({
    queryKey: ['audit-events'],
    queryFn: () => apiGet('/api/audit/events', z.array(z.string())),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const set = (key: keyof AuditFilterValues) => (value: string) => setValues({ ...values, [key]: value });
  return (
    <FilterForm
      onSubmit={() => onApply(values)}
      onReset={() => {
        setValues(EMPTY);
        onApply(EMPTY);
      }}
    >
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="audit-event"
          label={t('audit.event')}
          value={values.event}
          onChange={set('event')}
          emptyLabel={t('audit.anyEvent')}
          options={(events.data ?? []).map((event) => ({ value: event, label: eventLabel(i18n, event) }))}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <TextField
          id="audit-entity-type"
          label={t('audit.entityType')}
          value={values.entityType}
          onChange={(event) => set('entityType')(event.target.value)}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <TextField
          id="audit-entity-id"
          label={t('audit.entityId')}
          value={values.entityId}
          onChange={(event) => set('entityId')(event.target.value)}
        />
      </div>
      <div className="col-md-3">
        <TextField
          id="audit-from"
          type="date"
          label={t('audit.from')}
          value={values.from}
          onChange={(event) => set('from')(event.target.value)}
        />
      </div>
      <div className="col-md-3">
        <TextField
          id="audit-to"
          type="date"
          label={t('audit.to')}
          value={values.to}
          onChange={(event) => set('to')(event.target.value)}
        />
      </div>
    </FilterForm>
  );
};
