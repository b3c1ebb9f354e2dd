import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet } from '../../api/client.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { eventLabel } from './event-label.ts';

export const AUDIT_FILTERS = ['event', 'actorId', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTERS)[number], string>;

const WIDTH = 'col-md-6 col-lg-4';

export const AuditFilters = ({
  initial,
  onApply,
}: {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) => {
  const { t, i18n } = useTranslation();
  const events = useQuery({
    queryKey: ['audit-events'],
    queryFn: () => apiGet('/api/audit/events', z.array(z.string())),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <FilterBar
      initial={initial}
      onApply={onApply}
      fields={[
        {
          kind: 'select',
          key: 'event',
          id: 'audit-event',
          label: t('audit.event'),
          width: WIDTH,
          emptyLabel: t('audit.anyEvent'),
          options: (events.data ?? []).map((event) => ({ value: event, label: eventLabel(i18n, event) })),
        },
        {
          kind: 'text',
          key: 'entityType',
          id: 'audit-entity-type',
          label: t('audit.entityType'),
          width: WIDTH,
        },
        { kind: 'text', key: 'entityId', id: 'audit-entity-id', label: t('audit.entityId'), width: WIDTH },
        // A day in Rome: the server counts `from` from its first instant and `to` up to its last.
        { kind: 'date', key: 'from', id: 'audit-from', label: t('audit.from'), width: 'col-md-3' },
        { kind: 'date', key: 'to', id: 'audit-to', label: t('audit.to'), width: 'col-md-3' },
      ]}
    />
  );
};
