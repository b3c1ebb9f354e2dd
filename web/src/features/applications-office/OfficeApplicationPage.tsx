import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OfficeApplication } from '../../../../api/applications-office.ts';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { translateDynamic } from '../../i18n/dynamic.ts';
import { Page } from '../../layout/Page.tsx';
import { applicationQuery, attachmentPath, callQuery } from './queries.ts';

const sizeText = (bytes: number, language: string) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} kB`
    : `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;

const DeclaredTitles = ({ application }: { application: OfficeApplication }) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'it';
  const lists = Object.entries(application.declaredTitles).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0,
  );
  const situations = Object.entries(application.declaredTitles).filter(([, value]) => value === true);
  const labelOf = (id: string) =>
    application.titleCriteria.find((criterion) => criterion.id === id)?.label[language] ?? id;
  if (lists.length === 0 && situations.length === 0) return <p>{t('officeApplications.noTitles')}</p>;
  return (
    <>
      {lists.map(([id, items]) => (
        <div key={id} className="mb-3">
          <h3 className="h6">{labelOf(id)}</h3>
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      {situations.length > 0 && (
        <div className="mb-3">
          <h3 className="h6">{t('officeApplications.situations')}</h3>
          <ul>
            {situations.map(([id]) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
};

/** One confirmed application as the office reads it. Nothing on this page changes it. */
export const OfficeApplicationPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '', applicationId = '' } = useParams();
  const call = useQuery(callQuery(id));
  const query = useQuery(applicationQuery(id, applicationId));
  const language = i18n.language === 'en' ? 'en' : 'it';
  const title = query.data
    ? t('officeApplications.detailTitle', { protocol: query.data.protocolNumber ?? '' })
    : t('officeApplications.link');
  const trail = [
    { label: t('nav.pages.calls'), to: '/calls' },
    ...(call.data ? [{ label: call.data.code, to: `/calls/${encodeURIComponent(id)}` }] : []),
    { label: t('officeApplications.link'), to: `/calls/${encodeURIComponent(id)}/applications` },
  ];
  const attachmentLabel = (code: string) =>
    call.data?.requiredAttachments.find((attachment) => attachment.code === code)?.label[language] ?? code;
  return (
    <Page title={title} trail={trail} lead={t('officeApplications.readOnly')}>
      <QueryView query={query}>
        {(application) => (
          <>
            <dl className="row mb-4">
              <dt className="col-sm-4">{t('officeApplications.candidate')}</dt>
              <dd className="col-sm-8">
                {application.familyName} {application.givenName}
                {application.studentNumber &&
                  ` · ${t('officeApplications.studentNumber', { number: application.studentNumber })}`}
              </dd>
              <dt className="col-sm-4">{t('officeApplications.programme')}</dt>
              <dd className="col-sm-8">
                {application.programmeType && application.yearOfCourse
                  ? t('officeApplications.programmeYear', {
                      type: translateDynamic(
                        i18n,
                        `career.programmeTypes.${application.programmeType}`,
                        application.programmeType,
                      ),
                      year: application.yearOfCourse,
                    })
                  : '—'}
                {application.programmeName && ` · ${application.programmeName}`}
              </dd>
              <dt className="col-sm-4">{t('officeApplications.status')}</dt>
              <dd className="col-sm-8">{t(`officeApplications.statuses.${application.status}`)}</dd>
              <dt className="col-sm-4">{t('officeApplications.confirmedAt')}</dt>
              <dd className="col-sm-8">{formatDateTime(application.confirmedAt, i18n.language)}</dd>
              {application.withdrawnAt && (
                <>
                  <dt className="col-sm-4">{t('officeApplications.withdrawnAt')}</dt>
                  <dd className="col-sm-8">{formatDateTime(application.withdrawnAt, i18n.language)}</dd>
                </>
              )}
              <dt className="col-sm-4">{t('officeApplications.contactEmail')}</dt>
              <dd className="col-sm-8">{application.contactEmail ?? t('common.none')}</dd>
              <dt className="col-sm-4">{t('officeApplications.callVersion')}</dt>
              <dd className="col-sm-8">{application.callVersion ?? '—'}</dd>
            </dl>
            <section aria-labelledby="application-positions-title" className="mb-4">
              <h2 id="application-positions-title" className="h4">
                {t('officeApplications.preferences')}
              </h2>
              <ol>
                {application.positions.map((position) => (
                  <li key={position.positionId}>
                    {t('officeApplications.positionLabel', {
                      ordinal: position.ordinal,
                      activityType: position.activityType,
                      unit: position.unitName,
                    })}
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="application-titles-title" className="mb-4">
              <h2 id="application-titles-title" className="h4">
                {t('officeApplications.titlesTitle')}
              </h2>
              <DeclaredTitles application={application} />
            </section>
            <section aria-labelledby="application-attachments-title" className="mb-4">
              <h2 id="application-attachments-title" className="h4">
                {t('officeApplications.attachmentsTitle')}
              </h2>
              {application.attachments.length === 0 ? (
                <p>{t('officeApplications.noAttachments')}</p>
              ) : (
                <>
                  <Table responsive size="sm">
                    <thead>
                      <tr>
                        <th scope="col">{t('officeApplications.code')}</th>
                        <th scope="col">{t('officeApplications.fileName')}</th>
                        <th scope="col">{t('officeApplications.size')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {application.attachments.map((attachment) => (
                        <tr key={attachment.id}>
                          <th scope="row">{attachmentLabel(attachment.code)}</th>
                          <td>
                            <a
                              href={attachmentPath(id, application.id, attachment.id)}
                              download={attachment.fileName}
                              aria-label={t('officeApplications.download', { name: attachment.fileName })}
                            >
                              {attachment.fileName}
                            </a>
                            <div className="small">{attachment.contentType}</div>
                          </td>
                          <td>{sizeText(attachment.sizeBytes, i18n.language)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                  <p className="small">{t('officeApplications.downloadNote')}</p>
                </>
              )}
            </section>
          </>
        )}
      </QueryView>
    </Page>
  );
};
