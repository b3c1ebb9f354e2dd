import { useQuery } from '@tanstack/react-query';
import { Alert, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RankingSchema } from '../../../../api/rankings.ts';
import { apiGet } from '../../api/client.ts';
import { ExportLink } from '../../components/ExportLink.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { CapsNotice } from './CapsNotice.tsx';
import { OtherRankingDialog } from './OtherRankingDialog.tsx';
import { fetchRankingOffers, lastDayText, rankingOffersKey } from './queries.ts';
import { ReturnedHoursSection } from './ReturnedHoursSection.tsx';
import { StartOffersDialog } from './StartOffersDialog.tsx';
import { WithdrawOfferDialog } from './WithdrawOfferDialog.tsx';

const STATE_COLOR = {
  'not-started': 'info',
  filled: 'success',
  waiting: 'info',
  exhausted: 'warning',
  'blocked-by-ties': 'danger',
} as const;

/**
 * The office's view of a definitive ranking's offers (seed 001 art. 8, seed 004 art. 8): who was offered which grant,
 * why (winner or draw-down), the answer or the last day to give it, and where the draw-down stands.
 */
export const RankingOffersPage = () => {
  const { t, i18n } = useTranslation();
  const { id: callId = '', rankingId = '' } = useParams();
  const [message, setMessage] = useState<string | null>(null);
  const ranking = useQuery({
    queryKey: ['rankings', 'one', rankingId],
    queryFn: () => apiGet(`/api/rankings/${encodeURIComponent(rankingId)}`, RankingSchema),
  });
  const offers = useQuery({
    queryKey: rankingOffersKey(rankingId),
    queryFn: () => fetchRankingOffers(rankingId),
  });
  const title = ranking.data
    ? t('officeOffers.title', { ranking: ranking.data.title })
    : t('officeOffers.titleShort');
  const names = new Map(
    (ranking.data?.entries ?? []).map((e) => [
      e.applicationId,
      `${e.familyName} ${e.givenName} (${e.protocolNumber})`,
    ]),
  );
  return (
    <Page title={title} trail={[{ label: t('nav.pages.calls'), to: '/calls' }]}>
      <p>
        <Link to={`/calls/${encodeURIComponent(callId)}/rankings`}>{t('officeOffers.backToRankings')}</Link>
      </p>
      <div aria-live="polite">
        {message && (
          <Alert color="success" fade={false}>
            {message}
          </Alert>
        )}
      </div>
      <QueryView query={offers}>
        {(view) => (
          <>
            <Alert color={STATE_COLOR[view.state]} fade={false}>
              {t(`officeOffers.state.${view.state}`)}
              {view.vacant.length > 0 &&
                ` ${t('officeOffers.vacant', { count: view.vacant.reduce((n, v) => n + v.vacant, 0) })}`}
              {view.ties.length > 0 &&
                ` ${view.ties.map((tie) => tie.map((id) => names.get(id) ?? id).join(', ')).join('; ')}`}
            </Alert>
            <div className="d-flex gap-2 flex-wrap mb-3">
              {(ranking.data?.status === 'definitive' || ranking.data?.status === 'in-use') && (
                <StartOffersDialog
                  rankingId={rankingId}
                  started={ranking.data.status === 'in-use'}
                  onStarted={(made) => setMessage(t('officeOffers.made', { count: made }))}
                />
              )}
              {view.canDrawFromOtherRankings && (
                <OtherRankingDialog
                  rankingId={rankingId}
                  vacant={view.vacant}
                  positionNames={new Map(view.items.map((o) => [o.positionId, o.activityType] as const))}
                  onMade={setMessage}
                />
              )}
              {view.items.length > 0 && (
                <ExportLink
                  path={`/api/rankings/${encodeURIComponent(rankingId)}/offers/export.xlsx`}
                  params={{}}
                />
              )}
            </div>
            {view.items.length === 0 ? (
              <p>{t('officeOffers.none')}</p>
            ) : (
              <Table responsive size="sm">
                <caption>{t('officeOffers.caption', { count: view.items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('officeOffers.sequence')}</th>
                    <th scope="col">{t('officeOffers.candidate')}</th>
                    <th scope="col">{t('officeOffers.position')}</th>
                    <th scope="col">{t('officeOffers.reason')}</th>
                    <th scope="col">{t('officeOffers.status')}</th>
                    <th scope="col">{t('officeOffers.lastDay')}</th>
                    <th scope="col">{t('officeOffers.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.items.map((offer) => {
                    const name = `${offer.familyName} ${offer.givenName}`;
                    return (
                      <tr key={offer.id} data-testid="office-offer">
                        <td>{offer.sequence}</td>
                        <th scope="row" className="fw-normal">
                          {offer.familyName} {offer.givenName} ({offer.protocolNumber ?? '—'})
                        </th>
                        <td>
                          {t('officeOffers.grant', {
                            position: offer.activityType,
                            number: offer.grantNumber,
                          })}
                          {offer.reason === 'returned-hours' &&
                            ` (${t('officeOffers.hoursShort', { hours: offer.hours })})`}
                        </td>
                        <td>
                          {t(`officeOffers.reasons.${offer.reason}`)}
                          {offer.sourceRankingTitle &&
                            ` ${t('officeOffers.fromRanking', { ranking: offer.sourceRankingTitle })}`}
                        </td>
                        <td>
                          {t(`offers.status.${offer.status}`)}
                          {offer.caps && (
                            <CapsNotice
                              caps={offer.caps}
                              warnTitle={t('officeOffers.capsWarn')}
                              blockTitle={t('officeOffers.capsBlock')}
                            />
                          )}
                        </td>
                        <td>{lastDayText(offer.lastDay, i18n.language)}</td>
                        <td>
                          {offer.status === 'pending' && (
                            <WithdrawOfferDialog
                              rankingId={rankingId}
                              offerId={offer.id}
                              name={name}
                              onWithdrawn={setMessage}
                            />
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            )}
            {view.order.length > 0 && (
              <section aria-labelledby="offers-order-title" className="mt-4">
                <h2 id="offers-order-title" className="h5">
                  {t('officeOffers.orderTitle')}
                </h2>
                <ol>
                  {view.order.map((id) => (
                    <li key={id}>{names.get(id) ?? id}</li>
                  ))}
                </ol>
                {view.excluded.length > 0 && (
                  <p>
                    {t('officeOffers.excluded', {
                      names: view.excluded.map((id) => names.get(id) ?? id).join(', '),
                    })}
                  </p>
                )}
              </section>
            )}
            <ReturnedHoursSection
              rankingId={rankingId}
              returned={view.returnedHours}
              onOffered={setMessage}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
};
