import { useQuery } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportLink } from '../../components/ExportLink.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { ChecklistDialog } from './ChecklistDialog.tsx';
import { WithdrawalNoticeAlert } from './office/WithdrawalNoticeAlert.tsx';
import { PayoutDialog, PayoutOrderLinks, PayoutStatus } from './PayoutDialog.tsx';
import {
  AWAITING_KEY,
  dayText,
  euroText,
  fetchAwaiting,
  fetchFilteredRegister,
  REGISTER_KEY,
} from './queries.ts';
import { REGISTER_FILTERS, RegisterFilters, registerQueryOf } from './RegisterFilters.tsx';
import { SignDialog } from './SignDialog.tsx';

/**
 * The tutors' register (seed 003, "Dati tutor"): the accepted offers still waiting for their appointment, then every
 * appointment with its letter, filtered by call, unit, academic year, status or a search on the tutor (kept in the
 * address, so a filtered register can be bookmarked) and exported to Excel with the same filters.
 */
export const RegisterPage = () => {
  const { t, i18n } = useTranslation();
  const { filters, apply } = useListParams(REGISTER_FILTERS);
  const query = registerQueryOf(filters);
  const filtered = Object.keys(query).length > 0;
  const awaiting = useQuery({ queryKey: AWAITING_KEY, queryFn: fetchAwaiting });
  const register = useQuery({
    queryKey: [...REGISTER_KEY, 'list', query],
    queryFn: () => fetchFilteredRegister(query),
  });
  return (
    <Page title={t('appointments.registerTitle')} lead={t('appointments.registerLead')}>
      <section aria-labelledby="awaiting-title" className="mb-4">
        <h2 id="awaiting-title" className="h4">
          {t('appointments.awaitingTitle')}
        </h2>
        <QueryView query={awaiting}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('appointments.noneAwaiting')}</p>
            ) : (
              <ul>
                {items.map((offer) => (
                  <li key={offer.offerId}>
                    <Link to={`/appointments/new/${encodeURIComponent(offer.offerId)}`}>
                      {t('appointments.appoint', { name: offer.tutorName })}
                    </Link>{' '}
                    — {offer.callTitle}, {offer.activityType}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
      <h2 className="h4">{t('appointments.registerHeading')}</h2>
      <RegisterFilters key={JSON.stringify(filters)} initial={filters} onApply={apply} />
      <div className="d-flex justify-content-end mb-3">
        <ExportLink path="/api/appointments/export.xlsx" params={query} />
      </div>
      <QueryView query={register}>
        {(items) =>
          items.length === 0 ? (
            filtered ? (
              <div role="status" className="mb-3">
                <p>{t('appointments.noneFiltered')}</p>
                <Button type="button" color="primary" outline size="sm" onClick={() => apply({})}>
                  {t('common.reset')}
                </Button>
              </div>
            ) : (
              <p>{t('appointments.none')}</p>
            )
          ) : (
            <Table responsive size="sm">
              <caption>{t('appointments.caption', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('appointments.tutor')}</th>
                  <th scope="col">{t('appointments.call')}</th>
                  <th scope="col">{t('appointments.unit')}</th>
                  <th scope="col">{t('appointments.period')}</th>
                  <th scope="col">{t('appointments.hours')}</th>
                  <th scope="col">{t('appointments.amount')}</th>
                  <th scope="col">{t('appointments.statusFilter')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id} data-testid="appointment-row">
                    <th scope="row" className="fw-normal">
                      <Link to={`/appointments/${encodeURIComponent(a.id)}`}>{a.tutorName}</Link> (
                      {a.studentNumber ?? '—'})
                    </th>
                    <td>
                      {a.callCode} — {a.activityType}
                    </td>
                    <td>{a.unitName}</td>
                    <td>
                      {t('appointments.fromTo', {
                        from: dayText(a.terms.startDate),
                        to: dayText(a.terms.endDate),
                      })}
                    </td>
                    <td>{a.hours}</td>
                    <td>{euroText(a.grossCents, i18n.language)}</td>
                    <td>
                      {t(`appointments.status.${a.status}`)}
                      {a.protocol && ` (${a.protocol.number})`}
                      {a.payout && (
                        <div className="small">
                          <PayoutStatus payout={a.payout} />
                        </div>
                      )}
                      <WithdrawalNoticeAlert appointment={a} compact />
                    </td>
                    <td className="d-flex gap-2 flex-wrap">
                      <a href={`/api/appointments/${encodeURIComponent(a.id)}/letter.pdf`} download>
                        {t('appointments.letter')}
                      </a>
                      {a.status === 'generated' && <SignDialog appointment={a} />}
                      <ChecklistDialog appointment={a} />
                      {a.payout?.status === 'due' && <PayoutDialog appointment={a} />}
                      <PayoutOrderLinks appointment={a} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </Page>
  );
};
