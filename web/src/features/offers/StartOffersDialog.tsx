import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { rankingOffersKey, startRankingOffers } from './queries.ts';

/** Starting the offers emails the candidates and starts their deadlines: the office confirms it first. */
export const StartOffersDialog = ({
  rankingId,
  started,
  onStarted,
}: {
  rankingId: string;
  /** Offers already made: the button then makes only the offers due (a draw-down the timers have not made yet). */
  started: boolean;
  onStarted: (made: number) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [before, setBefore] = useState(0);
  const start = useMutation({
    mutationFn: () => startRankingOffers(rankingId),
    onSuccess: async (view) => {
      setOpen(false);
      client.setQueryData(rankingOffersKey(rankingId), view);
      await client.invalidateQueries({ queryKey: ['rankings'] });
      onStarted(view.items.length - before);
    },
  });
  const close = () => {
    start.reset();
    setOpen(false);
  };
  const openWith = () => {
    setBefore(client.getQueryData<{ items: unknown[] }>(rankingOffersKey(rankingId))?.items.length ?? 0);
    setOpen(true);
  };
  return (
    <>
      <Button color="primary" size="sm" onClick={openWith}>
        {t(started ? 'officeOffers.drawDown' : 'officeOffers.start')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('officeOffers.cancel')}>
          <span id={titleId}>{t(started ? 'officeOffers.drawDownTitle' : 'officeOffers.startTitle')}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('officeOffers.startText')}</p>
          {start.isError && <ErrorAlert error={start.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={start.isPending}>
            {t('officeOffers.cancel')}
          </Button>
          <Button color="primary" onClick={() => start.mutate()} disabled={start.isPending}>
            {t('officeOffers.startConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
