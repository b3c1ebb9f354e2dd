import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, visibleUnits } from './permissions.ts';
import { type Principal, ROLES, type Role } from './roles.ts';

const principal = (...roles: Array<{ role: Role; unitId?: string }>): Principal => ({
  personId: 'p',
  roles: roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null, callId: null })),
});

describe('permissions', () => {
  it('denies everything to a person with no role', () => {
    for (const permission of Object.keys(PERMISSIONS) as Array<keyof typeof PERMISSIONS>) {
      expect(can(principal(), permission)).toBe(false);
    }
  });

  it('grants only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it('keeps special-category data to the tutoring office', () => {
    const allowed = ROLES.filter((role) => can(principal({ role }), 'special-category.read'));
    expect(allowed).toEqual(['tutoring-office']);
  });

  it('leaves the evaluator read-only', () => {
    const writes = Object.entries(PERMISSIONS).filter(
      ([name, roles]) =>
        !name.endsWith('.read') &&
        !name.startsWith('self.') &&
        (roles as readonly Role[]).includes('evaluator'),
    );
    expect(writes).toEqual([]);
  });

  it('adds up the permissions of several roles', () => {
    const both = principal({ role: 'student' }, { role: 'administrator' });
    expect(can(both, 'career.read-own')).toBe(true);
    expect(can(both, 'roles.manage')).toBe(true);
  });

  it('limits a supervisor to their unit and the units below it', () => {
    const tree: Record<string, string[]> = { dss: ['orient', 'campus'], dei: [] };
    const descendants = (id: string) => tree[id] ?? [];
    expect(
      visibleUnits(principal({ role: 'supervisor', unitId: 'dss' }), 'students.read', descendants)?.sort(),
    ).toEqual(['campus', 'dss', 'orient']);
    expect(visibleUnits(principal({ role: 'tutoring-office' }), 'students.read', descendants)).toBeNull();
    expect(visibleUnits(principal({ role: 'student' }), 'students.read', descendants)).toEqual([]);
  });
});
