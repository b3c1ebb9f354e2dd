import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

const ERRORS = ['unknown-person', 'oidc-failed', 'session-expired'] as const;
const NOTICES = ['logged-out', 'logged-out-everywhere'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** Why the person is on the login page: the OIDC callback failed, the session ended, they logged out. */
export const LoginNotice = ({
  error,
  notice,
  oidcLabel,
}: {
  error: string | null;
  notice: string | null;
  oidcLabel: string;
}) => {
  const { t } = useTranslation();
  if (isOneOf(ERRORS, error))
    return (
      <Alert color="danger" role="alert" fade={false}>
        {t(`login.errors.${error}`, { label: oidcLabel })}
      </Alert>
    );
  if (error !== null)
    return (
      <Alert color="danger" role="alert" fade={false}>
        {t('login.errors.generic')}
      </Alert>
    );
  if (isOneOf(NOTICES, notice))
    return (
      // A confirmation, not an error: announced politely (design-react-kit's Alert is always role="alert").
      <div className="alert alert-success" role="status">
        {t(`login.notices.${notice}`)}
      </div>
    );
  return null;
};
