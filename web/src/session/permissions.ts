import type { SessionPerson } from '../../../api/session.ts';
import { can, type Permission } from '../../../domain/access/permissions.ts';
import { useSession } from './use-session.ts';

/** The same permission table the server enforces: the UI only hides what the server would refuse. */
export const personCan = (person: SessionPerson | null, permission: Permission): boolean =>
  person !== null && can({ personId: person.id, roles: person.roles }, permission);

export const useCan = (permission: Permission): boolean => personCan(useSession().person, permission);
