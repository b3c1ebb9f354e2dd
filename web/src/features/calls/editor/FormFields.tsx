import { Select, TextArea, type TextAreaProps } from 'design-react-kit';
import type { ReactNode } from 'react';

/**
 * Editor fields the shared TextField does not cover (a select, a text area, a group of checkboxes), each with the
 * server's message under it, tied to it for screen readers the same way (aria-invalid, aria-describedby).
 */

const ErrorText = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <div id={`${id}-error`} className="form-feedback just-validate-error-label d-block text-danger small">
      {error}
    </div>
  ) : null;

const errorProps = (id: string, error?: string) =>
  error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};

export interface Option {
  value: string;
  label: string;
}

export const SelectInput = ({
  id,
  label,
  value,
  onChange,
  options,
  error,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  error?: string;
  disabled?: boolean;
}) => (
  <div className="mb-3">
    <Select
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      disabled={disabled}
      {...errorProps(id, error)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
    <ErrorText id={id} error={error} />
  </div>
);

export const TextAreaInput = ({
  id,
  error,
  ...rest
}: Omit<TextAreaProps, 'id' | 'valid' | 'validationText'> & { id: string; error?: string }) => (
  <>
    <TextArea id={id} {...rest} {...errorProps(id, error)} />
    <ErrorText id={id} error={error} />
  </>
);

export const Checkbox = ({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <div className="form-check">
    <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
    <label htmlFor={id}>{label}</label>
  </div>
);

/** Several choices of one list (programme types): a fieldset whose legend names them, its message below. */
export const CheckboxGroup = <T extends string>({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  error?: string;
}) => (
  <fieldset className="mb-3" {...(error ? { 'aria-describedby': `${id}-error` } : {})}>
    <legend className="h6 fw-semibold">{legend}</legend>
    <div className="d-flex flex-wrap column-gap-4">
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${id}-${option.value}`}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(checked) =>
            onChange(
              checked ? [...selected, option.value] : selected.filter((value) => value !== option.value),
            )
          }
        />
      ))}
    </div>
    <ErrorText id={id} error={error} />
  </fieldset>
);

/** A titled part of the editor. */
export const EditorSection = ({
  id,
  title,
  help,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  children: ReactNode;
}) => (
  <section aria-labelledby={`${id}-title`} className="mb-4 border rounded p-3">
    <h2 id={`${id}-title`} className="h4">
      {title}
    </h2>
    {help && <p className="small">{help}</p>}
    {children}
  </section>
);
