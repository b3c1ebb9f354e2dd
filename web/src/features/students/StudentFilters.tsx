import { useTranslation } from 'react-i18next';
import { type Programme, ProgrammeTypeSchema } from '../../../../api/students.ts';
import type { Unit } from '../../../../api/units.ts';
import { FilterBar } from '../../components/FilterBar.tsx';

export const STUDENT_FILTERS = ['q', 'programmeId', 'unitId', 'programmeType'] as const;
export type StudentFilterValues = Record<(typeof STUDENT_FILTERS)[number], string>;

interface StudentFiltersProps {
  initial: StudentFilterValues;
  programmes: Programme[];
  units: Unit[];
  onApply: (values: StudentFilterValues) => void;
}

const WIDTH = 'col-md-6 col-xl-3';

export const StudentFilters = ({ initial, programmes, units, onApply }: StudentFiltersProps) => {
  const { t } = useTranslation();
  return (
    <FilterBar
      initial={initial}
      onApply={onApply}
      fields={[
        { kind: 'search', key: 'q', id: 'students-q', label: t('students.query'), width: WIDTH },
        {
          kind: 'select',
          key: 'programmeId',
          id: 'students-programme',
          label: t('students.programme'),
          width: WIDTH,
          emptyLabel: t('students.anyProgramme'),
          options: programmes.map((programme) => ({
            value: programme.id,
            label: `${programme.name} (${programme.code})`,
          })),
        },
        {
          kind: 'select',
          key: 'programmeType',
          id: 'students-type',
          label: t('students.programmeType'),
          width: WIDTH,
          emptyLabel: t('students.anyType'),
          options: ProgrammeTypeSchema.options.map((type) => ({
            value: type,
            label: t(`career.programmeTypes.${type}`),
          })),
        },
        {
          kind: 'select',
          key: 'unitId',
          id: 'students-unit',
          label: t('students.unit'),
          width: WIDTH,
          emptyLabel: t('students.anyUnit'),
          options: units.map((unit) => ({ value: unit.id, label: unit.name })),
        },
      ]}
    />
  );
};
