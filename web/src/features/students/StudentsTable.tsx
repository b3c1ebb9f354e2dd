import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StudentSummary } from '../../../../api/students.ts';

export const StudentsTable = ({ students, total }: { students: StudentSummary[]; total: number }) => {
  const { t } = useTranslation();
  if (students.length === 0) return <p>{t('students.none')}</p>;
  return (
    <Table responsive className="align-middle">
      <caption>{t('common.results', { count: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('students.studentNumber')}</th>
          <th scope="col">{t('students.name')}</th>
          <th scope="col">{t('students.programme')}</th>
          <th scope="col">{t('students.year')}</th>
          <th scope="col" className="text-end">
            {t('students.credits')}
          </th>
        </tr>
      </thead>
      <tbody>
        {students.map((student) => {
          const name = `${student.givenName} ${student.familyName}`;
          return (
            <tr key={student.id}>
              <td>{student.studentNumber}</td>
              <th scope="row">
                <Link to={`/students/${student.id}`}>{name}</Link>
              </th>
              <td>
                {student.programmeName ?? '—'}
                {student.unitName && <div className="small text-muted">{student.unitName}</div>}
              </td>
              <td>
                {student.yearOfCourse ?? '—'}
                {student.yearsBeyond ? (
                  <div className="small text-muted">{t('career.beyond', { count: student.yearsBeyond })}</div>
                ) : null}
              </td>
              <td className="text-end">{student.creditsEarned}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
};
