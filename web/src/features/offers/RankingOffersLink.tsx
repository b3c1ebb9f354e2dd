import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rankingOffersPath } from './queries.ts';

/** From a definitive ranking (in the office's rankings) to its offers and draw-down. */
export const RankingOffersLink = ({ callId, rankingId }: { callId: string; rankingId: string }) => {
  const { t } = useTranslation();
  return (
    <Link className="btn btn-outline-primary btn-sm" to={rankingOffersPath(callId, rankingId)}>
      {t('officeOffers.link')}
    </Link>
  );
};
