import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProfileSummary, ProfileSummarySchema } from '../../../../api/profiles.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Putting a profile in force changes every new call: the administrator confirms it in a dialog first. */
export const ActivateProfile = ({
  profile,
  onActivated,
}: {
  profile: ProfileSummary;
  onActivated: (name: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const activate = useMutation({
    mutationFn: () =>
      apiSend(
        'POST',
        `/api/profiles/${encodeURIComponent(profile.code)}/activate`,
        undefined,
        ProfileSummarySchema,
      ),
    onSuccess: async (summary) => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['profiles'] });
      onActivated(summary.name);
    },
  });
  const close = () => {
    activate.reset();
    setOpen(false);
  };
  return (
    <>
      <Button color="primary" onClick={() => setOpen(true)}>
        {t('profiles.activate')}
      </Button>
      {activate.isError && !open && <ErrorAlert error={activate.error} />}
      <Modal isOpen={open} toggle={close} labelledBy="activate-title" returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('profiles.cancel')}>
          <span id="activate-title">{t('profiles.activateTitle', { name: profile.name })}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('profiles.activateText')}</p>
          {activate.isError && <ErrorAlert error={activate.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close}>
            {t('profiles.cancel')}
          </Button>
          <Button color="primary" onClick={() => activate.mutate()} disabled={activate.isPending}>
            {t('profiles.activateConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
