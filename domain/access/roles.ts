/** The roles of domain.md section 1. The public is not a role: it is the absence of a session. */
export const ROLES = [
  'student',
  'tutor',
  'supervisor',
  'committee-member',
  'tutoring-office',
  'university-commission',
  'evaluator',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * A role held by a person. A supervisor is scoped to a unit, a committee member to a call; office,
 * commission, evaluator and administrator roles are usually university-wide (no scope).
 */
export interface RoleAssignment {
  role: Role;
  unitId: string | null;
  callId: string | null;
}

export interface Principal {
  personId: string;
  roles: RoleAssignment[];
}

export const hasRole = (principal: Principal, role: Role): boolean =>
  principal.roles.some((assignment) => assignment.role === role);

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
