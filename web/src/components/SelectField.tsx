import { Select } from 'design-react-kit';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  /** A first choice meaning "no filter" or "none". */
  emptyLabel?: string;
  /** The server's message for this field, shown under it and read with it. */
  error?: string;
}

/** design-react-kit's Select fed from a list (its children must be one array of options). */
export const SelectField = ({ id, label, value, onChange, options, emptyLabel, error }: SelectFieldProps) => {
  const all = emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options];
  return (
    <>
      <Select
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {all.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </Select>
      {error && (
        <div id={`${id}-error`} className="text-danger small mb-3">
          {error}
        </div>
      )}
    </>
  );
};
