import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeAppeal } from '../../../../../api/committee-appeals.ts';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../components/error-message.ts';
import { answerCommitteeAppeal, committeeAppealsKey } from './appeals-api.ts';

type Decision = '' | 'accepted' | 'rejected';

/**
 * The committee's answer to one appeal, in a dialog: accepted or rejected and the reasons, both required. The
 * confirm button sends it; the answer cannot be changed afterwards. Errors are shown at their field, the server's
 * included; anything else above the form.
 */
export const AnswerAppealDialog = ({
  callId,
  appeal,
  onAnswered,
}: {
  callId: string;
  appeal: CommitteeAppeal;
  onAnswered: (answered: CommitteeAppeal) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const ids = { title: useId(), form: useId(), decision: useId(), answer: useId() };
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<Decision>('');
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState<{ decision?: boolean; answer?: boolean }>({});
  const save = useMutation({
    mutationFn: () =>
      answerCommitteeAppeal(callId, appeal.id, { accepted: decision === 'accepted', answer: answer.trim() }),
    onSuccess: async (answered) => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: committeeAppealsKey(callId) });
      onAnswered(answered);
    },
  });
  const apiError = save.error instanceof ApiError ? save.error : null;
  const decisionError = missing.decision
    ? t('committeeAppeals.decisionRequired')
    : (apiError?.issueFor('accepted') ?? null);
  const answerError = missing.answer
    ? t('committeeAppeals.answerRequired')
    : (apiError?.issueFor('answer') ?? null);
  const generalError =
    save.error && !apiError?.issueFor('accepted') && !apiError?.issueFor('answer')
      ? errorMessage(save.error, t)
      : null;

  const close = () => {
    if (save.isPending) return;
    save.reset();
    setMissing({});
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const next = { decision: decision === '', answer: answer.trim().length === 0 };
    setMissing(next);
    if (next.decision) {
      document.getElementById(`${ids.decision}-accepted`)?.focus();
      return;
    }
    if (next.answer) {
      document.getElementById(ids.answer)?.focus();
      return;
    }
    save.mutate();
  };

  return (
    <>
      <Button
        color="primary"
        size="sm"
        onClick={() => setOpen(true)}
        aria-label={t('committeeAppeals.answerButtonLabel', { protocol: appeal.protocolNumber })}
      >
        {t('committeeAppeals.answerButton')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={ids.title} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('committeeAppeals.cancel')}>
          <span id={ids.title}>{t('committeeAppeals.dialogTitle', { protocol: appeal.protocolNumber })}</span>
        </ModalHeader>
        <ModalBody>
          {generalError && (
            <div role="alert" className="alert alert-danger">
              {generalError}
            </div>
          )}
          <form id={ids.form} noValidate onSubmit={submit}>
            <fieldset className="mb-3" aria-describedby={decisionError ? `${ids.decision}-error` : undefined}>
              <legend className="fs-6 fw-semibold">{t('committeeAppeals.decision')}</legend>
              {(['accepted', 'rejected'] as const).map((value) => (
                <div key={value} className="form-check form-check-inline">
                  <input
                    type="radio"
                    id={`${ids.decision}-${value}`}
                    name={`${ids.decision}-decision`}
                    checked={decision === value}
                    onChange={() => setDecision(value)}
                  />
                  <label htmlFor={`${ids.decision}-${value}`}>
                    {t(`committeeAppeals.decisions.${value}`)}
                  </label>
                </div>
              ))}
              {decisionError && (
                <div id={`${ids.decision}-error`} className="invalid-feedback d-block">
                  {decisionError}
                </div>
              )}
            </fieldset>
            <div className="mb-2">
              <label htmlFor={ids.answer} className="form-label fw-semibold">
                {t('committeeAppeals.answerLabel')}
              </label>
              <textarea
                id={ids.answer}
                className={`form-control${answerError ? ' is-invalid' : ''}`}
                rows={5}
                maxLength={10_000}
                value={answer}
                onChange={(event) => setAnswer(event.target.value)}
                aria-invalid={answerError ? true : undefined}
                aria-describedby={answerError ? `${ids.answer}-error` : `${ids.answer}-hint`}
              />
              <div id={`${ids.answer}-hint`} className="form-text">
                {t('committeeAppeals.answerHint')}
              </div>
              {answerError && (
                <div id={`${ids.answer}-error`} className="invalid-feedback d-block">
                  {answerError}
                </div>
              )}
            </div>
          </form>
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={save.isPending}>
            {t('committeeAppeals.cancel')}
          </Button>
          <Button
            color="primary"
            type="submit"
            form={ids.form}
            disabled={save.isPending}
            aria-busy={save.isPending || undefined}
          >
            {save.isPending ? t('committeeAppeals.sending') : t('committeeAppeals.confirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
