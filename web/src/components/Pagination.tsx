import { Pager, PagerItem, PagerLink } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/** Previous / next over a paged list; the page lives in the address, so back and reload keep it. */
export const Pagination = ({ page, pageSize, total }: { page: number; pageSize: number; total: number }) => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const hrefOf = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return `?${next.toString()}`;
  };
  return (
    <Pager aria-label={t('pager.label')} className="mt-3">
      <PagerItem disabled={page <= 1}>
        {page > 1 ? (
          <PagerLink tag={Link} to={hrefOf(page - 1)}>
            {t('pager.previous')}
          </PagerLink>
        ) : (
          <span className="page-link">{t('pager.previous')}</span>
        )}
      </PagerItem>
      <PagerItem>
        <span className="page-link" aria-current="page">
          {t('pager.position', { page, pages })}
        </span>
      </PagerItem>
      <PagerItem disabled={page >= pages}>
        {page < pages ? (
          <PagerLink tag={Link} to={hrefOf(page + 1)}>
            {t('pager.next')}
          </PagerLink>
        ) : (
          <span className="page-link">{t('pager.next')}</span>
        )}
      </PagerItem>
    </Pager>
  );
};
