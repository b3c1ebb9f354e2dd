import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OtherRankingCandidate, RankingOffers } from '../../../../api/offers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import {
  fetchOtherRankingCandidates,
  offerFromOtherRanking,
  otherCandidatesKey,
  rankingOffersKey,
} from './queries.ts';

/** The candidates grouped by their ranking, the rankings in the order of their best candidate (best score first). */
const byRanking = (list: readonly OtherRankingCandidate[]) => {
  const groups = new Map<string, { first: OtherRankingCandidate; candidates: OtherRankingCandidate[] }>();
  for (const c of list) {
    const group = groups.get(c.rankingId);
    if (group) group.candidates.push(c);
    else groups.set(c.rankingId, { first: c, candidates: [c] });
  }
  return [...groups.values()];
};

/**
 * An exhausted ranking draws from a related one (seed 002 art. 4 c.4, seed 004 art. 8): the office picks a free grant
 * and an eligible candidate of another ranking, best score first, and offers it; the candidate's acceptance is their
 * consent. The candidates are radio buttons (a select's options would be cut short on a phone) grouped by their
 * ranking: each group's legend names the ranking (its position) and its call once, and each candidate line carries
 * the name, place and score, and a link to that ranking. All radios share one name: one choice, arrow keys move
 * through every group.
 */
export const OtherRankingDialog = ({
  rankingId,
  vacant,
  positionNames,
  onMade,
}: {
  rankingId: string;
  vacant: RankingOffers['vacant'];
  positionNames: ReadonlyMap<string, string>;
  onMade: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const ids = { title: useId(), position: useId(), candidate: useId() };
  const [open, setOpen] = useState(false);
  const [positionId, setPositionId] = useState(vacant[0]?.positionId ?? '');
  const [choice, setChoice] = useState('');
  const candidates = useQuery({
    queryKey: otherCandidatesKey(rankingId),
    queryFn: () => fetchOtherRankingCandidates(rankingId),
    enabled: open,
  });
  const make = useMutation({
    mutationFn: () => {
      const [sourceRankingId = '', applicationId = ''] = choice.split('|');
      return offerFromOtherRanking(rankingId, { positionId, rankingId: sourceRankingId, applicationId });
    },
    onSuccess: async (view) => {
      setOpen(false);
      setChoice('');
      client.setQueryData(rankingOffersKey(rankingId), view);
      await client.invalidateQueries({ queryKey: otherCandidatesKey(rankingId) });
      onMade(t('officeOffers.otherMade'));
    },
  });
  const close = () => {
    if (make.isPending) return;
    make.reset();
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice && positionId) make.mutate();
  };
  const score = (hundredths: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 2 }).format(
      hundredths / 100,
    );
  const labelOf = (c: OtherRankingCandidate) =>
    t('officeOffers.otherCandidateOption', {
      name: `${c.familyName} ${c.givenName} (${c.protocolNumber ?? '—'})`,
      place: c.place,
      score: score(c.totalHundredths),
    });
  return (
    <>
      <Button color="primary" outline size="sm" onClick={() => setOpen(true)}>
        {t('officeOffers.otherOpen')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={ids.title} returnFocusAfterClose size="lg">
        <form onSubmit={submit} noValidate>
          <ModalHeader toggle={close} closeAriaLabel={t('officeOffers.cancel')}>
            <span id={ids.title}>{t('officeOffers.otherDialogTitle')}</span>
          </ModalHeader>
          <ModalBody>
            <p>{t('officeOffers.otherText')}</p>
            <SelectField
              id={ids.position}
              label={t('officeOffers.otherPosition')}
              value={positionId}
              onChange={setPositionId}
              options={vacant.map((v) => ({
                value: v.positionId,
                label: positionNames.get(v.positionId) ?? v.positionId,
              }))}
            />
            <fieldset className="mt-2">
              <legend className="fs-6 fw-semibold">{t('officeOffers.otherCandidate')}</legend>
              <QueryView query={candidates}>
                {(list) =>
                  list.length === 0 ? (
                    <p>{t('officeOffers.otherNone')}</p>
                  ) : (
                    byRanking(list).map(({ first, candidates: group }, groupIndex) => (
                      <fieldset
                        key={first.rankingId}
                        className="border-top pt-2 mt-2"
                        data-testid="other-ranking-group"
                      >
                        <legend className="fs-6 fw-semibold float-none w-100 mb-1 text-break">
                          {first.rankingTitle}{' '}
                          <span className="d-block small fw-normal">
                            {t('officeOffers.otherCall', { call: first.callTitle })}
                          </span>
                        </legend>
                        <ul className="list-unstyled mb-0">
                          {group.map((c, index) => {
                            const value = `${c.rankingId}|${c.applicationId}`;
                            const id = `${ids.candidate}-${groupIndex}-${index}`;
                            return (
                              <li key={value} className="py-1" data-testid="other-candidate">
                                <div className="form-check my-0">
                                  <input
                                    className="form-check-input"
                                    type="radio"
                                    name={ids.candidate}
                                    id={id}
                                    value={value}
                                    checked={choice === value}
                                    onChange={() => setChoice(value)}
                                  />
                                  <label className="form-check-label fw-normal text-break" htmlFor={id}>
                                    {labelOf(c)}
                                  </label>
                                </div>
                                <Link
                                  className="small ms-4 ps-2"
                                  to={`/calls/${encodeURIComponent(c.callId)}/rankings`}
                                >
                                  {t('officeOffers.otherRankingLink')}
                                </Link>
                              </li>
                            );
                          })}
                        </ul>
                      </fieldset>
                    ))
                  )
                }
              </QueryView>
            </fieldset>
            {make.isError && <ErrorAlert error={make.error} />}
          </ModalBody>
          <ModalFooter>
            <Button color="secondary" outline type="button" onClick={close} disabled={make.isPending}>
              {t('officeOffers.cancel')}
            </Button>
            <Button color="primary" type="submit" disabled={make.isPending || !choice || !positionId}>
              {t('officeOffers.otherConfirm')}
            </Button>
          </ModalFooter>
        </form>
      </Modal>
    </>
  );
};
