import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useSessionQuery } from '../session/use-session.ts';
import { LanguageSync } from './LanguageSync.tsx';

/** Nothing renders before the app knows who is signed in (menu, language, CSRF token all depend on it). */
export const SessionGate = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const query = useSessionQuery();
  if (query.data)
    return (
      <>
        <LanguageSync />
        {children}
      </>
    );
  if (query.isError)
    return (
      <main className="container-xxl py-5">
        <h1>{t('app.name')}</h1>
        <ErrorAlert error={query.error} />
        <Button color="primary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </main>
    );
  return (
    <main className="container-xxl py-5">
      <Loading />
    </main>
  );
};
