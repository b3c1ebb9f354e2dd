import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../../api/appointments.ts';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { appointmentKey, type OfficeAction, REGISTER_KEY, runOfficeAction } from '../queries.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** The message for a field: the form's own check first, then the server's. */
export type ErrorAt = (field: string) => string | undefined;

interface ActionDialogProps {
  appointment: Appointment;
  /** The appointment's own step; or `submit`, another request about it (its reply then is not the appointment). */
  action?: OfficeAction;
  submit?: (body: unknown) => Promise<unknown>;
  /** The button that opens the dialog, and the dialog's title. */
  label: string;
  title: string;
  /** The fields of the step (none for a step that only asks to confirm). */
  fields?: (errorAt: ErrorAt) => ReactNode;
  /** The fields' names as the server names them in its issues: its messages for them show there. */
  fieldNames?: readonly string[];
  /** The form's own checks before the confirmation (numbers typed, amounts); empty when fine. */
  check?: () => FieldErrors;
  /** Server refusals that carry no field but belong to one in this dialog (kind -> field). */
  kindFields?: Partial<Record<string, string>>;
  /** What will happen, shown before the office confirms. */
  summary: () => ReactNode;
  body: () => unknown;
  confirmLabel: string;
  /** Called when the dialog opens: the fields start again from the appointment as it is. */
  onOpen?: () => void;
  onDone: (message: string) => void;
  doneMessage: string;
}

/**
 * One step of an appointment's life in a dialog: the fields, then what will happen and a confirmation, then the
 * server. A refusal brings the fields back with each message at its field (or on its own when it has none); on
 * success the register and the page are read again.
 */
export const ActionDialog = ({
  appointment,
  action,
  submit,
  label,
  title,
  fields,
  fieldNames = [],
  check,
  kindFields = {},
  summary,
  body,
  confirmLabel,
  onOpen,
  onDone,
  doneMessage,
}: ActionDialogProps) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(fields === undefined);
  const [local, setLocal] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: async () => {
      if (submit) {
        await submit(body());
        return null;
      }
      if (!action) throw new Error('ActionDialog needs an action or a submit');
      return runOfficeAction(appointment.id, action, body());
    },
    onSuccess: async (next) => {
      if (next) client.setQueryData(appointmentKey(appointment.id), next);
      setOpen(false);
      onDone(doneMessage);
      // Under the register's key: the register, this appointment and what hangs from it are read again.
      await client.invalidateQueries({ queryKey: REGISTER_KEY });
    },
    onError: () => {
      if (fields !== undefined) setConfirming(false);
    },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const kindField = apiError ? kindFields[apiError.kind] : undefined;
  const errorAt: ErrorAt = (field) =>
    local[field] ?? apiError?.issueFor(field) ?? (kindField === field ? apiError?.problem.title : undefined);
  const issues = apiError?.problem.issues ?? [];
  const atFields =
    kindField !== undefined || (issues.length > 0 && issues.every((i) => fieldNames.includes(i.field)));
  const start = () => {
    mutation.reset();
    setLocal({});
    setConfirming(fields === undefined);
    onOpen?.();
    setOpen(true);
  };
  const close = () => {
    if (mutation.isPending) return;
    mutation.reset();
    setOpen(false);
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    const found = check?.() ?? {};
    setLocal(found);
    mutation.reset();
    if (Object.keys(found).length === 0) setConfirming(true);
  };
  const formId = `${titleId}-form`;
  return (
    <>
      <Button color="primary" size="sm" outline onClick={start}>
        {label}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose size="lg">
        <ModalHeader toggle={close} closeAriaLabel={t('appointments.cancel')}>
          <span id={titleId}>{title}</span>
        </ModalHeader>
        <ModalBody>
          {confirming ? (
            <div data-testid="action-summary">
              <h3 className="h6">{t('appointmentOffice.confirmHeading')}</h3>
              {summary()}
            </div>
          ) : (
            <form id={formId} onSubmit={next} noValidate>
              {fields?.(errorAt)}
            </form>
          )}
          {mutation.isError &&
            (atFields ? (
              <Alert color="danger" fade={false}>
                {t('appointments.fieldErrors')}
              </Alert>
            ) : (
              <ErrorAlert error={mutation.error} />
            ))}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('appointments.cancel')}
          </Button>
          {confirming && fields !== undefined && (
            <Button
              color="secondary"
              outline
              onClick={() => setConfirming(false)}
              disabled={mutation.isPending}
            >
              {t('appointmentOffice.back')}
            </Button>
          )}
          {confirming ? (
            <Button color="primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
              {confirmLabel}
            </Button>
          ) : (
            <Button color="primary" type="submit" form={formId}>
              {t('appointmentOffice.next')}
            </Button>
          )}
        </ModalFooter>
      </Modal>
    </>
  );
};
