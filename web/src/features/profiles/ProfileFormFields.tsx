import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieBreak } from '../../../../domain/profiles/types.ts';
import { moved, TIE_BREAKS, toggled } from './profile-form.ts';

/** The server's message under a group of controls, read with the group (aria-describedby on the fieldset). */
const GroupError = ({ id, error }: { id: string; error: string | undefined }) =>
  error ? (
    <div id={`${id}-error`} className="form-feedback just-validate-error-label d-block text-danger small">
      {error}
    </div>
  ) : null;

/** One yes/no setting. Bootstrap Italia draws the box on the label, so the label follows the input. */
export const Checkbox = ({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) => (
  <div className="form-check">
    <input
      id={id}
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    />
    <label htmlFor={id}>{label}</label>
    <GroupError id={id} error={error} />
  </div>
);

/**
 * A setting that lists some of a closed set of values (degree types, caps the office may override,
 * incompatibilities): one checkbox each. `nameSuffix` is read after each item's name, for items whose name is also
 * the label of another field ("Ore minime per incarico" is both a cap and an overridable cap).
 */
export const CheckboxGroup = <T extends string>({
  id,
  legend,
  options,
  selected,
  labelOf,
  onChange,
  error,
  nameSuffix,
}: {
  id: string;
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  labelOf: (item: T) => string;
  onChange: (next: T[]) => void;
  error: string | undefined;
  nameSuffix?: string;
}) => (
  <fieldset className="col-12 col-md-6" aria-describedby={error ? `${id}-error` : undefined}>
    <legend className="h6 fw-semibold">{legend}</legend>
    {options.map((item) => (
      <Checkbox
        key={item}
        id={`${id}-${item}`}
        label={
          <>
            {labelOf(item)}
            {nameSuffix && <span className="visually-hidden">, {nameSuffix}</span>}
          </>
        }
        checked={selected.includes(item)}
        onChange={(on) => onChange(toggled(selected, item, on))}
      />
    ))}
    <GroupError id={id} error={error} />
  </fieldset>
);

/** The tie-breaks in the order they apply: move one up or down, take it out, or add one not yet listed. */
export const TieBreakOrder = ({
  value,
  onChange,
  error,
}: {
  value: TieBreak[];
  onChange: (next: TieBreak[]) => void;
  error: string | undefined;
}) => {
  const { t } = useTranslation();
  const name = (item: TieBreak) => t(`profiles.values.tieBreaks.${item}`);
  const hidden = (item: TieBreak) => <span className="visually-hidden">: {name(item)}</span>;
  const unused = TIE_BREAKS.filter((item) => !value.includes(item));
  return (
    <fieldset
      className="col-12"
      aria-describedby={error ? 'profile-tieBreaks-help profile-tieBreaks-error' : 'profile-tieBreaks-help'}
    >
      <legend className="h6 fw-semibold">{t('profiles.settings.rankings.tieBreaks')}</legend>
      <p id="profile-tieBreaks-help" className="small text-muted mb-2">
        {value.length === 0 ? t('profiles.form.noTieBreaks') : t('profiles.form.tieBreaksHelp')}
      </p>
      <ol className="ps-3" data-testid="profile-tieBreaks">
        {value.map((item, index) => (
          <li key={item} className="mb-2">
            <span className="me-2">{name(item)}</span>
            <span className="d-inline-flex flex-wrap gap-1">
              <Button
                type="button"
                size="xs"
                color="primary"
                outline
                disabled={index === 0}
                onClick={() => onChange(moved(value, index, -1))}
              >
                {t('profiles.form.moveUp')}
                {hidden(item)}
              </Button>
              <Button
                type="button"
                size="xs"
                color="primary"
                outline
                disabled={index === value.length - 1}
                onClick={() => onChange(moved(value, index, 1))}
              >
                {t('profiles.form.moveDown')}
                {hidden(item)}
              </Button>
              <Button
                type="button"
                size="xs"
                color="secondary"
                outline
                onClick={() => onChange(value.filter((other) => other !== item))}
              >
                {t('profiles.form.remove')}
                {hidden(item)}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {unused.length > 0 && (
        <div className="d-flex flex-wrap gap-2">
          {unused.map((item) => (
            <Button
              key={item}
              type="button"
              size="xs"
              color="primary"
              outline
              onClick={() => onChange([...value, item])}
            >
              {t('profiles.form.add', { item: name(item) })}
            </Button>
          ))}
        </div>
      )}
      <GroupError id="profile-tieBreaks" error={error} />
    </fieldset>
  );
};
