import type { z } from 'zod';
import type { NextActionSchema } from '../../../api/me.ts';
import { visibleUnits } from '../../../domain/access/permissions.ts';
import { hasRole, type Principal } from '../../../domain/access/roles.ts';
import { descendantsOf } from '../../../domain/units/tree.ts';
import type { AppContext } from '../../context.ts';
import { countPendingOffers } from '../offers/repository.ts';
import { listUnits } from '../units/repository.ts';
import {
  countExamsOf,
  countPeopleWithoutRole,
  countRecentRejectedImports,
  countStudentsInUnits,
  countUnits,
} from './repository.ts';

type NextAction = z.infer<typeof NextActionSchema>;

/**
 * What each role should do next, in the order a person would do it. Keys are texts of the web app
 * (web/src/i18n: home.<key>); each role's list grows as later capabilities land (calls, offers, registers).
 */
export const nextActions = async (ctx: AppContext, principal: Principal): Promise<NextAction[]> => {
  const { db } = ctx.database;
  const actions: NextAction[] = [];
  const add = (role: string, key: string, href: string, count?: number) =>
    actions.push({ role, key, href, ...(count === undefined ? {} : { count }) });

  if (hasRole(principal, 'student')) {
    const offers = await countPendingOffers(db, principal.personId, ctx.clock.now());
    if (offers > 0) add('student', 'student.answer-offers', '/offerte', offers);
    add('student', 'student.review-career', '/career', await countExamsOf(db, principal.personId));
    add('student', 'student.download-data', '/profile');
  }
  if (hasRole(principal, 'tutor')) add('tutor', 'tutor.no-appointments', '/profile');
  if (hasRole(principal, 'supervisor')) {
    const units = await listUnits(db);
    const visible = visibleUnits(principal, 'students.read', (id) => descendantsOf(units, id));
    add('supervisor', 'supervisor.students', '/students', await countStudentsInUnits(db, visible));
  }
  if (hasRole(principal, 'committee-member')) {
    const calls = principal.roles.filter((r) => r.role === 'committee-member' && r.callId).length;
    add(
      'committee-member',
      calls > 0 ? 'committee.calls' : 'committee.no-calls',
      calls > 0 ? '/committee' : '/profile',
      calls,
    );
  }
  if (hasRole(principal, 'tutoring-office')) {
    const students = await countStudentsInUnits(db, null);
    if (students === 0) add('tutoring-office', 'office.import-careers', '/imports');
    else add('tutoring-office', 'office.students', '/students', students);
    const weekAgo = new Date(ctx.clock.now().getTime() - 7 * 86_400_000);
    const rejected = await countRecentRejectedImports(db, weekAgo);
    if (rejected > 0) add('tutoring-office', 'office.rejected-imports', '/imports', rejected);
    add('tutoring-office', 'office.audit', '/audit');
  }
  if (hasRole(principal, 'university-commission'))
    add('university-commission', 'commission.units', '/units', await countUnits(db));
  if (hasRole(principal, 'evaluator')) add('evaluator', 'evaluator.units', '/units', await countUnits(db));
  if (hasRole(principal, 'administrator')) {
    const withoutRole = await countPeopleWithoutRole(db);
    add(
      'administrator',
      withoutRole > 0 ? 'admin.people-without-role' : 'admin.people',
      '/people',
      withoutRole,
    );
    add('administrator', 'admin.audit', '/audit');
  }
  return actions;
};
