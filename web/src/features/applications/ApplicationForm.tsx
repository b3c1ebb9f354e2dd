import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, OpenCall, SaveDraftBody } from '../../../../api/applications.ts';
import { ApiError, NETWORK_KIND } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { romeDateTime } from './application-format.ts';
import { applicationKeys, confirmApplication, saveDraft } from './applications-api.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import {
  buildSaveBody,
  type DraftForm,
  type FieldKey,
  formFromApplication,
  issuesByField,
  keyForAttempt,
  mayHaveBeenConfirmed,
  randomKey,
  sameBody,
} from './draft-form.ts';
import { PositionPicker } from './PositionPicker.tsx';
import { SituationsFieldset } from './SituationsFieldset.tsx';
import { TitleItems } from './TitlesEditor.tsx';

/**
 * A draft application to one call: positions in order of preference, declared titles, situations, contact email,
 * attachments. What is typed stays in the form whatever the server answers; its field messages show next to each
 * input. Confirming saves any unsaved change first, then confirms with an Idempotency-Key kept for retries.
 */
export const ApplicationForm = ({
  application,
  call,
  onConfirmed,
}: {
  application: Application;
  call: OpenCall;
  onConfirmed: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState<DraftForm>(() => formFromApplication(application, call));
  const [lastSaved, setLastSaved] = useState<SaveDraftBody>(() => buildSaveBody(form));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // A confirmation in flight, seen at once (a second click can land before React re-renders the disabled button).
  const inFlight = useRef(false);
  const attempt = useRef<{ key: string | null; lastWasNetwork: boolean }>({
    key: null,
    lastWasNetwork: false,
  });

  const save = useMutation({
    mutationFn: (body: SaveDraftBody) => saveDraft(application.id, body),
    onSuccess: (saved, body) => {
      setLastSaved(body);
      setSavedAt(new Date().toISOString());
      client.setQueryData(applicationKeys.one(application.id), saved);
    },
  });
  const confirm = useMutation({
    mutationFn: () => {
      const key = keyForAttempt(attempt.current.key, attempt.current.lastWasNetwork, randomKey);
      attempt.current = { key, lastWasNetwork: false };
      return confirmApplication(application.id, key);
    },
    onError: (error) => {
      attempt.current.lastWasNetwork = error instanceof ApiError && mayHaveBeenConfirmed(error, NETWORK_KIND);
    },
    onSuccess: async (confirmed) => {
      client.setQueryData(applicationKeys.one(application.id), confirmed);
      onConfirmed();
      await client.invalidateQueries({ queryKey: applicationKeys.openCalls });
      await client.invalidateQueries({ queryKey: applicationKeys.mine });
    },
  });

  const saveError = save.error instanceof ApiError ? save.error : null;
  const issues = issuesByField(saveError?.problem.issues);
  const issuesOf = (key: FieldKey) => issues[key] ?? [];
  const body = buildSaveBody(form);
  const dirty = !sameBody(body, lastSaved);

  const submitSave = (event: FormEvent) => {
    event.preventDefault();
    confirm.reset();
    save.mutate(body);
  };

  const runConfirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      if (dirty) {
        const saved = await save.mutateAsync(body).then(
          () => true,
          () => false,
        );
        if (!saved) {
          setDialogOpen(false);
          return;
        }
      }
      await confirm.mutateAsync().catch(() => undefined);
      setDialogOpen(false);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const emailIssues = issuesOf('contactEmail');
  return (
    <>
      <form onSubmit={submitSave} noValidate aria-describedby="application-form-lead">
        <p id="application-form-lead">{t('applications.formLead')}</p>
        <div
          role="status"
          className={savedAt && !save.isError && !dirty ? 'alert alert-success' : 'visually-hidden'}
        >
          {savedAt && !save.isError && !dirty
            ? t('applications.saved', romeDateTime(savedAt, i18n.language, true))
            : ''}
        </div>
        {save.isError &&
          (saveError?.problem.issues?.length ? (
            <div className="alert alert-danger" role="alert">
              <p className="mb-0">{t('applications.fixErrors')}</p>
              {issuesOf('form').length > 0 && (
                <ul className="mb-0">
                  {issuesOf('form').map((issue) => (
                    <li key={issue.message}>{issue.message}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <ErrorAlert error={save.error} />
          ))}

        <PositionPicker
          positions={call.positions}
          max={call.maxPositionsPerCandidate}
          chosen={form.positionIds}
          onChange={(positionIds) => setForm({ ...form, positionIds })}
          issues={issuesOf('positions')}
        />

        {call.titleCriteria.length > 0 && (
          <section aria-labelledby="titles-title" className="mb-4">
            <h2 id="titles-title" className="h4">
              {t('applications.titlesTitle')}
            </h2>
            <p className="small">{t('applications.titlesHelp')}</p>
            {call.titleCriteria.map((criterion) => (
              <TitleItems
                key={criterion.id}
                criterion={criterion}
                items={form.titles[criterion.id] ?? []}
                onChange={(items) => setForm({ ...form, titles: { ...form.titles, [criterion.id]: items } })}
                issues={issuesOf(`declaredTitles.${criterion.id}`)}
              />
            ))}
          </section>
        )}

        <SituationsFieldset
          attachments={call.requiredAttachments}
          situations={form.situations}
          onChange={(situations) => setForm({ ...form, situations })}
          issuesOf={(situation) => issuesOf(`declaredTitles.${situation}`)}
        />

        <div className="mb-4">
          <TextField
            id="application-email"
            type="email"
            autoComplete="email"
            label={t('applications.email')}
            infoText={t('applications.emailHelp')}
            value={form.contactEmail}
            maxLength={200}
            onChange={(event) => setForm({ ...form, contactEmail: event.target.value })}
            error={emailIssues.length > 0 ? emailIssues.map((issue) => issue.message).join(' ') : undefined}
          />
        </div>

        <AttachmentsSection
          application={application}
          required={call.requiredAttachments}
          situations={form.situations}
        />

        {confirm.isError && !dialogOpen && <ErrorAlert error={confirm.error} />}
        <div className="d-flex flex-wrap gap-2 mb-5">
          <Button type="submit" color="primary" outline disabled={save.isPending || busy}>
            {save.isPending && !busy ? t('applications.saving') : t('applications.save')}
          </Button>
          <Button
            type="button"
            color="primary"
            disabled={busy || confirm.isPending}
            onClick={() => {
              save.reset();
              confirm.reset();
              setDialogOpen(true);
            }}
          >
            {t('applications.confirm')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={dialogOpen}
        busy={busy}
        onCancel={() => {
          if (!inFlight.current) setDialogOpen(false);
        }}
        onConfirm={() => void runConfirm()}
      />
    </>
  );
};
