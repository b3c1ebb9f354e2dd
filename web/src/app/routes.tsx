import type { RouteObject } from 'react-router';
import type { Permission } from '../../../domain/access/permissions.ts';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { LoginPage } from '../features/login/LoginPage.tsx';
import { PeoplePage } from '../features/people/PeoplePage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { AppLayout } from '../layout/AppLayout.tsx';
import { PAGES } from './pages.ts';
import { RequireAuth } from './RequireAuth.tsx';
import { RequirePermission } from './RequirePermission.tsx';

const guarded = (permission: Permission, element: React.ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

/** Every route: the login page is public, the rest needs a session and the permission its data needs. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: PAGES.profile.path, element: guarded(PAGES.profile.permission, <ProfilePage />) },
          { path: PAGES.units.path, element: guarded(PAGES.units.permission, <UnitsPage />) },
          { path: PAGES.people.path, element: guarded(PAGES.people.permission, <PeoplePage />) },
          { path: PAGES.audit.path, element: guarded(PAGES.audit.permission, <AuditPage />) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
