import { Badge, Card } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnOffer } from '../../../../api/offers.ts';
import { AnswerDialog } from './AnswerDialog.tsx';
import { CapsNotice } from './CapsNotice.tsx';
import { euroText, lastDayText } from './queries.ts';

const STATUS_COLOR: Record<OwnOffer['status'], string> = {
  pending: 'warning',
  accepted: 'success',
  refused: 'secondary',
  expired: 'secondary',
  withdrawn: 'secondary',
};

/** One offer: the grant, the last day to answer in Rome time, and the two answers while it waits. */
export const OfferCard = ({
  offer,
  onAnswered,
  onFailed,
}: {
  offer: OwnOffer;
  onAnswered: (message: string) => void;
  onFailed: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const day = lastDayText(offer.lastDay, i18n.language);
  return (
    <Card shadow="sm" rounded className="h-100" tag="section" aria-labelledby={titleId} testId="offer-card">
      <div className="it-card-body p-4">
        <p className="small text-uppercase fw-semibold mb-2">{offer.callTitle}</p>
        <h2 id={titleId} className="h5 mb-2">
          {offer.activityType} — {offer.unitName}
        </h2>
        <Badge color={STATUS_COLOR[offer.status]} className="mb-3">
          {t(`offers.status.${offer.status}`)}
        </Badge>
        <dl className="row mb-3">
          <dt className="col-sm-5">{t('offers.hours')}</dt>
          <dd className="col-sm-7">{offer.hours}</dd>
          <dt className="col-sm-5">{t('offers.amount')}</dt>
          <dd className="col-sm-7">{euroText(offer.amountCents, i18n.language)}</dd>
          <dt className="col-sm-5">{t('offers.protocol')}</dt>
          <dd className="col-sm-7">{offer.protocolNumber ?? '—'}</dd>
          <dt className="col-sm-5">{t('offers.ranking')}</dt>
          <dd className="col-sm-7">{offer.rankingTitle}</dd>
        </dl>
        {offer.status === 'pending' ? (
          <>
            {offer.reason === 'other-ranking' && (
              <p className="fw-semibold">
                {t('offers.otherRankingNote', { ranking: offer.sourceRankingTitle ?? '' })}
              </p>
            )}
            {offer.reason === 'returned-hours' && <p>{t('offers.returnedHoursNote')}</p>}
            <p className="fw-semibold">{t('offers.deadline', { day })}</p>
            {(offer.reason === 'winner' || offer.reason === 'draw-down') && (
              <p className="small">{t('offers.deadlineHelp')}</p>
            )}
            {offer.caps && (
              <CapsNotice
                caps={offer.caps}
                warnTitle={t('offers.capsWarn')}
                blockTitle={t('offers.capsBlock')}
              />
            )}
            <div className="d-flex gap-2 flex-wrap">
              {offer.caps?.verdict !== 'block' && (
                <AnswerDialog offer={offer} answer="accept" onAnswered={onAnswered} onFailed={onFailed} />
              )}
              <AnswerDialog offer={offer} answer="refuse" onAnswered={onAnswered} onFailed={onFailed} />
            </div>
          </>
        ) : (
          offer.status === 'expired' && <p>{t('offers.expiredText', { day })}</p>
        )}
      </div>
    </Card>
  );
};
