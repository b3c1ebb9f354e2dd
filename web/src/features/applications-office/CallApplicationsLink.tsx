import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../session/permissions.ts';

/** On the office's call page: the way to the call's applications, for whoever may read them. */
export const CallApplicationsLink = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  if (!useCan('applications.read-all')) return null;
  return (
    <p className="mb-4">
      <Link
        className="btn btn-primary btn-sm btn-icon"
        to={`/calls/${encodeURIComponent(callId)}/applications`}
      >
        <Icon icon="it-files" color="white" size="sm" className="me-1" />
        <span>{t('officeApplications.link')}</span>
      </Link>
    </p>
  );
};
