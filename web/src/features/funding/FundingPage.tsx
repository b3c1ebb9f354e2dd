import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { FundingListSchema } from '../../../../api/funding.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';

const euros = (cents: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
  }).format(cents / 100);

/** The money for tutoring (ministry fund of a year, university money) and how it is split across units. */
export const FundingPage = () => {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['funding'], queryFn: () => apiGet('/api/funding', FundingListSchema) });
  return (
    <Page title={t('nav.pages.funding')} lead={t('funding.lead')}>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('funding.none')}</p>
          ) : (
            items.map((funding) => (
              <section key={funding.id} aria-labelledby={`funding-${funding.id}`} className="mb-5">
                <h2 id={`funding-${funding.id}`} className="h4">
                  {funding.title}
                </h2>
                <dl className="row mb-2">
                  <dt className="col-sm-3">{t('funding.year')}</dt>
                  <dd className="col-sm-9">{funding.year}</dd>
                  <dt className="col-sm-3">{t('funding.amount')}</dt>
                  <dd className="col-sm-9">{euros(funding.amountCents, i18n.language)}</dd>
                  <dt className="col-sm-3">{t('funding.committed')}</dt>
                  <dd className="col-sm-9">{euros(funding.committedCents, i18n.language)}</dd>
                  <dt className="col-sm-3">{t('funding.remaining')}</dt>
                  <dd className="col-sm-9">{euros(funding.remainingCents, i18n.language)}</dd>
                  {funding.reference && (
                    <>
                      <dt className="col-sm-3">{t('funding.reference')}</dt>
                      <dd className="col-sm-9">{funding.reference}</dd>
                    </>
                  )}
                </dl>
                {funding.allocations.length > 0 && (
                  <Table responsive size="sm" className="align-middle">
                    <caption>{t('funding.allocationsCaption', { title: funding.title })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('funding.unit')}</th>
                        <th scope="col" className="text-end">
                          {t('funding.amount')}
                        </th>
                        <th scope="col">{t('funding.method')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {funding.allocations.map((allocation) => (
                        <tr key={allocation.unitCode}>
                          <th scope="row" className="fw-normal">
                            {allocation.unitName}
                          </th>
                          <td className="text-end text-nowrap">
                            {euros(allocation.amountCents, i18n.language)}
                          </td>
                          <td>{t(`funding.methods.${allocation.method}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </section>
            ))
          )
        }
      </QueryView>
    </Page>
  );
};
