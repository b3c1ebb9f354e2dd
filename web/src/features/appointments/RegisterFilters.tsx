import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type AppointmentRegisterQuery, AppointmentStatusSchema } from '../../../../api/appointments.ts';
import { CallListSchema } from '../../../../api/calls.ts';
import { formatAcademicYear } from '../../../../domain/careers/types.ts';
import { apiGet } from '../../api/client.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { unitsQuery } from '../units/UnitsPage.tsx';

/** The register's filters, in the address (and in this order in the request and the Excel link). */
export const REGISTER_FILTERS = ['q', 'callId', 'unitId', 'academicYear', 'status'] as const;
export type RegisterFilterValues = Record<(typeof REGISTER_FILTERS)[number], string>;

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;

/**
 * The filters of the address as the API takes them: empty ones left out, and a status or year the address got wrong
 * dropped rather than sent (a hand-edited bookmark shows the whole register instead of an error).
 */
export const registerQueryOf = (filters: RegisterFilterValues): AppointmentRegisterQuery => {
  const query: AppointmentRegisterQuery = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.callId) query.callId = filters.callId;
  if (filters.unitId) query.unitId = filters.unitId;
  if (ACADEMIC_YEAR.test(filters.academicYear)) query.academicYear = filters.academicYear;
  const status = AppointmentStatusSchema.safeParse(filters.status);
  if (status.success) query.status = status.data;
  return query;
};

const WIDTH = 'col-12 col-md-6 col-xl-4';

/** Search by tutor, then call, unit, academic year and status; the calls and units the office already reads. */
export const RegisterFilters = ({
  initial,
  onApply,
}: {
  initial: RegisterFilterValues;
  onApply: (values: RegisterFilterValues) => void;
}) => {
  const { t } = useTranslation();
  const calls = useQuery({ queryKey: ['calls'], queryFn: () => apiGet('/api/calls', CallListSchema) });
  const units = useQuery(unitsQuery);
  const callItems = calls.data?.items ?? [];
  const years = [...new Set(callItems.map((call) => call.academicYear))].sort((a, b) => b - a);
  return (
    <FilterBar
      initial={initial}
      onApply={onApply}
      fields={[
        { kind: 'search', key: 'q', id: 'register-q', label: t('appointments.search'), width: WIDTH },
        {
          kind: 'select',
          key: 'callId',
          id: 'register-call',
          label: t('appointments.callFilter'),
          width: WIDTH,
          emptyLabel: t('appointments.anyCall'),
          options: callItems.map((call) => ({ value: call.id, label: `${call.code} — ${call.title}` })),
        },
        {
          kind: 'select',
          key: 'unitId',
          id: 'register-unit',
          label: t('appointments.unit'),
          width: WIDTH,
          emptyLabel: t('appointments.anyUnit'),
          options: (units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
        },
        {
          kind: 'select',
          key: 'academicYear',
          id: 'register-year',
          label: t('appointments.academicYear'),
          width: WIDTH,
          emptyLabel: t('appointments.anyYear'),
          options: years.map((year) => ({
            value: formatAcademicYear(year),
            label: formatAcademicYear(year),
          })),
        },
        {
          kind: 'select',
          key: 'status',
          id: 'register-status',
          label: t('appointments.statusFilter'),
          width: WIDTH,
          emptyLabel: t('common.all'),
          options: AppointmentStatusSchema.options.map((s) => ({
            value: s,
            label: t(`appointments.status.${s}`),
          })),
        },
      ]}
    />
  );
};
