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
}

/** design-react-kit's Select fed from a list (its children must be one array of options). */
export const SelectField = ({ id, label, value, onChange, options, emptyLabel }: SelectFieldProps) => {
  const all = emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options];
  return (
    <Select id={id} label={label} value={value} onChange={onChange}>
      {all.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </Select>
  );
};
