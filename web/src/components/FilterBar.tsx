import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from './FilterForm.tsx';
import { SelectField, type SelectOption } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

interface FieldBase<K extends string> {
  /** The name of the filter in the address and in the request (`q`, `unitId`, `from`). */
  key: K;
  id: string;
  label: string;
  /** Bootstrap column classes; the fields stack one per row below `md`, so the bar fits a 375 px phone. */
  width?: string;
}

/**
 * One filter of a list. `date` is a calendar day (YYYY-MM-DD) that the server reads as a whole day in Rome, as the
 * audit log does with `from`/`to`; the hint says so, since the office may not be in Italy's time zone.
 */
export type FilterField<K extends string> =
  | (FieldBase<K> & { kind: 'search' | 'text' | 'date' })
  | (FieldBase<K> & { kind: 'select'; options: SelectOption[]; emptyLabel: string });

interface FilterBarProps<K extends string> {
  /** The fields shown; `initial` may hold filters without one (set by a link), which the reset clears too. */
  fields: ReadonlyArray<FilterField<NoInfer<K>>>;
  /** The filters now applied (from the address); the bar is remounted when they change. */
  initial: Record<K, string>;
  onApply: (values: Record<K, string>) => void;
}

const DEFAULT_WIDTH = 'col-md-6 col-xl-4';

/**
 * The filter bar of every office list: labelled fields inside a search landmark, a search button, and a reset
 * button that clears every filter and applies the empty search at once.
 */
export const FilterBar = <K extends string>({ fields, initial, onApply }: FilterBarProps<K>) => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: K, value: string) => setValues({ ...values, [key]: value });
  const reset = () => {
    const empty = Object.fromEntries(Object.keys(initial).map((key) => [key, ''])) as Record<K, string>;
    setValues(empty);
    onApply(empty);
  };
  return (
    <FilterForm onSubmit={() => onApply(values)} onReset={reset}>
      {fields.map((field) => (
        <div key={field.key} className={field.width ?? DEFAULT_WIDTH}>
          {field.kind === 'select' ? (
            <SelectField
              id={field.id}
              label={field.label}
              value={values[field.key]}
              onChange={(value) => set(field.key, value)}
              emptyLabel={field.emptyLabel}
              options={field.options}
            />
          ) : (
            <TextField
              id={field.id}
              type={field.kind === 'text' ? undefined : field.kind}
              label={field.label}
              infoText={field.kind === 'date' ? t('common.romeDayHint') : undefined}
              value={values[field.key]}
              onChange={(event) => set(field.key, event.target.value)}
            />
          )}
        </div>
      ))}
    </FilterForm>
  );
};
