import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RankingOffers } from '../../../../api/offers.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { euroText, lastDayText, offerReturnedHours, rankingOffersKey } from './queries.ts';

/**
 * "Ore restituite": appointments of this ranking that ended early and gave hours back to their position, with the
 * action to offer them to the next candidate (seed 001 art. 8 c.4, seed 004 art. 1); the draw-down then carries them.
 */
export const ReturnedHoursSection = ({
  rankingId,
  returned,
  onOffered,
}: {
  rankingId: string;
  returned: RankingOffers['returnedHours'];
  onOffered: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const offer = useMutation({
    mutationFn: (appointmentId: string) => offerReturnedHours(rankingId, appointmentId),
    onSuccess: (view) => {
      client.setQueryData(rankingOffersKey(rankingId), view);
      onOffered(t('officeOffers.returnedMade'));
    },
  });
  if (returned.length === 0) return null;
  return (
    <section aria-labelledby="returned-hours-title" className="mt-4">
      <h2 id="returned-hours-title" className="h5">
        {t('officeOffers.returnedTitle')}
      </h2>
      {offer.isError && <ErrorAlert error={offer.error} />}
      <Table responsive size="sm">
        <caption>{t('officeOffers.returnedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officeOffers.returnedTutor')}</th>
            <th scope="col">{t('officeOffers.returnedEnded')}</th>
            <th scope="col">{t('officeOffers.returnedHours')}</th>
            <th scope="col">{t('officeOffers.returnedAmount')}</th>
            <th scope="col">{t('officeOffers.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {returned.map((r) => (
            <tr key={r.appointmentId}>
              <th scope="row" className="fw-normal">
                {r.tutorName}
              </th>
              <td>{lastDayText(r.endedOn, i18n.language)}</td>
              <td>
                {r.hours}
                {r.assignedHours > 0 && (
                  <div className="small">
                    {t('officeOffers.returnedAssigned', { count: r.assignedHours })}
                  </div>
                )}
              </td>
              <td>{euroText(r.amountCents, i18n.language)}</td>
              <td className="d-flex flex-wrap gap-2 align-items-center">
                <Link
                  to={`/appointments/${encodeURIComponent(r.appointmentId)}#ore-restituite`}
                  aria-label={t('officeOffers.returnedDetailsLabel', { name: r.tutorName })}
                >
                  {t('officeOffers.returnedDetails')}
                </Link>
                {r.offered ? (
                  t('officeOffers.returnedOffered')
                ) : r.assignedHours >= r.hours ? (
                  t('officeOffers.returnedAllAssigned')
                ) : (
                  <Button
                    color="primary"
                    size="xs"
                    disabled={offer.isPending}
                    onClick={() => offer.mutate(r.appointmentId)}
                    aria-label={t('officeOffers.returnedOfferLabel', {
                      hours: r.hours - r.assignedHours,
                      name: r.tutorName,
                    })}
                  >
                    {t('officeOffers.returnedOffer')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
};
