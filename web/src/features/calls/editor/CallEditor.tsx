import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallDetail } from '../../../../../api/calls.ts';
import { FundingListSchema } from '../../../../../api/funding.ts';
import { ApiError, apiGet } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { unitsQuery } from '../../units/UnitsPage.tsx';
import { ArticlesFields, AttachmentsFields } from './AttachmentsFields.tsx';
import {
  type CallForm,
  editorField,
  type FormIssue,
  messageAt as findMessage,
  isShownField,
} from './call-form.ts';
import { TextAreaInput } from './FormFields.tsx';
import { GeneralFields } from './GeneralFields.tsx';
import { PositionsFields } from './PositionsFields.tsx';
import { RulesFields } from './RulesFields.tsx';

export const fundingQuery = {
  queryKey: ['funding'],
  queryFn: () => apiGet('/api/funding', FundingListSchema),
};

interface CallEditorProps<B> {
  initial: CallForm;
  /** A published call: the form of an amendment, with its reason. */
  amending?: boolean;
  submitLabel: string;
  /** The request body from the form, or the fields the browser could not read. */
  build: (form: CallForm, reason: string) => { body: B; issues: FormIssue[] };
  send: (body: B) => Promise<CallDetail>;
  onSaved: (call: CallDetail) => Promise<void> | void;
}

/**
 * The office's call editor: a draft (new or saved) or the amendment of a published call. What was typed stays
 * when the server refuses it; each message appears under its field, and the ones with no field above the form.
 */
export const CallEditor = <B,>(props: CallEditorProps<B>) => {
  const funding = useQuery(fundingQuery);
  const units = useQuery(unitsQuery);
  return (
    <QueryView query={funding}>
      {(fundingList) => (
        <QueryView query={units}>
          {(unitList) => <EditorForm {...props} funding={fundingList.items} units={unitList} />}
        </QueryView>
      )}
    </QueryView>
  );
};

const EditorForm = <B,>({
  initial,
  amending = false,
  submitLabel,
  build,
  send,
  onSaved,
  funding,
  units,
}: CallEditorProps<B> & {
  funding: Parameters<typeof GeneralFields>[0]['funding'];
  units: Parameters<typeof PositionsFields>[0]['units'];
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState(initial);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FormIssue[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation({
    mutationFn: send,
    onSuccess: async (call) => {
      await client.invalidateQueries({ queryKey: ['calls'] });
      await client.invalidateQueries({ queryKey: ['funding'] });
      await onSaved(call);
    },
  });
  const serverError = save.error instanceof ApiError ? save.error : null;
  const issues =
    local.length > 0
      ? local.map((issue) => ({ field: issue.field, message: t(`callEditor.issues.${issue.code}`) }))
      : (serverError?.problem.issues ?? []).map((issue) => ({
          field: editorField(issue.field),
          message: issue.message,
        }));
  const unshown = issues.filter((issue) => !isShownField(issue.field));
  const failed = issues.length > 0 || save.isError;

  // After a refused save, the summary takes the focus: a keyboard user starts from what went wrong.
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = build(form, reason);
    setLocal(built.issues);
    if (built.issues.length > 0) {
      save.reset();
      summary.current?.focus();
      return;
    }
    save.mutate(built.body);
  };

  const sectionProps = {
    form,
    onChange: (patch: Partial<CallForm>) => setForm((current) => ({ ...current, ...patch })),
    messageAt: (field: string) => findMessage(issues, field),
    messageOf: (field: string) => issues.find((issue) => issue.field === field)?.message,
    amending,
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <div ref={summary} tabIndex={-1}>
        {issues.length > 0 ? (
          <div className="alert alert-danger" role="alert">
            <p className="mb-0">{t('callEditor.fixErrors')}</p>
            {unshown.length > 0 && (
              <ul className="mb-0 mt-2">
                {unshown.map((issue) => (
                  <li key={`${issue.field}-${issue.message}`}>{issue.message}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          save.isError && <ErrorAlert error={save.error} />
        )}
      </div>
      {amending && (
        <div className="mb-4">
          <TextAreaInput
            id="call-reason"
            label={t('callEditor.reason')}
            infoText={t('callEditor.reasonHelp')}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={findMessage(issues, 'reason')}
            required
          />
        </div>
      )}
      <GeneralFields {...sectionProps} funding={funding} />
      <PositionsFields {...sectionProps} units={units} />
      <RulesFields {...sectionProps} />
      <AttachmentsFields {...sectionProps} />
      <ArticlesFields {...sectionProps} />
      <Button type="submit" color="primary" disabled={save.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
};
