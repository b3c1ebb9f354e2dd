import { useTranslation } from 'react-i18next';
import type { Career } from '../../../../api/students.ts';
import { formatDate, formatNumber } from '../../components/format.ts';

export const CareerSummary = ({ career }: { career: Career }) => {
  const { t, i18n } = useTranslation();
  const grade = (value: number | null, honours: boolean) =>
    value === null ? null : honours ? t('career.withHonours', { grade: value }) : String(value);
  const rows: Array<[string, string | null]> = [
    [t('career.studentNumber'), career.studentNumber],
    [t('career.email'), career.email],
    [t('career.birthDate'), career.birthDate ? formatDate(career.birthDate, i18n.language) : null],
    [t('career.creditsEarned'), formatNumber(career.creditsEarned, i18n.language)],
    [
      t('career.weightedAverage'),
      career.weightedAverage === null
        ? t('career.noAverage')
        : formatNumber(career.weightedAverage, i18n.language, 2),
    ],
    [t('career.bachelorGrade'), grade(career.bachelorGrade, career.bachelorHonours)],
    [t('career.masterGrade'), grade(career.masterGrade, career.masterHonours)],
  ];
  return (
    <section aria-labelledby="career-summary-title" className="mb-5">
      <h2 id="career-summary-title" className="h3">
        {t('career.summaryTitle')}
      </h2>
      <dl className="row">
        {rows
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label} className="col-sm-6 col-lg-3 mb-2">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
};
