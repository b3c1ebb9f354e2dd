import { Outlet } from 'react-router';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader } from './AppHeader.tsx';
import { MAIN_CONTENT_ID, SkipLinks } from './SkipLinks.tsx';

export const AppLayout = () => (
  <>
    <SkipLinks />
    <AppHeader />
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container-xxl">
      <div className="row">
        <div className="col-12 py-4 px-4">
          <Outlet />
        </div>
      </div>
    </main>
    <AppFooter />
  </>
);
