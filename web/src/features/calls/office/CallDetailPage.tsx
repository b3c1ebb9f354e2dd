import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CallDetailSchema } from '../../../../../api/calls.ts';
import { apiGet } from '../../../api/client.ts';
import { formatDate, formatDateTime } from '../../../components/format.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { CallApplicationsLink } from '../../applications-office/CallApplicationsLink.tsx';
import { OfficeCommitteeLink } from '../../committees/OfficeCommitteeLink.tsx';
import { OfficeRankingsLink } from '../../rankings/office/OfficeRankingsLink.tsx';
import { academicYearText, windowText } from '../call-format.ts';
import { CallActions } from '../editor/CallActions.tsx';
import { PositionsTable } from '../PositionsTable.tsx';

/** One call as the office sees it: window, positions, the rules copied from the profile, amendments. */
export const CallDetailPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['calls', id],
    queryFn: () => apiGet(`/api/calls/${encodeURIComponent(id)}`, CallDetailSchema),
  });
  const language = i18n.language === 'en' ? 'en' : 'it';
  const title = query.data ? t('calls.detailTitle', { title: query.data.title }) : t('nav.pages.calls');
  return (
    <Page title={title} trail={[{ label: t('nav.pages.calls'), to: '/calls' }]}>
      <QueryView query={query}>
        {(call) => {
          const rules = call.rules;
          return (
            <>
              <CallActions call={call} />
              <CallApplicationsLink callId={call.id} />
              <OfficeCommitteeLink callId={call.id} />
              <OfficeRankingsLink callId={call.id} />
              <dl className="row mb-4">
                <dt className="col-sm-3">{t('calls.code')}</dt>
                <dd className="col-sm-9">
                  {call.code} · {academicYearText(call.academicYear, t)}
                </dd>
                <dt className="col-sm-3">{t('calls.status')}</dt>
                <dd className="col-sm-9">
                  {t(`calls.statuses.${call.status}`)} · {t('calls.version')} {call.version}
                  {call.publishedAt &&
                    ` · ${t('calls.publishedAt')} ${formatDateTime(call.publishedAt, i18n.language)}`}
                </dd>
                <dt className="col-sm-3">{t('calls.windowLabel')}</dt>
                <dd className="col-sm-9">
                  {call.open ? t('calls.open') : t('calls.closed')} · {windowText(call, t, i18n.language)}
                </dd>
                <dt className="col-sm-3">{t('calls.activitiesEnd')}</dt>
                <dd className="col-sm-9">{formatDate(call.activitiesEndDate, i18n.language)}</dd>
                <dt className="col-sm-3">{t('calls.profile')}</dt>
                <dd className="col-sm-9">
                  <code>{call.profileCode}</code>
                </dd>
              </dl>
              <section aria-labelledby="call-positions-title" className="mb-4">
                <h2 id="call-positions-title" className="h4">
                  {t('calls.positionsTitle')}
                </h2>
                <PositionsTable title={call.title} positions={call.positions} />
              </section>
              <section aria-labelledby="call-rules-title" className="mb-4">
                <h2 id="call-rules-title" className="h4">
                  {t('calls.rulesTitle')}
                </h2>
                <dl className="row">
                  <dt className="col-sm-4">{t('calls.degreeTypes')}</dt>
                  <dd className="col-sm-8">
                    {rules.eligibility.degreeTypes
                      .map((type) => t(`career.programmeTypes.${type}`))
                      .join(', ')}
                  </dd>
                  <dt className="col-sm-4">{t('calls.maxYearsBeyond')}</dt>
                  <dd className="col-sm-8">{rules.eligibility.maxYearsBeyond ?? t('profiles.noLimit')}</dd>
                  <dt className="col-sm-4">{t('calls.maxPositions')}</dt>
                  <dd className="col-sm-8">{rules.maxPositionsPerCandidate ?? t('profiles.noLimit')}</dd>
                  <dt className="col-sm-4">{t('calls.ownDepartmentFirst')}</dt>
                  <dd className="col-sm-8">{rules.ownDepartmentFirst ? t('common.yes') : t('common.no')}</dd>
                  <dt className="col-sm-4">{t('calls.appealWindow')}</dt>
                  <dd className="col-sm-8">{rules.appealWindowDays}</dd>
                </dl>
              </section>
              <section aria-labelledby="call-attachments-title" className="mb-4">
                <h2 id="call-attachments-title" className="h4">
                  {t('calls.attachmentsTitle')}
                </h2>
                <ul>
                  {call.requiredAttachments.map((attachment) => (
                    <li key={attachment.code}>
                      {attachment.label[language]} (
                      {attachment.required === 'always'
                        ? t('calls.attachmentAlways')
                        : t('calls.attachmentWhenDeclared')}
                      )
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="call-amendments-title" className="mb-4">
                <h2 id="call-amendments-title" className="h4">
                  {t('calls.amendmentsTitle')}
                </h2>
                {call.amendments.length === 0 ? (
                  <p>{t('calls.noAmendments')}</p>
                ) : (
                  <Table responsive size="sm">
                    <thead>
                      <tr>
                        <th scope="col">{t('calls.version')}</th>
                        <th scope="col">{t('calls.date')}</th>
                        <th scope="col">{t('calls.reason')}</th>
                        <th scope="col">{t('calls.fields')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {call.amendments.map((amendment) => (
                        <tr key={amendment.id}>
                          <th scope="row">{amendment.version}</th>
                          <td>{formatDateTime(amendment.createdAt, i18n.language)}</td>
                          <td>
                            {amendment.reason}
                            {amendment.harmful && <div className="small">{t('calls.harmful')}</div>}
                          </td>
                          <td>{amendment.fields.join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </section>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
};
