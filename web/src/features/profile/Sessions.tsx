import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLogoutEverywhere } from '../../session/use-logout.ts';

/** Ends every session of the person (a lost phone, a shared computer), this one included. */
export const Sessions = () => {
  const { t } = useTranslation();
  const logoutEverywhere = useLogoutEverywhere();
  return (
    <section aria-labelledby="sessions-title" className="mb-5">
      <h2 id="sessions-title" className="h3">
        {t('profile.sessionsTitle')}
      </h2>
      <p>{t('profile.sessionsText')}</p>
      <Button
        color="danger"
        outline
        onClick={() => logoutEverywhere.mutate()}
        disabled={logoutEverywhere.isPending}
      >
        {t('profile.logoutEverywhere')}
      </Button>
      {logoutEverywhere.isError && <ErrorAlert error={logoutEverywhere.error} />}
    </section>
  );
};
