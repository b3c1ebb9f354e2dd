import { Icon, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { MyApplicationSchema } from '../../../../api/applications.ts';
import { romeDateTime } from './application-format.ts';
import { receiptHref } from './applications-api.ts';
import { useNow } from './use-now.ts';
import { WithdrawButton } from './WithdrawButton.tsx';

type MyApplication = z.infer<typeof MyApplicationSchema>;

const STATUS_BADGE = { draft: 'bg-secondary', confirmed: 'bg-success', withdrawn: 'bg-dark' } as const;

/** The student's applications: status, protocol number, the receipt once confirmed, withdrawal before the deadline. */
export const MyApplicationsTable = ({
  items,
  onWithdrawn,
}: {
  items: MyApplication[];
  onWithdrawn: (callTitle: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (items.length === 0) return <p>{t('applications.noneMine')}</p>;
  return (
    <Table responsive size="sm" className="align-middle">
      <caption>{t('applications.mineCaption', { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('applications.call')}</th>
          <th scope="col">{t('applications.status')}</th>
          <th scope="col">{t('applications.protocol')}</th>
          <th scope="col">{t('applications.deadline')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const open = new Date(item.closesAt).getTime() > now.getTime();
          const closes = romeDateTime(item.closesAt, i18n.language);
          return (
            <tr key={item.id} data-testid="my-application">
              <th scope="row" className="fw-normal">
                {item.callTitle}
                <div className="small text-muted">{item.callCode}</div>
              </th>
              <td>
                <span className={`badge ${STATUS_BADGE[item.status]}`}>
                  {t(`applications.statuses.${item.status}`)}
                </span>
                {item.confirmedAt && (
                  <div className="small">
                    {t('applications.confirmedOn', romeDateTime(item.confirmedAt, i18n.language, true))}
                  </div>
                )}
              </td>
              <td>{item.protocolNumber ?? '—'}</td>
              <td className="text-nowrap">{t('applications.at', closes)}</td>
              <td>
                <div className="d-flex flex-wrap gap-1">
                  {item.status !== 'withdrawn' && (
                    <Link className="btn btn-outline-primary btn-sm mb-1" to={`/applications/${item.id}`}>
                      {item.status === 'draft' && open ? t('applications.continue') : t('applications.view')}
                      <span className="visually-hidden"> · {item.callTitle}</span>
                    </Link>
                  )}
                  {item.status === 'confirmed' && (
                    <a className="btn btn-outline-primary btn-sm btn-icon mb-1" href={receiptHref(item.id)}>
                      <Icon icon="it-file-pdf" color="primary" size="sm" className="me-1" />
                      <span>{t('applications.receipt')}</span>
                      <span className="visually-hidden"> · {item.callTitle}</span>
                    </a>
                  )}
                  {item.status !== 'withdrawn' && open && (
                    <WithdrawButton
                      applicationId={item.id}
                      callTitle={item.callTitle}
                      onWithdrawn={() => onWithdrawn(item.callTitle)}
                    />
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
};
