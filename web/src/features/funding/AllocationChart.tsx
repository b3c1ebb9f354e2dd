import { useTranslation } from 'react-i18next';
import { euros } from './money-format.ts';

export interface ChartShare {
  unitCode: string;
  unitName: string;
  amountCents: number;
}

const percentText = (part: number, whole: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(whole === 0 ? 0 : part / whole);

/**
 * The split as horizontal bars, one per unit, so units can be compared at a glance. Plain SVG rather than a chart
 * library: a handful of bars needs no axes or interaction, and a list whose every bar carries its amount as text
 * reads the same to a screen reader (the bars themselves are hidden from it) and stays legible at 375px.
 */
export const AllocationChart = ({ id, shares }: { id: string; shares: readonly ChartShare[] }) => {
  const { t, i18n } = useTranslation();
  const total = shares.reduce((sum, share) => sum + share.amountCents, 0);
  const largest = Math.max(1, ...shares.map((share) => share.amountCents));
  return (
    <figure className="mb-3" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="fw-semibold mb-2">
        {t('funding.chartTitle')}
      </figcaption>
      <ul className="list-unstyled mb-0" data-testid={`${id}-bars`}>
        {shares.map((share) => (
          <li key={share.unitCode} className="mb-2">
            <div className="d-flex flex-wrap justify-content-between gap-2 small">
              <span>{share.unitName}</span>
              <span className="text-nowrap fw-semibold">
                {t('funding.chartValue', {
                  amount: euros(share.amountCents, i18n.language),
                  percent: percentText(share.amountCents, total, i18n.language),
                })}
              </span>
            </div>
            <svg
              width="100%"
              height="14"
              aria-hidden="true"
              focusable="false"
              className="d-block"
              data-unit={share.unitCode}
            >
              <rect x="0" y="0" width="100%" height="14" rx="2" fill="#e6e9f2" />
              <rect
                x="0"
                y="0"
                width={`${(share.amountCents / largest) * 100}%`}
                height="14"
                rx="2"
                fill="#0066cc"
              />
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
};
