import { Button } from 'design-react-kit';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of every list's filters: the fields, then search and clear. */
export const FilterForm = ({
  onSubmit,
  onReset,
  children,
}: {
  onSubmit: () => void;
  onReset: () => void;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <search aria-label={t('common.filters')}>
      <form onSubmit={submit} className="row g-3 mb-3 filter-form">
        {children}
        <div className="col-12 d-flex gap-2">
          <Button type="submit" color="primary">
            {t('common.search')}
          </Button>
          <Button type="button" color="secondary" outline onClick={onReset}>
            {t('common.reset')}
          </Button>
        </div>
      </form>
    </search>
  );
};
