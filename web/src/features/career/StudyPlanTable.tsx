import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { Career } from '../../../../api/students.ts';

export const StudyPlanTable = ({ items }: { items: Career['studyPlan'] }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="study-plan-title" className="mb-5">
      <h2 id="study-plan-title" className="h3">
        {t('career.studyPlanTitle')}
      </h2>
      {items.length === 0 ? (
        <p>{t('career.noStudyPlan')}</p>
      ) : (
        <Table responsive size="sm">
          <thead>
            <tr>
              <th scope="col">{t('career.course')}</th>
              <th scope="col" className="text-end">
                {t('career.credits')}
              </th>
              <th scope="col">{t('career.yearOfCourse')}</th>
              <th scope="col">{t('career.semester')}</th>
              <th scope="col">{t('career.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.courseCode}>
                <td>
                  {item.courseName} <span className="text-muted">({item.courseCode})</span>
                </td>
                <td className="text-end">{item.credits}</td>
                <td>{item.yearOfCourse}</td>
                <td>{item.semester}</td>
                <td>{item.passed ? t('career.passed') : t('career.toTake')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
};
