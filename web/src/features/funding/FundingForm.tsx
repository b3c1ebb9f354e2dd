import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FundingSchema } from '../../../../api/funding.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { parseEuroCents } from './money-input.ts';

const SOURCES = ['ministry', 'university', 'other'] as const;
const FIELDS = ['source', 'title', 'year', 'amountCents', 'reference'] as const;

const empty = () => ({
  source: 'ministry' as (typeof SOURCES)[number],
  title: '',
  year: String(new Date().getFullYear()),
  amount: '',
  reference: '',
});

/** The office records a funding assignment: the amount is typed in euros and sent in cents. */
export const FundingForm = ({ onCreated }: { onCreated: (title: string) => void }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState(empty);
  const [amountInvalid, setAmountInvalid] = useState(false);
  const create = useMutation({
    mutationFn: (amountCents: number) =>
      apiSend(
        'POST',
        '/api/funding',
        {
          source: form.source,
          title: form.title.trim(),
          year: Number(form.year),
          amountCents,
          reference: form.reference.trim() || null,
        },
        FundingSchema,
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['funding'] });
      setForm(empty());
      onCreated(created.title);
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const fieldError = (field: (typeof FIELDS)[number]) => error?.issueFor(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuroCents(form.amount);
    setAmountInvalid(cents === null);
    if (cents === null) return;
    create.mutate(cents);
  };
  return (
    <section aria-labelledby="new-funding-title" className="mb-5">
      <h2 id="new-funding-title" className="h3">
        {t('funding.newTitle')}
      </h2>
      {create.isError && <ErrorAlert error={create.error} />}
      <form onSubmit={submit} noValidate className="row g-3">
        <div className="col-md-4">
          <SelectField
            id="funding-source"
            label={t('funding.source')}
            value={form.source}
            onChange={(value) => setForm({ ...form, source: value as (typeof SOURCES)[number] })}
            options={SOURCES.map((source) => ({ value: source, label: t(`funding.sources.${source}`) }))}
          />
          {fieldError('source') && <p className="text-danger small mt-1">{fieldError('source')}</p>}
        </div>
        <div className="col-md-8">
          <TextField
            id="funding-title"
            label={t('funding.title')}
            infoText={t('funding.titleHelp')}
            value={form.title}
            onChange={(event) => setForm({ ...form, title: event.target.value })}
            error={fieldError('title')}
            required
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="funding-year"
            label={t('funding.year')}
            type="text"
            inputMode="numeric"
            value={form.year}
            onChange={(event) => setForm({ ...form, year: event.target.value })}
            error={fieldError('year')}
            required
          />
        </div>
        <div className="col-md-8">
          <TextField
            id="funding-amount"
            label={t('funding.amountEuro')}
            infoText={t('funding.amountHelp')}
            inputMode="decimal"
            value={form.amount}
            onChange={(event) => setForm({ ...form, amount: event.target.value })}
            error={amountInvalid ? t('funding.amountInvalid') : fieldError('amountCents')}
            required
          />
        </div>
        <div className="col-12">
          <TextField
            id="funding-reference"
            label={t('funding.reference')}
            infoText={t('funding.referenceHelp')}
            value={form.reference}
            onChange={(event) => setForm({ ...form, reference: event.target.value })}
            error={fieldError('reference')}
          />
        </div>
        <div className="col-12">
          <Button type="submit" color="primary" disabled={create.isPending}>
            {t('funding.create')}
          </Button>
        </div>
      </form>
    </section>
  );
};
