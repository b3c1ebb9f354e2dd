import { Button, Icon } from 'design-react-kit';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenCall } from '../../../../api/applications.ts';
import { TextField } from '../../components/TextField.tsx';
import { inLanguage } from './application-format.ts';
import type { FormIssue } from './draft-form.ts';

type Criterion = OpenCall['titleCriteria'][number];

/**
 * The titles the committee scores from what the candidate declares (seed 004 art. 6): for each criterion a list of
 * items, one per collaboration, certificate, exchange... added and removed one at a time, up to `maxItems`.
 */
export const TitleItems = ({
  criterion,
  items,
  onChange,
  issues = [],
}: {
  criterion: Criterion;
  items: string[];
  onChange: (next: string[]) => void;
  issues?: FormIssue[];
}) => {
  const { t, i18n } = useTranslation();
  const inputs = useRef<HTMLInputElement[]>([]);
  const label = inLanguage(criterion.label, i18n.language);
  const full = criterion.maxItems !== null && items.length >= criterion.maxItems;
  const base = `title-${criterion.id}`;
  const error = issues.map((issue) => issue.message).join(' ');
  const add = () => {
    onChange([...items, '']);
    requestAnimationFrame(() => inputs.current[items.length]?.focus());
  };
  const remove = (index: number) => {
    onChange(items.filter((_, position) => position !== index));
    requestAnimationFrame(() => {
      const next = inputs.current[Math.min(index, items.length - 2)];
      if (next) next.focus();
      else document.getElementById(`${base}-add`)?.focus();
    });
  };
  return (
    <fieldset className="mb-4" data-testid="title-criterion" aria-describedby={`${base}-help`}>
      <legend className="h6 fw-semibold mb-1">{label}</legend>
      <p id={`${base}-help`} className="small mb-2">
        {criterion.maxItems === null
          ? t('applications.itemsHelp', { points: criterion.maxPoints })
          : t('applications.itemsHelpMax', { points: criterion.maxPoints, count: criterion.maxItems })}
      </p>
      {error && (
        <p id={`${base}-error`} className="text-danger small">
          {error}
        </p>
      )}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are plain texts that may repeat; their place is their identity
        <div key={index} className="d-flex align-items-start gap-2">
          <div className="flex-grow-1">
            <TextField
              id={`${base}-${index}`}
              label={t('applications.item', { n: index + 1 })}
              value={item}
              maxLength={1000}
              innerRef={(element: HTMLInputElement | null) => {
                if (element) inputs.current[index] = element;
              }}
              onChange={(event) =>
                onChange(items.map((old, at) => (at === index ? event.target.value : old)))
              }
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${base}-error` : undefined}
            />
          </div>
          <Button
            type="button"
            color="danger"
            outline
            size="sm"
            className="mt-2"
            aria-label={t('applications.removeItem', { n: index + 1, label })}
            onClick={() => remove(index)}
          >
            <Icon icon="it-delete" size="sm" color="danger" aria-hidden />
          </Button>
        </div>
      ))}
      <Button
        id={`${base}-add`}
        type="button"
        color="primary"
        outline
        size="sm"
        disabled={full}
        onClick={add}
      >
        <Icon icon="it-plus" size="sm" color="primary" aria-hidden className="me-1" />
        {t('applications.addItem')}
        <span className="visually-hidden"> · {label}</span>
      </Button>
    </fieldset>
  );
};
