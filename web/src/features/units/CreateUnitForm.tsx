import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Unit, UnitKindSchema, UnitSchema } from '../../../../api/units.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

const EMPTY = { code: '', name: '', kind: 'department' as Unit['kind'], parentId: '' };

/** The administrator adds a unit (a new department, an office) under an existing one. */
export const CreateUnitForm = ({ units }: { units: Unit[] }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const create = useMutation({
    mutationFn: () => apiSend('POST', '/api/units', { ...form, parentId: form.parentId || null }, UnitSchema),
    onSuccess: async () => {
      setForm(EMPTY);
      await client.invalidateQueries({ queryKey: ['units'] });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="create-unit-title" className="mt-5">
      <h2 id="create-unit-title" className="h3">
        {t('units.createTitle')}
      </h2>
      {create.isError && <ErrorAlert error={create.error} />}
      {create.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('units.created', { name: create.data.name })}
        </div>
      )}
      <form onSubmit={submit} noValidate className="row g-3">
        <div className="col-md-3">
          <TextField
            id="unit-code"
            label={t('units.code')}
            infoText={t('units.codeHelp')}
            value={form.code}
            onChange={(event) => setForm({ ...form, code: event.target.value.toUpperCase() })}
            error={error?.issueFor('code')}
            required
          />
        </div>
        <div className="col-md-9">
          <TextField
            id="unit-name"
            label={t('units.name')}
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.target.value })}
            error={error?.issueFor('name')}
            required
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="unit-kind"
            label={t('units.kind')}
            value={form.kind}
            onChange={(value) => setForm({ ...form, kind: UnitKindSchema.parse(value) })}
            options={UnitKindSchema.options.map((kind) => ({ value: kind, label: t(`units.kinds.${kind}`) }))}
          />
        </div>
        <div className="col-md-8">
          <SelectField
            id="unit-parent"
            label={t('units.parent')}
            value={form.parentId}
            onChange={(value) => setForm({ ...form, parentId: value })}
            emptyLabel={t('units.noParent')}
            options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
          {error?.issueFor('parentId') && (
            <p className="text-danger small mt-1">{error.issueFor('parentId')}</p>
          )}
        </div>
        <div className="col-12">
          <Button type="submit" color="primary" disabled={create.isPending}>
            {t('units.create')}
          </Button>
        </div>
      </form>
    </section>
  );
};
