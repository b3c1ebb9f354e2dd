import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Programme, ProgrammeTypeSchema } from '../../../../api/students.ts';
import type { Unit } from '../../../../api/units.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export const STUDENT_FILTERS = ['q', 'programmeId', 'unitId', 'programmeType'] as const;
export type StudentFilterValues = Record<(typeof STUDENT_FILTERS)[number], string>;

const EMPTY: StudentFilterValues = { q: '', programmeId: '', unitId: '', programmeType: '' };

interface StudentFiltersProps {
  initial: StudentFilterValues;
  programmes: Programme[];
  units: Unit[];
  onApply: (values: StudentFilterValues) => void;
}

export const StudentFilters = ({ initial, programmes, units, onApply }: StudentFiltersProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof StudentFilterValues) => (value: string) => setValues({ ...values, [key]: value });
  return (
    <FilterForm
      onSubmit={() => onApply(values)}
      onReset={() => {
        setValues(EMPTY);
        onApply(EMPTY);
      }}
    >
      <div className="col-md-6 col-xl-3">
        <TextField
          id="students-q"
          type="search"
          label={t('students.query')}
          value={values.q}
          onChange={(event) => set('q')(event.target.value)}
        />
      </div>
      <div className="col-md-6 col-xl-3">
        <SelectField
          id="students-programme"
          label={t('students.programme')}
          value={values.programmeId}
          onChange={set('programmeId')}
          emptyLabel={t('students.anyProgramme')}
          options={programmes.map((programme) => ({
            value: programme.id,
            label: `${programme.name} (${programme.code})`,
          }))}
        />
      </div>
      <div className="col-md-6 col-xl-3">
        <SelectField
          id="students-type"
          label={t('students.programmeType')}
          value={values.programmeType}
          onChange={set('programmeType')}
          emptyLabel={t('students.anyType')}
          options={ProgrammeTypeSchema.options.map((type) => ({
            value: type,
            label: t(`career.programmeTypes.${type}`),
          }))}
        />
      </div>
      <div className="col-md-6 col-xl-3">
        <SelectField
          id="students-unit"
          label={t('students.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('students.anyUnit')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      </div>
    </FilterForm>
  );
};
