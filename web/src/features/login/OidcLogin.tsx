import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.ts';

/** The university's identity gateway (SPID / CIE / IDEM), when configured: a full-page redirect. */
export const OidcLogin = ({ label, returnTo }: { label: string; returnTo: string }) => {
  const { t } = useTranslation();
  return (
    <div className="mb-4">
      <a className="btn btn-primary btn-lg w-100" href={withQuery('/api/auth/oidc/start', { returnTo })}>
        {t('login.oidc', { label })}
      </a>
      <p className="mt-3 mb-0 text-center">{t('login.or')}</p>
    </div>
  );
};
