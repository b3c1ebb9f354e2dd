import { Navigate, Outlet, useLocation } from 'react-router';
import { takeAuthLoss } from '../session/auth-loss.ts';
import { useSession } from '../session/use-session.ts';

/** Pages behind login: without a session, go to the login page and come back here afterwards. */
export const RequireAuth = () => {
  const { person } = useSession();
  const location = useLocation();
  if (person) return <Outlet />;
  const returnTo = `${location.pathname}${location.search}`;
  const params = new URLSearchParams();
  if (returnTo !== '/') params.set('returnTo', returnTo);
  if (takeAuthLoss() === 'session-expired') params.set('error', 'session-expired');
  const query = params.toString();
  return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
};
