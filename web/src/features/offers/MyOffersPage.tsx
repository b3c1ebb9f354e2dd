import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Row } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { OfferCard } from './OfferCard.tsx';
import { fetchOwnOffers, OWN_OFFERS_KEY } from './queries.ts';

/** A candidate's offers of tutoring grants: the pending ones to answer first, then the history. */
export const MyOffersPage = () => {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ color: 'success' | 'danger'; text: string } | null>(null);
  const query = useQuery({ queryKey: OWN_OFFERS_KEY, queryFn: fetchOwnOffers });
  return (
    <Page title={t('offers.title')} lead={t('offers.lead')}>
      <div aria-live="polite">
        {message && (
          <Alert color={message.color} fade={false}>
            {message.text}
          </Alert>
        )}
      </div>
      <QueryView query={query}>
        {(offers) =>
          offers.length === 0 ? (
            <p>{t('offers.none')}</p>
          ) : (
            <Row className="g-3">
              {[...offers]
                .sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'))
                .map((offer) => (
                  <Col key={offer.id} md={6}>
                    <OfferCard
                      offer={offer}
                      onAnswered={(text) => setMessage({ color: 'success', text })}
                      onFailed={(text) => setMessage({ color: 'danger', text })}
                    />
                  </Col>
                ))}
            </Row>
          )
        }
      </QueryView>
    </Page>
  );
};
