import { Breadcrumb, BreadcrumbItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

/** Where the page sits: the links above it, then the page itself (aria-current). */
export const Breadcrumbs = ({ trail, current }: { trail: Crumb[]; current: string }) => {
  const { t } = useTranslation();
  return (
    <Breadcrumb aria-label={t('nav.breadcrumbs')} className="mb-2">
      {trail.map((crumb) => (
        <BreadcrumbItem key={crumb.to}>
          <Link to={crumb.to}>{crumb.label}</Link>
          <span className="separator" aria-hidden="true">
            /
          </span>
        </BreadcrumbItem>
      ))}
      <BreadcrumbItem active aria-current="page">
        {current}
      </BreadcrumbItem>
    </Breadcrumb>
  );
};
