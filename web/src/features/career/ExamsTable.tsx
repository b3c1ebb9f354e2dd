import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { Career } from '../../../../api/students.ts';
import { formatDate } from '../../components/format.ts';

export const ExamsTable = ({ exams }: { exams: Career['exams'] }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="exams-title" className="mb-5">
      <h2 id="exams-title" className="h3">
        {t('career.examsTitle')}
      </h2>
      {exams.length === 0 ? (
        <p>{t('career.noExams')}</p>
      ) : (
        <Table responsive size="sm">
          <thead>
            <tr>
              <th scope="col">{t('career.course')}</th>
              <th scope="col" className="text-end">
                {t('career.credits')}
              </th>
              <th scope="col" className="text-end">
                {t('career.grade')}
              </th>
              <th scope="col">{t('career.passedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {exams.map((exam) => (
              <tr key={`${exam.courseCode}-${exam.passedOn}`}>
                <td>
                  {exam.courseName} <span className="text-muted">({exam.courseCode})</span>
                </td>
                <td className="text-end">{exam.credits}</td>
                <td className="text-end">
                  {exam.grade === null
                    ? t('career.passed')
                    : exam.honours
                      ? t('career.withHonours', { grade: exam.grade })
                      : exam.grade}
                </td>
                <td>{formatDate(exam.passedOn, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
};
