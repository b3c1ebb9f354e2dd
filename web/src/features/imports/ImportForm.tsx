import { Button, Progress } from 'design-react-kit';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ImportJob,
  ImportJobSchema,
  type ImportKind,
  ImportKindSchema,
} from '../../../../api/imports.ts';
import { ApiError, apiUpload } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';

/** Uploads one file; the server answers at once with the job, which then runs in the background. */
export const ImportForm = ({ onStarted }: { onStarted: (job: ImportJob) => void }) => {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('students');
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setError(null);
    setFileError(undefined);
    if (!file) {
      setFileError(t('imports.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    setUploaded(0);
    try {
      const job = await apiUpload('/api/imports', form, ImportJobSchema, (fraction) =>
        setUploaded(Math.round(fraction * 100)),
      );
      setUploaded(100);
      if (fileInput.current) fileInput.current.value = '';
      onStarted(job);
    } catch (failure) {
      setUploaded(null);
      if (failure instanceof ApiError && failure.issueFor('file')) setFileError(failure.issueFor('file'));
      else setError(failure);
    }
  };

  const uploading = uploaded !== null && uploaded < 100;
  return (
    <section aria-labelledby="import-form-title" className="mb-5">
      <h2 id="import-form-title" className="h3">
        {t('imports.formTitle')}
      </h2>
      {error !== null && <ErrorAlert error={error} />}
      <form onSubmit={submit} noValidate className="row g-3 align-items-end">
        <div className="col-md-5">
          <SelectField
            id="import-kind"
            label={t('imports.kind')}
            value={kind}
            onChange={(value) => setKind(ImportKindSchema.parse(value))}
            options={ImportKindSchema.options.map((option) => ({
              value: option,
              label: t(`imports.kinds.${option}`),
            }))}
          />
        </div>
        <div className="col-md-7">
          <label htmlFor="import-file" className="form-label fw-semibold">
            {t('imports.file')}
          </label>
          <input
            ref={fileInput}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={`form-control ${fileError ? 'is-invalid' : ''}`}
            aria-describedby={fileError ? 'import-file-help import-file-error' : 'import-file-help'}
            aria-invalid={fileError ? true : undefined}
          />
          <small id="import-file-help" className="form-text">
            {t('imports.fileHelp')}
          </small>
          {fileError && (
            <div id="import-file-error" className="text-danger small">
              {fileError}
            </div>
          )}
        </div>
        <div className="col-12">
          <Button type="submit" color="primary" disabled={uploading}>
            {t('imports.submit')}
          </Button>
        </div>
      </form>
      {uploaded !== null && (
        <div className="mt-3" data-testid="upload-progress">
          <p className="mb-1">{t('imports.uploading')}</p>
          <Progress value={uploaded} label={t('imports.uploading')} aria-label={t('imports.uploading')} />
        </div>
      )}
    </section>
  );
};
