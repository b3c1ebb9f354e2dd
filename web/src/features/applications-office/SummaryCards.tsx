import { useTranslation } from 'react-i18next';
import type { CallApplicationsSummary } from '../../../../api/applications-office.ts';

/** The three figures the office asks first: how many confirmed, how many still drafting, how many withdrawn. */
export const SummaryCards = ({ counts }: { counts: CallApplicationsSummary['counts'] }) => {
  const { t } = useTranslation();
  const cards = [
    { key: 'confirmed', label: t('officeApplications.confirmed'), value: counts.confirmed },
    { key: 'drafts', label: t('officeApplications.drafts'), value: counts.draft },
    { key: 'withdrawn', label: t('officeApplications.withdrawn'), value: counts.withdrawn },
  ];
  return (
    <>
      <div className="row g-3 mb-2">
        {cards.map((card) => (
          <div key={card.key} className="col-12 col-md-4">
            <dl className="card card-bg h-100 p-3 mb-0" data-testid={`count-${card.key}`}>
              <dt className="h6 mb-1">{card.label}</dt>
              <dd className="display-6 mb-0">{card.value}</dd>
            </dl>
          </div>
        ))}
      </div>
      <p className="small mb-4">{t('officeApplications.draftsHelp')}</p>
    </>
  );
};
