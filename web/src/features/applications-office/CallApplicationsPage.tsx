import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CallApplicationsSummary } from '../../../../api/applications-office.ts';
import { ExportLink } from '../../components/ExportLink.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { APPLICATION_FILTERS, ApplicationsFilters } from './ApplicationsFilters.tsx';
import { ApplicationsTable } from './ApplicationsTable.tsx';
import { PositionsChart } from './PositionsChart.tsx';
import { callQuery, exportPath, listQuery, summaryQuery } from './queries.ts';
import { SummaryCards } from './SummaryCards.tsx';

const PAGE_SIZE = 50;

const UnitsTable = ({ units }: { units: CallApplicationsSummary['units'] }) => {
  const { t } = useTranslation();
  return (
    <Table responsive size="sm">
      <caption>{t('officeApplications.unitsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officeApplications.unit')}</th>
          <th scope="col" className="text-end">
            {t('officeApplications.applications')}
          </th>
          <th scope="col" className="text-end">
            {t('officeApplications.grants')}
          </th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.unitId}>
            <th scope="row">{unit.unitName}</th>
            <td className="text-end">{unit.confirmed}</td>
            <td className="text-end">{unit.grants}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

const DaysTable = ({ days }: { days: CallApplicationsSummary['perDay'] }) => {
  const { t, i18n } = useTranslation();
  if (days.length === 0) return <p>{t('officeApplications.noDays')}</p>;
  return (
    <Table responsive size="sm">
      <caption>{t('officeApplications.daysCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officeApplications.day')}</th>
          <th scope="col" className="text-end">
            {t('officeApplications.applications')}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{formatDate(day.date, i18n.language)}</th>
            <td className="text-end">{day.confirmed}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

/** A call's applications as they arrive (issue 3): figures, a chart per position, the filtered list, export. */
export const CallApplicationsPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { filters, page, apply } = useListParams(APPLICATION_FILTERS);
  const call = useQuery(callQuery(id));
  const summary = useQuery(summaryQuery(id));
  const list = useQuery(listQuery(id, { ...filters, page, pageSize: PAGE_SIZE }));
  const title = call.data
    ? t('officeApplications.title', { title: call.data.title })
    : t('officeApplications.link');
  const trail = [
    { label: t('nav.pages.calls'), to: '/calls' },
    ...(call.data ? [{ label: call.data.code, to: `/calls/${encodeURIComponent(id)}` }] : []),
  ];
  return (
    <Page title={title} trail={trail} lead={t('officeApplications.lead')}>
      <QueryView query={summary}>
        {(figures) => (
          <>
            <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
              <p className="mb-0" aria-live="polite">
                {t('officeApplications.asOf', { time: formatDateTime(figures.asOf, i18n.language) })}
              </p>
              <Button
                color="secondary"
                outline
                size="xs"
                onClick={() => queryClient.invalidateQueries({ queryKey: ['call-applications', id] })}
              >
                {t('officeApplications.refresh')}
              </Button>
            </div>
            <section aria-labelledby="applications-summary-title">
              <h2 id="applications-summary-title" className="h4">
                {t('officeApplications.summaryTitle')}
              </h2>
              <SummaryCards counts={figures.counts} />
              <PositionsChart positions={figures.positions} />
              <div className="row">
                <div className="col-lg-7">
                  <h3 className="h5">{t('officeApplications.unitsTitle')}</h3>
                  <UnitsTable units={figures.units} />
                </div>
                <div className="col-lg-5">
                  <h3 className="h5">{t('officeApplications.daysTitle')}</h3>
                  <DaysTable days={figures.perDay} />
                </div>
              </div>
            </section>
          </>
        )}
      </QueryView>
      <section aria-labelledby="applications-list-title" className="mt-4">
        <h2 id="applications-list-title" className="h4">
          {t('officeApplications.listTitle')}
        </h2>
        <ApplicationsFilters
          key={JSON.stringify(filters)}
          initial={filters}
          summary={summary.data}
          onApply={apply}
        />
        <div className="d-flex justify-content-end mb-3">
          <ExportLink path={exportPath(id)} params={filters} />
        </div>
        <QueryView query={list}>
          {(result) => (
            <>
              <ApplicationsTable callId={id} rows={result.items} total={result.total} />
              <Pagination page={result.page} pageSize={result.pageSize} total={result.total} />
            </>
          )}
        </QueryView>
      </section>
    </Page>
  );
};
