import { Button, Header, HeaderBrand, HeaderContent, HeaderRightZone, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout } from '../session/use-logout.ts';
import { useSession } from '../session/use-session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The top strip: the university, the language, and who is signed in (or a way to sign in). */
export const SlimHeader = () => {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  return (
    <Header type="slim">
      <HeaderContent>
        <HeaderBrand href="/">{session.universityName}</HeaderBrand>
        <HeaderRightZone>
          <LanguageSwitch />
          {session.person ? (
            <div className="d-flex align-items-center">
              <span className="d-none d-md-inline text-white me-3" data-testid="signed-in-as">
                {session.person.displayName}
              </span>
              <Button
                color="primary"
                size="sm"
                className="btn-icon"
                onClick={() => logout.mutate()}
                disabled={logout.isPending}
              >
                <Icon icon="it-logout" color="white" size="sm" className="me-1" />
                <span>{t('session.logout')}</span>
              </Button>
            </div>
          ) : (
            <div className="d-flex align-items-center gap-2">
              <Link to="/bandi" className="text-white d-none d-md-inline">
                {t('calls.publicLink')}
              </Link>
              <Link to="/login" className="btn btn-primary btn-sm">
                {t('session.login')}
              </Link>
            </div>
          )}
        </HeaderRightZone>
      </HeaderContent>
    </Header>
  );
};
