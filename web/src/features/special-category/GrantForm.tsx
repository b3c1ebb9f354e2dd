import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, TextArea } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpecialCategoryGrantSchema } from '../../../../api/students.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PersonPicker } from './PersonPicker.tsx';

/** The office lets one named person read disability and DSA data, for a stated reason. */
export const GrantForm = () => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [granteeId, setGranteeId] = useState('');
  const [reason, setReason] = useState('');
  const grant = useMutation({
    mutationFn: () =>
      apiSend('POST', '/api/special-category/grants', { granteeId, reason }, SpecialCategoryGrantSchema),
    onSuccess: async () => {
      setGranteeId('');
      setReason('');
      await client.invalidateQueries({ queryKey: ['special-category-grants'] });
    },
  });
  const error = grant.error instanceof ApiError ? grant.error : null;
  const fieldError = (field: string) => error?.issueFor(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate();
  };
  return (
    <section aria-labelledby="grant-form-title" className="mb-5">
      <h2 id="grant-form-title" className="h3">
        {t('specialCategory.formTitle')}
      </h2>
      {grant.isError && <ErrorAlert error={grant.error} />}
      {grant.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('specialCategory.granted', { name: grant.data.granteeName })}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <PersonPicker value={granteeId} onChange={setGranteeId} error={fieldError('granteeId')} />
        <TextArea
          id="grant-reason"
          label={t('specialCategory.reason')}
          infoText={fieldError('reason') ? undefined : t('specialCategory.reasonHelp')}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          valid={fieldError('reason') ? false : undefined}
          validationText={fieldError('reason')}
          aria-invalid={fieldError('reason') ? true : undefined}
        />
        <Button type="submit" color="primary" disabled={grant.isPending || !granteeId}>
          {t('specialCategory.grant')}
        </Button>
      </form>
    </section>
  );
};
