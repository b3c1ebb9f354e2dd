import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnRanking } from '../../../../../api/rankings.ts';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../components/error-message.ts';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_MB } from '../applications-api.ts';
import { selectionKeys, sendAppeal } from './selection-api.ts';
import { appealDeadline } from './selection-format.ts';

/** Refusals about the file itself are shown at the file field; the rest above the form. */
const FILE_KINDS = new Set(['unsupported-file-type', 'file-too-large']);

/**
 * A reasoned appeal against a provisional ranking during its window (seed 004 art. 7), with one optional PDF, JPEG
 * or PNG. Sending asks for confirmation first: an appeal cannot be withdrawn or changed once received.
 */
export const AppealForm = ({ applicationId, ranking }: { applicationId: string; ranking: OwnRanking }) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const ids = { reason: useId(), file: useId(), title: useId(), dialog: useId() };
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [missingReason, setMissingReason] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: () => sendAppeal(applicationId, { reason: reason.trim(), rankingId: ranking.id, file }),
    onSettled: () => setConfirming(false),
    onSuccess: async () => {
      setReason('');
      setFile(null);
      setFileKey((key) => key + 1);
      setSent(true);
      await client.invalidateQueries({ queryKey: selectionKeys.appeals(applicationId) });
    },
  });
  const error = send.error;
  const apiError = error instanceof ApiError ? error : null;
  const reasonError = missingReason
    ? t('candidateSelection.reasonRequired')
    : (apiError?.issueFor('reason') ?? null);
  const fileError =
    apiError && FILE_KINDS.has(apiError.kind) ? apiError.problem.title : (apiError?.issueFor('file') ?? null);
  const generalError = error && !reasonError && !fileError ? errorMessage(error, t) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    send.reset();
    if (reason.trim().length === 0) {
      setMissingReason(true);
      document.getElementById(ids.reason)?.focus();
      return;
    }
    setMissingReason(false);
    setConfirming(true);
  };
  const deadline = ranking.appealsCloseAt ? appealDeadline(ranking.appealsCloseAt, i18n.language) : null;
  return (
    <section aria-labelledby={ids.title} className="mb-4" data-testid="appeal-form">
      <h3 id={ids.title} className="h5">
        {t('candidateSelection.appealFormTitle', { title: ranking.title })}
      </h3>
      {deadline && <p>{t('candidateSelection.appealFormHelp', deadline)}</p>}
      <div role="status" className={sent ? 'alert alert-success' : 'visually-hidden'}>
        {sent ? t('candidateSelection.appealSent') : ''}
      </div>
      {generalError && (
        <div role="alert" className="alert alert-danger">
          {generalError}
        </div>
      )}
      <form noValidate onSubmit={onSubmit}>
        <div className="mb-3">
          <label htmlFor={ids.reason} className="form-label fw-semibold">
            {t('candidateSelection.reasonLabel')}
          </label>
          <textarea
            id={ids.reason}
            className={`form-control${reasonError ? ' is-invalid' : ''}`}
            rows={6}
            maxLength={10_000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${ids.reason}-error` : `${ids.reason}-hint`}
          />
          <div id={`${ids.reason}-hint`} className="form-text">
            {t('candidateSelection.reasonHint')}
          </div>
          {reasonError && (
            <div id={`${ids.reason}-error`} className="invalid-feedback d-block">
              {reasonError}
            </div>
          )}
        </div>
        <div className="mb-3">
          <label htmlFor={ids.file} className="form-label fw-semibold">
            {t('candidateSelection.fileLabel')}
          </label>
          <input
            key={fileKey}
            id={ids.file}
            type="file"
            className={`form-control${fileError ? ' is-invalid' : ''}`}
            accept={ATTACHMENT_ACCEPT}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${ids.file}-error` : `${ids.file}-hint`}
          />
          <div id={`${ids.file}-hint`} className="form-text">
            {t('candidateSelection.fileHint', { max: ATTACHMENT_MAX_MB })}
          </div>
          {fileError && (
            <div id={`${ids.file}-error`} className="invalid-feedback d-block">
              {fileError}
            </div>
          )}
        </div>
        <Button color="primary" type="submit" disabled={send.isPending}>
          {t('candidateSelection.submit')}
        </Button>
      </form>
      <Modal
        isOpen={confirming}
        toggle={() => setConfirming(false)}
        labelledBy={ids.dialog}
        returnFocusAfterClose
      >
        <ModalHeader toggle={() => setConfirming(false)} closeAriaLabel={t('applications.cancel')}>
          <span id={ids.dialog}>{t('candidateSelection.confirmTitle')}</span>
        </ModalHeader>
        <ModalBody>
          <p className="mb-0">{t('candidateSelection.confirmText')}</p>
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={() => setConfirming(false)} disabled={send.isPending}>
            {t('applications.cancel')}
          </Button>
          <Button
            color="primary"
            onClick={() => send.mutate()}
            disabled={send.isPending}
            aria-busy={send.isPending || undefined}
          >
            {send.isPending ? t('candidateSelection.sending') : t('candidateSelection.confirmYes')}
          </Button>
        </ModalFooter>
      </Modal>
    </section>
  );
};
