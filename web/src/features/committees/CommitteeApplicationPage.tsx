import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OfficeApplication } from '../../../../api/applications-office.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { translateDynamic } from '../../i18n/dynamic.ts';
import { Page } from '../../layout/Page.tsx';
import { memberApplicationQuery, memberCallPath, myCallQuery } from './queries.ts';

const Titles = ({ application }: { application: OfficeApplication }) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'it';
  const lists = Object.entries(application.declaredTitles).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0,
  );
  const labelOf = (id: string) =>
    application.titleCriteria.find((criterion) => criterion.id === id)?.label[language] ?? id;
  if (lists.length === 0) return <p>{t('officeApplications.noTitles')}</p>;
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
    </>
  );
};

/** One confirmed application of the member's call, read-only (no special-category data ever reaches here). */
export const CommitteeApplicationPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '', applicationId = '' } = useParams();
  const mine = useQuery(myCallQuery(id));
  const query = useQuery(memberApplicationQuery(id, applicationId));
  const title = query.data
    ? t('officeApplications.detailTitle', { protocol: query.data.protocolNumber ?? '' })
    : t('committee.applications');
  const trail = [
    { label: t('nav.pages.committee'), to: '/committee' },
    { label: mine.data?.callCode ?? t('committee.title'), to: memberCallPath(id) },
  ];
  return (
    <Page title={title} trail={trail} lead={t('committee.readOnly')}>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && (
        <>
          <p className="mb-4">
            <Link
              className="btn btn-primary btn-sm"
              to={`/committee/calls/${encodeURIComponent(id)}/applications/${encodeURIComponent(applicationId)}/scores`}
            >
              {t('scoring.titleShort')}
            </Link>
          </p>
          <dl className="row mb-4">
            <dt className="col-sm-4">{t('officeApplications.candidate')}</dt>
            <dd className="col-sm-8">
              {query.data.familyName} {query.data.givenName}
              {query.data.studentNumber &&
                ` · ${t('officeApplications.studentNumber', { number: query.data.studentNumber })}`}
            </dd>
            <dt className="col-sm-4">{t('officeApplications.programme')}</dt>
            <dd className="col-sm-8">
              {query.data.programmeType && query.data.yearOfCourse
                ? t('officeApplications.programmeYear', {
                    type: translateDynamic(
                      i18n,
                      `career.programmeTypes.${query.data.programmeType}`,
                      query.data.programmeType,
                    ),
                    year: query.data.yearOfCourse,
                  })
                : '—'}
              {query.data.programmeName && ` · ${query.data.programmeName}`}
            </dd>
            <dt className="col-sm-4">{t('officeApplications.confirmedAt')}</dt>
            <dd className="col-sm-8">{formatDateTime(query.data.confirmedAt, i18n.language)}</dd>
          </dl>
          <section aria-labelledby="committee-positions-title" className="mb-4">
            <h2 id="committee-positions-title" className="h4">
              {t('officeApplications.preferences')}
            </h2>
            <ol>
              {query.data.positions.map((position) => (
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
          <section aria-labelledby="committee-titles-title" className="mb-4">
            <h2 id="committee-titles-title" className="h4">
              {t('officeApplications.titlesTitle')}
            </h2>
            <Titles application={query.data} />
          </section>
          <section aria-labelledby="committee-attachments-title" className="mb-4">
            <h2 id="committee-attachments-title" className="h4">
              {t('officeApplications.attachmentsTitle')}
            </h2>
            {query.data.attachments.length === 0 ? (
              <p>{t('officeApplications.noAttachments')}</p>
            ) : (
              <ul>
                {query.data.attachments.map((attachment) => (
                  <li key={attachment.id}>{attachment.fileName}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
};
