import type { Principal, Role } from './roles.ts';

/**
 * What can be done, independent of HTTP. Every route names exactly one permission (or `public`), and access is
 * denied unless a role of the principal grants it: a new permission nobody holds is unreachable, never open.
 */
export const PERMISSIONS = {
  'self.read': [
    'student',
    'tutor',
    'supervisor',
    'committee-member',
    'tutoring-office',
    'university-commission',
    'evaluator',
    'administrator',
  ],
  'self.update': [
    'student',
    'tutor',
    'supervisor',
    'committee-member',
    'tutoring-office',
    'university-commission',
    'evaluator',
    'administrator',
  ],
  'career.read-own': ['student', 'tutor'],
  'units.read': [
    'supervisor',
    'committee-member',
    'tutoring-office',
    'university-commission',
    'evaluator',
    'administrator',
  ],
  'units.manage': ['administrator'],
  'people.read': ['tutoring-office', 'administrator'],
  'roles.manage': ['administrator'],
  'students.read': ['tutoring-office', 'supervisor'],
  'students.import': ['tutoring-office'],
  'special-category.read': ['tutoring-office'],
  'special-category.grant': ['tutoring-office'],
  'audit.read': ['tutoring-office', 'administrator'],
  'profiles.read': ['tutoring-office', 'university-commission', 'evaluator', 'administrator'],
  'profiles.manage': ['administrator'],
  'calls.read': [
    'tutoring-office',
    'university-commission',
    'committee-member',
    'evaluator',
    'supervisor',
    'administrator',
  ],
  'calls.manage': ['tutoring-office'],
  'funding.read': ['tutoring-office', 'university-commission', 'supervisor', 'administrator'],
  'funding.manage': ['tutoring-office', 'university-commission'],
  'projects.read': ['tutoring-office', 'university-commission', 'supervisor'],
  'projects.propose': ['supervisor'],
  'projects.decide': ['university-commission'],
  /** A student's own applications: drafts, attachments, confirmation, withdrawal, receipt. */
  'applications.own': ['student'],
  /** The office reads every application of a call; no route lets it change one. */
  'applications.read-all': ['tutoring-office'],
  /** Name a call's committee, record its sittings, read its minutes. */
  'committees.manage': ['tutoring-office'],
  /**
   * A committee member's work on the one call they are named for: declare no conflict, read that call's
   * applications, score, exclude, answer appeals. The call scope is checked by server/features/committees.
   */
  'committee.work': ['committee-member'],
  /** Compute, publish and approve rankings; record tie resolutions. */
  'rankings.manage': ['tutoring-office'],
  /** A candidate's own scores and rankings, and their appeals. */
  'rankings.own': ['student'],
  /** Start the offers of a definitive ranking and follow its draw-down. */
  'offers.manage': ['tutoring-office'],
  /** A candidate's own offers: read, accept, refuse. */
  'offers.own': ['student'],
  /** Make appointments from accepted offers, sign, amend, pause and end them; the tutors' register. */
  'appointments.manage': ['tutoring-office'],
  /** A tutor's own appointments: read the letter, acknowledge it. */
  'appointments.own': ['student', 'tutor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const rolesGranting = (permission: Permission): readonly Role[] => PERMISSIONS[permission];

export const can = (principal: Principal, permission: Permission): boolean => {
  const granted: readonly Role[] = PERMISSIONS[permission];
  return principal.roles.some((assignment) => granted.includes(assignment.role));
};

/**
 * Unit-scoped roles (a supervisor) see only their unit and the units below it. University-wide roles see all.
 * Returns null for "no restriction", or the list of unit ids the principal may see for this permission.
 */
export const visibleUnits = (
  principal: Principal,
  permission: Permission,
  descendantsOf: (unitId: string) => string[],
): string[] | null => {
  const granted: readonly Role[] = PERMISSIONS[permission];
  const relevant = principal.roles.filter((assignment) => granted.includes(assignment.role));
  if (relevant.some((assignment) => assignment.unitId === null && assignment.role !== 'supervisor'))
    return null;
  const units = new Set<string>();
  for (const assignment of relevant) {
    if (assignment.unitId)
      for (const id of [assignment.unitId, ...descendantsOf(assignment.unitId)]) units.add(id);
  }
  return [...units];
};
