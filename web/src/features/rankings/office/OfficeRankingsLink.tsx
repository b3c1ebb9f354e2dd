import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../session/permissions.ts';
import { officeRankingsPath } from './queries.ts';

/** On the office's call and committee pages: the way to the call's rankings. */
export const OfficeRankingsLink = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  if (!useCan('rankings.manage')) return null;
  return (
    <p className="mb-4">
      <Link className="btn btn-outline-primary btn-sm btn-icon" to={officeRankingsPath(callId)}>
        <Icon icon="it-list" color="primary" size="sm" className="me-1" />
        <span>{t('officeRankings.link')}</span>
      </Link>
    </p>
  );
};
