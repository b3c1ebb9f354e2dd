import { type Session, SessionSchema } from '../../../api/session.ts';
import { apiGet, setCsrfToken } from '../api/client.ts';

export const sessionKey = ['session'] as const;

/** Reads who is signed in; every reply carries the CSRF token the next state-changing request must send. */
export const fetchSession = async (): Promise<Session> => {
  const session = await apiGet('/api/session', SessionSchema);
  setCsrfToken(session.csrfToken);
  return session;
};

/** The session to show once the server has ended it (logout, expiry): same token, nobody signed in. */
export const signedOut = (session: Session): Session => ({ ...session, authenticated: false, person: null });
