import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.tsx';

interface PageProps {
  title: string;
  /** The pages between home and this one; home is added unless this is home. */
  trail?: Crumb[];
  isHome?: boolean;
  lead?: ReactNode;
  children: ReactNode;
}

/**
 * Every page: breadcrumbs, one h1, the document title. After a navigation inside the app, focus moves to the
 * heading so a screen reader announces the new page (a full page load starts at the top as usual).
 */
export const Page = ({ title, trail = [], isHome = false, lead, children }: PageProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = `${title} · Affianco`;
  }, [title]);

  useEffect(() => {
    if (location.key !== 'default' && !location.hash) heading.current?.focus();
  }, [location.key, location.hash]);

  const fullTrail = isHome ? [] : [{ label: t('nav.home'), to: '/' }, ...trail];
  return (
    <>
      <Breadcrumbs trail={fullTrail} current={isHome ? t('nav.home') : title} />
      <h1 ref={heading} tabIndex={-1} className="mb-3 page-heading">
        {title}
      </h1>
      {lead && <p className="lead mb-4">{lead}</p>}
      {children}
    </>
  );
};
