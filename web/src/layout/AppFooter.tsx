import { useTranslation } from 'react-i18next';
import { useSession } from '../session/use-session.ts';

export const AppFooter = () => {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <footer className="it-footer mt-5">
      <div className="it-footer-main">
        <div className="container-xxl py-4">
          <p className="h4 text-white mb-1">{session.universityName}</p>
          <p className="text-white mb-2">{t('app.tagline')}</p>
          <a className="text-white" href="/api/docs">
            {t('app.apiDocs')}
          </a>
        </div>
      </div>
    </footer>
  );
};
