import {
  Collapse,
  Header,
  HeaderContent,
  HeaderToggler,
  Icon,
  Nav,
  NavItem,
  NavLink,
} from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink } from 'react-router';
import { menuFor, PAGES } from '../app/pages.ts';
import { useSession } from '../session/use-session.ts';

export const MAIN_MENU_ID = 'main-menu';

/** The pages this person can use. On a phone it folds behind a button and opens as a side panel. */
export const MainMenu = () => {
  const { t } = useTranslation();
  const { person } = useSession();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const items = menuFor(person);
  return (
    <Header type="navbar" theme="">
      <HeaderContent expand="lg" megamenu aria-label={t('nav.main')} id={MAIN_MENU_ID} tabIndex={-1}>
        <HeaderToggler
          aria-controls="main-menu-panel"
          aria-label={open ? t('nav.close') : t('nav.open')}
          isOpen={open}
          onClick={() => setOpen(!open)}
        >
          <Icon icon="it-burger" />
        </HeaderToggler>
        <Collapse
          isOpen={open}
          navbar
          header
          onOverlayClick={close}
          id="main-menu-panel"
          closeSrText={t('nav.close')}
          {...(open ? { 'aria-label': t('nav.main') } : {})}
        >
          <div className="menu-wrapper">
            <Nav navbar>
              {items.map((name) => (
                <NavItem key={name}>
                  <NavLink tag={RouterLink} to={PAGES[name].path} end={name === 'home'} onClick={close}>
                    <span>{t(`nav.pages.${name}`)}</span>
                  </NavLink>
                </NavItem>
              ))}
            </Nav>
          </div>
        </Collapse>
      </HeaderContent>
    </Header>
  );
};
