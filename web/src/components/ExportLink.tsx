import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { type QueryParams, withQuery } from '../api/client.ts';

/** A download of the list as shown (same filters), as an Excel file built by the server. */
export const ExportLink = ({ path, params }: { path: string; params: QueryParams }) => {
  const { t } = useTranslation();
  return (
    <a className="btn btn-outline-primary btn-sm btn-icon" href={withQuery(path, params)} download>
      <Icon icon="it-file-xlsx" color="primary" size="sm" className="me-1" />
      <span>{t('common.exportXlsx')}</span>
    </a>
  );
};
