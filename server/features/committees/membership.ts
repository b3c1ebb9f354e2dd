import { and, eq } from 'drizzle-orm';
import { DomainFailure } from '../../../domain/errors.ts';
import type { DbOrTx } from '../../db/client.ts';
import { committeeMembers, committees } from '../../db/schema/index.ts';

export type CommitteeRole = 'president' | 'secretary' | 'member';

export interface Membership {
  committeeId: string;
  role: CommitteeRole;
  conflictDeclaredAt: Date | null;
}

/** The person's place in the committee of a call, or null when they are not on it. */
export const membershipOf = async (
  db: DbOrTx,
  personId: string,
  callId: string,
): Promise<Membership | null> => {
  const [row] = await db
    .select({
      committeeId: committees.id,
      role: committeeMembers.role,
      conflictDeclaredAt: committeeMembers.conflictDeclaredAt,
    })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(and(eq(committees.callId, callId), eq(committeeMembers.personId, personId)));
  return row ? { ...row, role: row.role as CommitteeRole } : null;
};

/**
 * Members see and score only the applications of their own call, and only after declaring no conflict of
 * interest with the candidates (issue 4). Someone not on the committee gets "not found": the call's committee
 * work is not theirs to know about.
 */
export const requireDeclaredMember = async (
  db: DbOrTx,
  personId: string,
  callId: string,
): Promise<Membership> => {
  const membership = await membershipOf(db, personId, callId);
  if (!membership) throw new DomainFailure({ kind: 'not-found', entity: 'committee' });
  if (!membership.conflictDeclaredAt) throw new DomainFailure({ kind: 'conflict-not-declared' });
  return membership;
};
