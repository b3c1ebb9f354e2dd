import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Icon } from 'design-react-kit';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, OpenCall } from '../../../../api/applications.ts';
import { errorMessage } from '../../components/error-message.ts';
import { fileSize, inLanguage } from './application-format.ts';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_MB,
  applicationKeys,
  deleteAttachment,
  uploadAttachment,
} from './applications-api.ts';

type Required = OpenCall['requiredAttachments'][number];

/**
 * One attachment the call asks for: an upload field (PDF, JPEG or PNG; the server reads the type from the bytes and
 * refuses anything else with 415, a file over the limit with 413, and its message is shown here) and the files
 * already uploaded for it, each removable while the application is a draft.
 */
export const AttachmentUpload = ({
  applicationId,
  attachment,
  uploaded,
}: {
  applicationId: string;
  attachment: Pick<Required, 'code' | 'label'> & { required?: Required['required'] };
  uploaded: Attachment[];
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const label = inLanguage(attachment.label, i18n.language) || t('applications.otherAttachments');
  const refresh = () => client.invalidateQueries({ queryKey: applicationKeys.one(applicationId) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(applicationId, attachment.code, file, setProgress),
    onSettled: () => setProgress(null),
    onSuccess: async () => {
      setInputKey((key) => key + 1);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) => deleteAttachment(applicationId, attachmentId),
    onSuccess: refresh,
  });
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) upload.mutate(file);
  };
  const id = `attachment-${attachment.code}`;
  return (
    <div className="mb-4" data-testid="attachment">
      {attachment.required !== undefined && (
        <>
          <label htmlFor={id} className="form-label fw-semibold d-block">
            {label}
          </label>
          <p id={`${id}-help`} className="small mb-1">
            {t('applications.uploadHelp', { max: ATTACHMENT_MAX_MB })}
          </p>
          <input
            key={inputKey}
            id={id}
            type="file"
            className="form-control"
            accept={ATTACHMENT_ACCEPT}
            disabled={upload.isPending}
            aria-describedby={`${id}-help${upload.isError ? ` ${id}-error` : ''}`}
            aria-invalid={upload.isError ? true : undefined}
            onChange={onFile}
          />
          {progress !== null && (
            <div className="progress mt-2">
              <div
                className="progress-bar"
                role="progressbar"
                aria-label={t('applications.uploading', { label })}
                aria-valuenow={Math.round(progress * 100)}
                aria-valuemin={0}
                aria-valuemax={100}
                style={{ width: `${Math.round(progress * 100)}%` }}
              />
            </div>
          )}
          {upload.isError && (
            <div id={`${id}-error`} className="alert alert-danger mt-2" role="alert">
              {errorMessage(upload.error, t)}
            </div>
          )}
        </>
      )}
      {uploaded.length > 0 && (
        <ul className="list-unstyled mt-2 mb-0" aria-label={t('applications.uploadedOf', { label })}>
          {uploaded.map((file) => (
            <li
              key={file.id}
              className="d-flex align-items-center gap-2 flex-wrap"
              data-testid="uploaded-file"
            >
              <Icon icon="it-clip" size="sm" aria-hidden />
              <span className="text-break">{file.fileName}</span>
              <span className="small text-muted">
                ({fileSize(file.sizeBytes, i18n.language)}, {file.contentType})
              </span>
              <Button
                type="button"
                color="danger"
                outline
                size="sm"
                disabled={remove.isPending}
                onClick={() => remove.mutate(file.id)}
              >
                {t('applications.removeFile')}
                <span className="visually-hidden"> {file.fileName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && (
        <div className="alert alert-danger mt-2" role="alert">
          {errorMessage(remove.error, t)}
        </div>
      )}
    </div>
  );
};
