import { Skiplink, SkiplinkItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/use-session.ts';
import { MAIN_MENU_ID } from './MainMenu.tsx';

export const MAIN_CONTENT_ID = 'main-content';

/** The first things a keyboard reaches: jump to the content, or to the menu. */
export const SkipLinks = () => {
  const { t } = useTranslation();
  const { person } = useSession();
  return (
    <Skiplink nav ariaLabel={t('nav.skipLinks')}>
      <SkiplinkItem navItem href={`#${MAIN_CONTENT_ID}`}>
        {t('nav.skipToContent')}
      </SkiplinkItem>
      {person && (
        <SkiplinkItem navItem href={`#${MAIN_MENU_ID}`}>
          {t('nav.skipToMenu')}
        </SkiplinkItem>
      )}
    </Skiplink>
  );
};
