import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProfileDetailSchema, type ProfileSummary } from '../../../../api/profiles.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

/** The administrator copies a preset (or a copy) under a new code, then edits the copy on its page. */
export const CopyProfileForm = ({ items }: { items: ProfileSummary[] }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    from: items.find((item) => item.active)?.code ?? items[0]?.code ?? '',
    code: '',
    name: '',
  });
  const copy = useMutation({
    mutationFn: () => apiSend('POST', '/api/profiles', form, ProfileDetailSchema),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['profiles'] });
      await navigate(`/profiles/${encodeURIComponent(created.code)}`, {
        state: { notice: t('profiles.copied', { name: created.name }) },
      });
    },
  });
  const error = copy.error instanceof ApiError ? copy.error : null;
  const fieldError = (field: string) => error?.issueFor(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    copy.mutate();
  };
  const hasFieldError = ['from', 'code', 'name'].some((field) => fieldError(field));
  return (
    <section aria-labelledby="copy-profile-title" className="mt-5">
      <h2 id="copy-profile-title" className="h3">
        {t('profiles.copyTitle')}
      </h2>
      {copy.isError && !hasFieldError && <ErrorAlert error={copy.error} />}
      <form onSubmit={submit} noValidate className="row g-3">
        <div className="col-md-4">
          <SelectField
            id="copy-from"
            label={t('profiles.copyFrom')}
            value={form.from}
            onChange={(value) => setForm({ ...form, from: value })}
            options={items.map((item) => ({ value: item.code, label: item.name }))}
          />
          {fieldError('from') && <p className="text-danger small mt-1">{fieldError('from')}</p>}
        </div>
        <div className="col-md-4">
          <TextField
            id="copy-code"
            label={t('profiles.copyCode')}
            infoText={t('profiles.copyCodeHelp')}
            value={form.code}
            onChange={(event) => setForm({ ...form, code: event.target.value.toLowerCase() })}
            error={fieldError('code')}
            required
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="copy-name"
            label={t('profiles.copyName')}
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.target.value })}
            error={fieldError('name')}
            required
          />
        </div>
        <div className="col-12">
          <Button type="submit" color="primary" disabled={copy.isPending}>
            {t('profiles.copy')}
          </Button>
        </div>
      </form>
    </section>
  );
};
