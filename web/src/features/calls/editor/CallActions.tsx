import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type CallDetail, CallDetailSchema } from '../../../../../api/calls.ts';
import { ApiError, apiSend } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useCan } from '../../../session/permissions.ts';

/** A refusal with the server's reasons: the title, then each field's message (e.g. a window already closed). */
const PublishError = ({ error }: { error: unknown }) => {
  if (!(error instanceof ApiError) || !error.problem.issues?.length) return <ErrorAlert error={error} />;
  return (
    <Alert color="danger" role="alert" fade={false}>
      <p className="mb-1">{error.problem.title}</p>
      <ul className="mb-0">
        {error.problem.issues.map((issue) => (
          <li key={`${issue.field}-${issue.code}`}>{issue.message}</li>
        ))}
      </ul>
    </Alert>
  );
};

/** Publishing shows the call to everyone and freezes it: the office confirms it in a dialog first. */
const PublishCall = ({ call, onPublished }: { call: CallDetail; onPublished: () => void }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const publish = useMutation({
    mutationFn: () =>
      // An empty object: the route's body is an optional object, and no body at all reads as null to it.
      apiSend('POST', `/api/calls/${encodeURIComponent(call.id)}/publish`, {}, CallDetailSchema),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['calls'] });
      await client.invalidateQueries({ queryKey: ['funding'] });
      onPublished();
    },
  });
  const close = () => {
    publish.reset();
    setOpen(false);
  };
  return (
    <>
      <Button color="primary" onClick={() => setOpen(true)}>
        {t('callEditor.publish')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy="publish-call-title" returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('callEditor.cancel')}>
          <span id="publish-call-title">{t('callEditor.publishTitle', { title: call.title })}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('callEditor.publishText')}</p>
          {publish.isError && <PublishError error={publish.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close}>
            {t('callEditor.cancel')}
          </Button>
          <Button color="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
            {t('callEditor.publishConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};

/**
 * What the office can do with a call from its page: edit or publish a draft, amend a published call; and the
 * notice of what was just done.
 */
export const CallActions = ({ call }: { call: CallDetail }) => {
  const { t } = useTranslation();
  const location = useLocation();
  const canManage = useCan('calls.manage');
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const path = `/calls/${encodeURIComponent(call.id)}`;
  return (
    <>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      {canManage && (
        <div className="d-flex flex-wrap gap-2 mb-4">
          {call.status === 'draft' && (
            <>
              <Link className="btn btn-outline-primary" to={`${path}/edit`}>
                {t('callEditor.edit')}
              </Link>
              <PublishCall call={call} onPublished={() => setNotice(t('callEditor.published'))} />
            </>
          )}
          {call.status === 'published' && (
            <Link className="btn btn-outline-primary" to={`${path}/amend`}>
              {t('callEditor.amend')}
            </Link>
          )}
        </div>
      )}
    </>
  );
};
