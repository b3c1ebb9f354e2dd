/** Units form a tree (university > schools, departments, offices > sub-offices). */
export interface UnitNode {
  id: string;
  parentId: string | null;
}

/** Every unit below `unitId`, at any depth (not the unit itself). */
export const descendantsOf = (units: readonly UnitNode[], unitId: string): string[] => {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found: string[] = [];
  const stack = [...(children.get(unitId) ?? [])];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    found.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
};

/** True when making `parentId` the parent of `unitId` would close a loop. */
export const wouldCreateCycle = (units: readonly UnitNode[], unitId: string, parentId: string): boolean =>
  unitId === parentId || descendantsOf(units, unitId).includes(parentId);
