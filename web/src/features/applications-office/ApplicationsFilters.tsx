import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallApplicationsSummary } from '../../../../api/applications-office.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export const APPLICATION_FILTERS = ['status', 'positionId', 'unitId', 'q', 'order'] as const;
export type ApplicationFilterValues = Record<(typeof APPLICATION_FILTERS)[number], string>;

const EMPTY: ApplicationFilterValues = { status: '', positionId: '', unitId: '', q: '', order: '' };

interface ApplicationsFiltersProps {
  initial: ApplicationFilterValues;
  summary: CallApplicationsSummary | undefined;
  onApply: (values: ApplicationFilterValues) => void;
}

export const ApplicationsFilters = ({ initial, summary, onApply }: ApplicationsFiltersProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ApplicationFilterValues) => (value: string) =>
    setValues({ ...values, [key]: value });
  return (
    <FilterForm
      onSubmit={() => onApply(values)}
      onReset={() => {
        setValues(EMPTY);
        onApply(EMPTY);
      }}
    >
      <div className="col-md-6 col-xl-4">
        <TextField
          id="applications-q"
          type="search"
          label={t('officeApplications.query')}
          value={values.q}
          onChange={(event) => set('q')(event.target.value)}
        />
      </div>
      <div className="col-md-6 col-xl-4">
        <SelectField
          id="applications-status"
          label={t('officeApplications.status')}
          value={values.status}
          onChange={set('status')}
          emptyLabel={t('officeApplications.anyStatus')}
          options={(['confirmed', 'withdrawn'] as const).map((status) => ({
            value: status,
            label: t(`officeApplications.statuses.${status}`),
          }))}
        />
      </div>
      <div className="col-md-6 col-xl-4">
        <SelectField
          id="applications-order"
          label={t('officeApplications.order')}
          value={values.order}
          onChange={set('order')}
          emptyLabel={t('officeApplications.newestFirst')}
          options={[{ value: 'asc', label: t('officeApplications.oldestFirst') }]}
        />
      </div>
      <div className="col-md-6">
        <SelectField
          id="applications-position"
          label={t('officeApplications.position')}
          value={values.positionId}
          onChange={set('positionId')}
          emptyLabel={t('officeApplications.anyPosition')}
          options={(summary?.positions ?? []).map((position) => ({
            value: position.positionId,
            label: t('officeApplications.positionLabel', {
              ordinal: position.ordinal,
              activityType: position.activityType,
              unit: position.unitName,
            }),
          }))}
        />
      </div>
      <div className="col-md-6">
        <SelectField
          id="applications-unit"
          label={t('officeApplications.unit')}
          value={values.unitId}
          onChange={set('unitId')}
          emptyLabel={t('officeApplications.anyUnit')}
          options={(summary?.units ?? []).map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
        />
      </div>
    </FilterForm>
  );
};
