import { useQuery } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Funding, FundingListSchema } from '../../../../api/funding.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { AllocationChart } from './AllocationChart.tsx';
import { AllocationForm } from './AllocationForm.tsx';
import { FundingForm } from './FundingForm.tsx';
import { euros } from './money-format.ts';

const SOURCES = ['ministry', 'university', 'other'] as const;
const isSource = (source: string): source is (typeof SOURCES)[number] =>
  (SOURCES as readonly string[]).includes(source);

const FundingSection = ({
  funding,
  canManage,
  onNotice,
}: {
  funding: Funding;
  canManage: boolean;
  onNotice: (text: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [splitting, setSplitting] = useState(false);
  const formId = `split-${funding.id}`;
  return (
    <section aria-labelledby={`funding-${funding.id}`} className="mb-5">
      <h2 id={`funding-${funding.id}`} className="h4">
        {funding.title}
      </h2>
      <dl className="row mb-2">
        <dt className="col-sm-3">{t('funding.source')}</dt>
        <dd className="col-sm-9">
          {isSource(funding.source) ? t(`funding.sources.${funding.source}`) : funding.source}
        </dd>
        <dt className="col-sm-3">{t('funding.year')}</dt>
        <dd className="col-sm-9">{funding.year}</dd>
        <dt className="col-sm-3">{t('funding.amount')}</dt>
        <dd className="col-sm-9">{euros(funding.amountCents, i18n.language)}</dd>
        <dt className="col-sm-3">{t('funding.reserved')}</dt>
        <dd className="col-sm-9">{euros(funding.reservedCents, i18n.language)}</dd>
        <dt className="col-sm-3">{t('funding.committed')}</dt>
        <dd className="col-sm-9" data-testid={`committed-${funding.id}`}>
          {euros(funding.committedCents, i18n.language)}
          {(funding.commitments ?? []).length > 0 && (
            <ul className="mb-0 small">
              {(funding.commitments ?? []).map((c) => (
                <li key={c.rankingId}>
                  {t('funding.commitmentItem', {
                    amount: euros(c.amountCents, i18n.language),
                    ranking: c.rankingTitle,
                    call: c.callCode,
                    decree: c.decreeNumber,
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
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
        <>
          <AllocationChart id={`chart-${funding.id}`} shares={funding.allocations} />
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
                  <td className="text-end text-nowrap">{euros(allocation.amountCents, i18n.language)}</td>
                  <td>
                    {t(`funding.methods.${allocation.method}`)}
                    {allocation.basis !== null && ` (${t('funding.basis')}: ${allocation.basis})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      {canManage && (
        <>
          <Button
            type="button"
            color="primary"
            outline
            size="sm"
            className="mb-3"
            aria-expanded={splitting}
            aria-controls={formId}
            onClick={() => setSplitting(!splitting)}
          >
            {splitting ? t('funding.splitClose') : t('funding.splitOpen')}
          </Button>
          <div id={formId}>
            {splitting && (
              <AllocationForm
                funding={funding}
                onSaved={() => {
                  setSplitting(false);
                  onNotice(t('funding.saved', { title: funding.title }));
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
};

/** The money for tutoring (ministry fund of a year, university money) and how it is split across units. */
export const FundingPage = () => {
  const { t } = useTranslation();
  const canManage = useCan('funding.manage');
  const [notice, setNotice] = useState('');
  const query = useQuery({ queryKey: ['funding'], queryFn: () => apiGet('/api/funding', FundingListSchema) });
  return (
    <Page title={t('nav.pages.funding')} lead={t('funding.lead')}>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      {canManage && <FundingForm onCreated={(title) => setNotice(t('funding.created', { title }))} />}
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('funding.none')}</p>
          ) : (
            items.map((funding) => (
              <FundingSection key={funding.id} funding={funding} canManage={canManage} onNotice={setNotice} />
            ))
          )
        }
      </QueryView>
    </Page>
  );
};
