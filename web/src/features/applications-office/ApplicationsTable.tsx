import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallApplicationRow } from '../../../../api/applications-office.ts';
import { formatDateTime } from '../../components/format.ts';
import { translateDynamic } from '../../i18n/dynamic.ts';
import { applicationPath } from './queries.ts';

/** Applications as rows: each opens the read-only application; no control here changes one. */
export const ApplicationsTable = ({
  callId,
  rows,
  total,
}: {
  callId: string;
  rows: CallApplicationRow[];
  total: number;
}) => {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p>{t('officeApplications.none')}</p>;
  return (
    <Table responsive className="align-middle">
      <caption>{t('common.results', { count: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officeApplications.protocol')}</th>
          <th scope="col">{t('officeApplications.confirmedAt')}</th>
          <th scope="col">{t('officeApplications.candidate')}</th>
          <th scope="col">{t('officeApplications.programme')}</th>
          <th scope="col">{t('officeApplications.positions')}</th>
          <th scope="col" className="text-end">
            {t('officeApplications.attachments')}
          </th>
          <th scope="col">{t('officeApplications.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link
                to={applicationPath(callId, row.id)}
                aria-label={t('officeApplications.openApplication', { protocol: row.protocolNumber ?? '' })}
              >
                {row.protocolNumber}
              </Link>
            </th>
            <td>{formatDateTime(row.confirmedAt, i18n.language)}</td>
            <td>
              {row.familyName} {row.givenName}
              {row.studentNumber && (
                <div className="small">
                  {t('officeApplications.studentNumber', { number: row.studentNumber })}
                </div>
              )}
            </td>
            <td>
              {row.programmeType && row.yearOfCourse
                ? t('officeApplications.programmeYear', {
                    type: translateDynamic(
                      i18n,
                      `career.programmeTypes.${row.programmeType}`,
                      row.programmeType,
                    ),
                    year: row.yearOfCourse,
                  })
                : '—'}
              {row.programmeName && <div className="small">{row.programmeName}</div>}
            </td>
            <td>
              <ol className="mb-0 ps-3">
                {row.positions.map((position) => (
                  <li key={position.positionId}>
                    {t('officeApplications.positionLabel', {
                      ordinal: position.ordinal,
                      activityType: position.activityType,
                      unit: position.unitName,
                    })}
                  </li>
                ))}
              </ol>
            </td>
            <td className="text-end">{row.attachmentCount}</td>
            <td>
              {t(`officeApplications.statuses.${row.status}`)}
              {row.withdrawnAt && (
                <div className="small">{formatDateTime(row.withdrawnAt, i18n.language)}</div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};
