import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../session/permissions.ts';
import { officeCommitteePath } from './queries.ts';

/** On the office's call page: the way to the call's selection committee. */
export const OfficeCommitteeLink = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  if (!useCan('committees.manage')) return null;
  return (
    <p className="mb-4">
      <Link className="btn btn-outline-primary btn-sm btn-icon" to={officeCommitteePath(callId)}>
        <Icon icon="it-users" color="primary" size="sm" className="me-1" />
        <span>{t('committee.link')}</span>
      </Link>
    </p>
  );
};
