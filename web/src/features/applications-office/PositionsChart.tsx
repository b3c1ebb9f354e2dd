import { useTranslation } from 'react-i18next';
import type { CallApplicationsSummary } from '../../../../api/applications-office.ts';
import { formatNumber } from '../../components/format.ts';

/**
 * Confirmed applications per position against the grants it offers: what the office compares at a glance. Each row
 * carries its figures as text; the bar is decoration (aria-hidden), so a screen reader reads the same numbers.
 */
export const PositionsChart = ({ positions }: { positions: CallApplicationsSummary['positions'] }) => {
  const { t, i18n } = useTranslation();
  const scale = Math.max(1, ...positions.map((p) => Math.max(p.confirmed, p.grants)));
  return (
    <figure className="mb-4" aria-labelledby="applications-chart-title">
      <figcaption id="applications-chart-title" className="h5">
        {t('officeApplications.chartTitle')}
      </figcaption>
      <p className="small">{t('officeApplications.chartHelp')}</p>
      <ul className="list-unstyled mb-0" data-testid="applications-chart">
        {positions.map((position) => {
          const barWidth = (position.confirmed / scale) * 100;
          const grantsAt = (position.grants / scale) * 100;
          const ratio = position.grants > 0 ? position.confirmed / position.grants : 0;
          return (
            <li key={position.positionId} className="mb-3">
              <div className="fw-semibold">
                {t('officeApplications.positionLabel', {
                  ordinal: position.ordinal,
                  activityType: position.activityType,
                  unit: position.unitName,
                })}
              </div>
              <div className="small">
                {t('officeApplications.chartValue', {
                  confirmed: position.confirmed,
                  first: position.firstChoice,
                  grants: position.grants,
                })}
                {' · '}
                {t('officeApplications.perGrant', { ratio: formatNumber(ratio, i18n.language, 1) })}
              </div>
              <svg
                aria-hidden="true"
                focusable="false"
                width="100%"
                height="18"
                viewBox="0 0 100 18"
                preserveAspectRatio="none"
              >
                <rect x="0" y="3" width="100" height="12" fill="#e6ecf2" />
                <rect x="0" y="3" width={barWidth} height="12" fill="#0066cc" />
                <rect
                  x={Math.max(0, Math.min(99.4, grantsAt - 0.3))}
                  y="0"
                  width="0.6"
                  height="18"
                  fill="#17324d"
                />
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
};
