import type { Unit } from '../../../../api/units.ts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/**
 * The flat list as a tree, siblings by name. A unit whose parent is not in the list (a scoped reader sees only
 * part of the university) becomes a root rather than disappearing.
 */
export const buildUnitTree = (units: readonly Unit[]): UnitNode[] => {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'it'));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
};
