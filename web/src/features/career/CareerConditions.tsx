import { useTranslation } from 'react-i18next';
import type { Career } from '../../../../api/students.ts';
import { formatEuros } from '../../components/format.ts';

/**
 * Conditions that give priority in tutoring. Disability and DSA are special-category data (GDPR art. 9): the
 * server sends them only to whom may see them, and the page says so.
 */
export const CareerConditions = ({ career }: { career: Career }) => {
  const { t, i18n } = useTranslation();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const isPhd = career.enrolments[0]?.programmeType === 'PHD';
  // Shown to the same readers as the hardship flag: both are what the economic tie-breaks read.
  const isee =
    career.iseeCents === null ? t('career.notDeclared') : formatEuros(career.iseeCents, i18n.language);
  return (
    <section aria-labelledby="conditions-title" className="mb-5">
      <h2 id="conditions-title" className="h3">
        {t('career.conditionsTitle')}
      </h2>
      <dl className="row">
        <div className="col-sm-6 mb-2">
          <dt>{t('career.economicHardship')}</dt>
          <dd>{yesNo(career.economicHardship)}</dd>
        </div>
        <div className="col-sm-6 mb-2">
          <dt>{t('career.dualCareer')}</dt>
          <dd>{yesNo(career.dualCareer)}</dd>
        </div>
        <div className="col-sm-6 mb-2">
          <dt>{t('career.isee')}</dt>
          <dd>{isee}</dd>
        </div>
        {(isPhd || career.phdScholarship !== null) && (
          <div className="col-sm-6 mb-2">
            <dt>{t('career.phdScholarship')}</dt>
            <dd>{career.phdScholarship === null ? t('career.unknown') : yesNo(career.phdScholarship)}</dd>
          </div>
        )}
      </dl>
      {career.specialCategory && (
        <div className="callout warning" data-testid="special-category">
          <div className="callout-title">{t('career.specialTitle')}</div>
          <p className="small">{t('career.specialNote')}</p>
          <dl className="row mb-0">
            <div className="col-sm-6">
              <dt>{t('career.disability')}</dt>
              <dd>{yesNo(career.specialCategory.disability)}</dd>
            </div>
            <div className="col-sm-6">
              <dt>{t('career.dsa')}</dt>
              <dd>{yesNo(career.specialCategory.dsa)}</dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
};
