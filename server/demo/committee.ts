import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  calls,
  committeeMembers,
  committees,
  localAccounts,
  people,
  roleAssignments,
} from '../db/schema/index.ts';
import { DEMO_CALL_CODE } from './call-poliba.ts';
import { type DemoSeedPart, demoPersonByUsername } from './seed.ts';

/**
 * The committee of the Bari demo call (seed 004 art. 5): the demo `commissione` account as a member, not yet
 * declared (so the demo shows the declaration before the applications), with two demo staff people as president
 * and secretary. Its committee-member role is scoped to the call, as the office's naming does.
 */
export const seedDemoCommittee: DemoSeedPart = async (ctx, tx) => {
  const [call] = await tx.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_CALL_CODE));
  const member = await demoPersonByUsername(tx, 'commissione');
  if (!call || !member) return;
  // Two demo staff without a login account, the same ones on every seed (their e-mails are unique).
  const [president, secretary] = (
    await tx
      .select({ id: people.id })
      .from(people)
      .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
      .where(and(eq(people.isStaff, true), isNull(localAccounts.personId)))
      .orderBy(asc(people.email))
      .limit(2)
  ).map((row) => row.id);
  if (!president || !secretary) return;
  const now = ctx.clock.now();
  const [committee] = await tx
    .insert(committees)
    .values({ callId: call.id, appointmentAct: 'D.R. n. 120 del 10/02/2026', namedAt: now })
    .returning({ id: committees.id });
  if (!committee) throw new Error('demo committee insert failed');
  await tx.insert(committeeMembers).values([
    { committeeId: committee.id, personId: president, role: 'president' },
    { committeeId: committee.id, personId: secretary, role: 'secretary' },
    { committeeId: committee.id, personId: member, role: 'member' },
  ]);
  // The demo account's role was university-wide; a committee member's is the call's.
  await tx
    .update(roleAssignments)
    .set({ callId: call.id })
    .where(and(eq(roleAssignments.personId, member), eq(roleAssignments.role, 'committee-member')));
  await tx.insert(roleAssignments).values([
    { personId: president, role: 'committee-member', callId: call.id },
    { personId: secretary, role: 'committee-member', callId: call.id },
  ]);
};
