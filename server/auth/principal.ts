import type { DbOrTx } from '../db/client.ts';
import type { SessionPrincipal } from '../http/types.ts';
import { findRoles, type StoredSession } from './session-repository.ts';

export const principalOf = async (db: DbOrTx, session: StoredSession): Promise<SessionPrincipal> => ({
  personId: session.personId,
  sessionId: session.id,
  csrfToken: session.csrfToken,
  locale: session.locale,
  displayName: session.displayName,
  roles: await findRoles(db, session.personId),
});
