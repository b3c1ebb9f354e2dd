import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../api/rankings.ts';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { callRankingsKey, resolveTie } from './queries.ts';

type TieGroup = RankingView['tieGroups'][number];

/**
 * The office orders the candidates of one tie group (a public draw or the committee's reasoned choice) with up and
 * down buttons, and writes why; the server records it, audited, and computes the rankings again.
 */
export const TieDialog = ({
  ranking,
  group,
  open,
  onClose,
  onResolved,
}: {
  ranking: RankingView;
  group: TieGroup;
  open: boolean;
  onClose: () => void;
  onResolved: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [order, setOrder] = useState<string[]>(group.applicationIds);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const entryOf = (id: string) => ranking.entries.find((e) => e.applicationId === id);
  const nameOf = (id: string) => {
    const entry = entryOf(id);
    return entry ? `${entry.familyName} ${entry.givenName} (${entry.protocolNumber})` : id;
  };
  const save = useMutation({
    mutationFn: () => resolveTie(ranking.id, { applicationIds: order, note: note.trim() }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: callRankingsKey(ranking.callId) });
      onResolved(t('officeRankings.tieResolved', { place: group.place }));
    },
  });
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved as string);
    setOrder(next);
    setAnnouncement(t('officeRankings.tieMoved', { name: nameOf(moved as string), position: target + 1 }));
    // Keep the keyboard on the moved candidate: the same button, or the other one when it reached an end.
    const focusId = `tie-${moved}-${target === 0 || target === next.length - 1 ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t('officeRankings.tieNoteRequired'));
      return;
    }
    setNoteError('');
    save.mutate();
  };
  return (
    <Modal isOpen={open} toggle={onClose} labelledBy={titleId} returnFocusAfterClose size="lg">
      <form onSubmit={submit} noValidate>
        <ModalHeader toggle={onClose} closeAriaLabel={t('officeRankings.cancel')}>
          <span id={titleId}>{t('officeRankings.tieTitle', { place: group.place })}</span>
        </ModalHeader>
        <ModalBody>
          <p>{t('officeRankings.tieText')}</p>
          <ol className="list-unstyled mb-3" aria-label={t('officeRankings.tieOrder')}>
            {order.map((id, index) => (
              <li key={id} className="d-flex align-items-center gap-2 border-bottom py-2">
                <span className="fw-semibold me-auto">
                  {group.place + index}. {nameOf(id)}
                </span>
                <Button
                  id={`tie-${id}-up`}
                  type="button"
                  size="xs"
                  color="primary"
                  outline
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('officeRankings.moveUp', { name: nameOf(id) })}
                >
                  {t('officeRankings.up')}
                </Button>
                <Button
                  id={`tie-${id}-down`}
                  type="button"
                  size="xs"
                  color="primary"
                  outline
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('officeRankings.moveDown', { name: nameOf(id) })}
                >
                  {t('officeRankings.down')}
                </Button>
              </li>
            ))}
          </ol>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <TextField
            id={`tie-note-${group.tieGroup}`}
            label={t('officeRankings.tieNote')}
            infoText={t('officeRankings.tieNoteHelp')}
            value={note}
            error={noteError || (save.error instanceof ApiError ? save.error.issueFor('note') : undefined)}
            onChange={(event) => setNote(event.target.value)}
          />
          {save.isError && <ErrorAlert error={save.error} />}
        </ModalBody>
        <ModalFooter>
          <Button type="button" color="secondary" outline onClick={onClose} disabled={save.isPending}>
            {t('officeRankings.cancel')}
          </Button>
          <Button type="submit" color="primary" disabled={save.isPending}>
            {t('officeRankings.tieSave')}
          </Button>
        </ModalFooter>
      </form>
    </Modal>
  );
};
