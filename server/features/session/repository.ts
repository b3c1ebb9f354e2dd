import { inArray } from 'drizzle-orm';
import type { RoleAssignmentView } from '../../../api/session.ts';
import type { RoleAssignment } from '../../../domain/access/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';

export const describeRoles = async (db: DbOrTx, roles: RoleAssignment[]): Promise<RoleAssignmentView[]> => {
  const unitIds = [...new Set(roles.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  const names = new Map<string, string>();
  if (unitIds.length > 0) {
    const rows = await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inArray(units.id, unitIds));
    for (const row of rows) names.set(row.id, row.name);
  }
  return roles.map((r) => ({ ...r, unitName: r.unitId ? (names.get(r.unitId) ?? null) : null }));
};
