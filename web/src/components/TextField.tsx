import { Input, type InputProps } from 'design-react-kit';

type TextFieldProps = Omit<InputProps, 'id' | 'label' | 'valid' | 'validationText'> & {
  id: string;
  label: string;
  /** The server's message for this field, shown under it and read with it. */
  error?: string;
};

/**
 * A labelled input whose error message is tied to it for screen readers (aria-invalid, aria-describedby).
 * design-react-kit points aria-describedby at the hint when there is one, so while an error shows, the error
 * takes the hint's place.
 */
export const TextField = ({ id, label, error, infoText, ...rest }: TextFieldProps) => (
  <>
    <Input
      id={id}
      label={label}
      valid={error ? false : undefined}
      validationText={error}
      infoText={error ? undefined : infoText}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      {...rest}
    />
    {error && (
      <span id={`${id}-error`} className="visually-hidden">
        {error}
      </span>
    )}
  </>
);
