import { useTranslation } from 'react-i18next';
import type { CallApplicationsSummary } from '../../../../api/applications-office.ts';
import { FilterBar } from '../../components/FilterBar.tsx';

export const APPLICATION_FILTERS = ['status', 'positionId', 'unitId', 'q', 'order'] as const;
export type ApplicationFilterValues = Record<(typeof APPLICATION_FILTERS)[number], string>;

interface ApplicationsFiltersProps {
  initial: ApplicationFilterValues;
  summary: CallApplicationsSummary | undefined;
  onApply: (values: ApplicationFilterValues) => void;
}

export const ApplicationsFilters = ({ initial, summary, onApply }: ApplicationsFiltersProps) => {
  const { t } = useTranslation();
  return (
    <FilterBar
      initial={initial}
      onApply={onApply}
      fields={[
        { kind: 'search', key: 'q', id: 'applications-q', label: t('officeApplications.query') },
        {
          kind: 'select',
          key: 'status',
          id: 'applications-status',
          label: t('officeApplications.status'),
          emptyLabel: t('officeApplications.anyStatus'),
          options: (['confirmed', 'withdrawn'] as const).map((status) => ({
            value: status,
            label: t(`officeApplications.statuses.${status}`),
          })),
        },
        {
          kind: 'select',
          key: 'order',
          id: 'applications-order',
          label: t('officeApplications.order'),
          emptyLabel: t('officeApplications.newestFirst'),
          options: [{ value: 'asc', label: t('officeApplications.oldestFirst') }],
        },
        {
          kind: 'select',
          key: 'positionId',
          id: 'applications-position',
          label: t('officeApplications.position'),
          width: 'col-md-6',
          emptyLabel: t('officeApplications.anyPosition'),
          options: (summary?.positions ?? []).map((position) => ({
            value: position.positionId,
            label: t('officeApplications.positionLabel', {
              ordinal: position.ordinal,
              activityType: position.activityType,
              unit: position.unitName,
            }),
          })),
        },
        {
          kind: 'select',
          key: 'unitId',
          id: 'applications-unit',
          label: t('officeApplications.unit'),
          width: 'col-md-6',
          emptyLabel: t('officeApplications.anyUnit'),
          options: (summary?.units ?? []).map((unit) => ({ value: unit.unitId, label: unit.unitName })),
        },
      ]}
    />
  );
};
