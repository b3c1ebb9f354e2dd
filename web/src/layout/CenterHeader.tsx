import { Header, HeaderBrand, HeaderContent } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/use-session.ts';

/** The university's name, large, with the name of the service beneath. */
export const CenterHeader = () => {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Header type="center" small>
      <HeaderContent>
        <HeaderBrand href="/">
          <div className="it-brand-title">{session.universityName}</div>
          <div className="it-brand-tagline">{t('app.tagline')}</div>
        </HeaderBrand>
      </HeaderContent>
    </Header>
  );
};
