import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { Career } from '../../../../api/students.ts';
import { translateDynamic } from '../../i18n/dynamic.ts';

export const EnrolmentsTable = ({ enrolments }: { enrolments: Career['enrolments'] }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="enrolments-title" className="mb-5">
      <h2 id="enrolments-title" className="h3">
        {t('career.enrolmentsTitle')}
      </h2>
      <Table responsive size="sm">
        <thead>
          <tr>
            <th scope="col">{t('career.academicYear')}</th>
            <th scope="col">{t('career.programme')}</th>
            <th scope="col">{t('career.yearOfCourse')}</th>
            <th scope="col">{t('career.status')}</th>
          </tr>
        </thead>
        <tbody>
          {enrolments.map((enrolment) => (
            <tr key={`${enrolment.academicYear}-${enrolment.programmeCode}`}>
              <td>
                {enrolment.academicYear}/{enrolment.academicYear + 1}
              </td>
              <td>
                {enrolment.programmeName} ({enrolment.programmeCode})
                <div className="small text-muted">
                  {t(`career.programmeTypes.${enrolment.programmeType}`)}
                </div>
              </td>
              <td>{enrolment.yearOfCourse}</td>
              <td>
                {enrolment.yearsBeyond > 0
                  ? t('career.beyond', { count: enrolment.yearsBeyond })
                  : t('career.inCourse')}
                {' · '}
                {enrolment.partTime ? t('career.partTime') : t('career.fullTime')}
                {enrolment.singleCourse && ` · ${t('career.singleCourse')}`}
                {enrolment.status !== 'active' && (
                  <div className="small text-muted">
                    {translateDynamic(i18n, `career.statuses.${enrolment.status}`, enrolment.status)}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
};
