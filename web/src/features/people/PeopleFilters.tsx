import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleSchema } from '../../../../api/common.ts';
import type { Unit } from '../../../../api/units.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export type PeopleFilterValues = { q: string; unitId: string; role: string };

export const PeopleFilters = ({
  initial,
  units,
  onApply,
}: {
  initial: PeopleFilterValues;
  units: Unit[];
  onApply: (values: PeopleFilterValues) => void;
}) => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  return (
    <FilterForm
      onSubmit={() => onApply(values)}
      onReset={() => {
        setValues({ q: '', unitId: '', role: '' });
        onApply({ q: '', unitId: '', role: '' });
      }}
    >
      <div className="col-md-4">
        <TextField
          id="people-q"
          type="search"
          label={t('people.query')}
          value={values.q}
          onChange={(event) => setValues({ ...values, q: event.target.value })}
        />
      </div>
      <div className="col-md-4">
        <SelectField
          id="people-unit"
          label={t('people.unit')}
          value={values.unitId}
          onChange={(unitId) => setValues({ ...values, unitId })}
          emptyLabel={t('people.anyUnit')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      </div>
      <div className="col-md-4">
        <SelectField
          id="people-role"
          label={t('people.role')}
          value={values.role}
          onChange={(role) => setValues({ ...values, role })}
          emptyLabel={t('people.anyRole')}
          options={RoleSchema.options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </div>
    </FilterForm>
  );
};
