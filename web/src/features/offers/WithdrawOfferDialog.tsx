import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { rankingOffersKey, withdrawRankingOffer } from './queries.ts';

/**
 * The office takes a pending offer back (decision 013): a required reason, told to the candidate; the grant goes to
 * the next candidate at once, and the candidate keeps their place, which the dialog says before it is confirmed.
 */
export const WithdrawOfferDialog = ({
  rankingId,
  offerId,
  name,
  onWithdrawn,
}: {
  rankingId: string;
  offerId: string;
  name: string;
  onWithdrawn: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const ids = { title: useId(), reason: useId() };
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => withdrawRankingOffer(offerId, reason.trim()),
    onSuccess: async (view) => {
      setOpen(false);
      setReason('');
      client.setQueryData(rankingOffersKey(rankingId), view);
      await client.invalidateQueries({ queryKey: ['offers'] });
      onWithdrawn(t('officeOffers.withdrawn', { name }));
    },
  });
  const apiError = withdraw.error instanceof ApiError ? withdraw.error : null;
  const reasonError = missing
    ? t('officeOffers.withdrawReasonRequired')
    : (apiError?.issueFor('reason') ?? undefined);
  const close = () => {
    if (withdraw.isPending) return;
    withdraw.reset();
    setMissing(false);
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    withdraw.mutate();
  };
  return (
    <>
      <Button
        color="danger"
        outline
        size="xs"
        onClick={() => setOpen(true)}
        aria-label={t('officeOffers.withdrawLabel', { name })}
      >
        {t('officeOffers.withdraw')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={ids.title} returnFocusAfterClose>
        <form onSubmit={submit} noValidate>
          <ModalHeader toggle={close} closeAriaLabel={t('officeOffers.cancel')}>
            <span id={ids.title}>{t('officeOffers.withdrawTitle', { name })}</span>
          </ModalHeader>
          <ModalBody>
            <p>{t('officeOffers.withdrawText')}</p>
            <TextField
              id={ids.reason}
              type="textarea"
              label={t('officeOffers.withdrawReason')}
              value={reason}
              error={reasonError}
              onChange={(e) => setReason(e.target.value)}
            />
            {withdraw.isError && !apiError?.issueFor('reason') && <ErrorAlert error={withdraw.error} />}
          </ModalBody>
          <ModalFooter>
            <Button color="secondary" outline type="button" onClick={close} disabled={withdraw.isPending}>
              {t('officeOffers.cancel')}
            </Button>
            <Button color="danger" type="submit" disabled={withdraw.isPending}>
              {t('officeOffers.withdrawConfirm')}
            </Button>
          </ModalFooter>
        </form>
      </Modal>
    </>
  );
};
