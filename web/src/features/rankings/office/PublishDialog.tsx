import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../api/rankings.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { lastMinute, romeDateTime } from './format.ts';
import { callRankingsKey, publishRanking } from './queries.ts';

/** Publishing makes the ranking public (no names) and opens the appeal window: the office confirms it first. */
export const PublishDialog = ({
  ranking,
  onPublished,
}: {
  ranking: RankingView;
  onPublished: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const publish = useMutation({
    mutationFn: () => publishRanking(ranking.id),
    onSuccess: async (published) => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: callRankingsKey(ranking.callId) });
      onPublished(
        published.appealsCloseAt
          ? t('officeRankings.published', {
              when: romeDateTime(lastMinute(published.appealsCloseAt), i18n.language),
            })
          : t('officeRankings.publishedNoWindow'),
      );
    },
  });
  const close = () => {
    publish.reset();
    setOpen(false);
  };
  return (
    <>
      <Button color="primary" size="sm" onClick={() => setOpen(true)}>
        {t('officeRankings.publish')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('officeRankings.cancel')}>
          <span id={titleId}>{t('officeRankings.publishTitle', { title: ranking.title })}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('officeRankings.publishText')}</p>
          {publish.isError && <ErrorAlert error={publish.error} />}
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={publish.isPending}>
            {t('officeRankings.cancel')}
          </Button>
          <Button color="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
            {t('officeRankings.publishConfirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
