import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnOffer } from '../../../../api/offers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../components/error-message.ts';
import { answerOffer, lastDayText, OWN_OFFERS_KEY } from './queries.ts';

/** Accepting or refusing is final: the candidate confirms it in a dialog that says what follows. */
export const AnswerDialog = ({
  offer,
  answer,
  onAnswered,
  onFailed,
}: {
  offer: OwnOffer;
  answer: 'accept' | 'refuse';
  onAnswered: (message: string) => void;
  /** The server's refusal, kept on the page once the offer shows as it now is (expired, already answered). */
  onFailed: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => answerOffer(offer.id, answer),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: OWN_OFFERS_KEY });
      onAnswered(
        t(answer === 'accept' ? 'offers.accepted' : 'offers.refused', { position: offer.activityType }),
      );
    },
    onError: async (error) => {
      // The offer may have changed on the server (expired, already answered): show it as it is now.
      onFailed(errorMessage(error, t));
      await client.invalidateQueries({ queryKey: OWN_OFFERS_KEY });
    },
  });
  const close = () => {
    mutation.reset();
    setOpen(false);
  };
  const accept = answer === 'accept';
  return (
    <>
      <Button color="primary" outline={!accept} size="sm" onClick={() => setOpen(true)}>
        {t(accept ? 'offers.accept' : 'offers.refuse')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('offers.cancel')}>
          <span id={titleId}>
            {t(accept ? 'offers.acceptTitle' : 'offers.refuseTitle', { position: offer.activityType })}
          </span>
        </ModalHeader>
        <ModalBody>
          <p>
            {t(
              accept
                ? 'offers.acceptText'
                : offer.reason === 'winner' || offer.reason === 'draw-down'
                  ? 'offers.refuseText'
                  : 'offers.refuseTextNoPenalty',
              { day: lastDayText(offer.lastDay, i18n.language) },
            )}
          </p>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('offers.cancel')}
          </Button>
          <Button color="primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {t(accept ? 'offers.acceptConfirm' : 'offers.refuseConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
