import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../api/units.ts';
import { buildUnitTree } from './unit-tree.ts';

let next = 0;
const buildUnit = (overrides: Partial<Unit> = {}): Unit => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    code: `U${next}`,
    name: `Unit ${next}`,
    kind: 'department',
    parentId: null,
    peopleCount: 0,
    ...overrides,
  };
};

describe('buildUnitTree', () => {
  it('nests children under their parent and sorts siblings by name', () => {
    const root = buildUnit({ name: 'Politecnico', kind: 'university' });
    const office = buildUnit({ name: 'Ufficio tutorato', kind: 'office', parentId: root.id });
    const dei = buildUnit({ name: 'Dipartimento DEI', parentId: root.id });
    const tree = buildUnitTree([office, root, dei]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.unit.id).toBe(root.id);
    expect(tree[0]?.children.map((node) => node.unit.name)).toEqual(['Dipartimento DEI', 'Ufficio tutorato']);
  });

  it('keeps a unit whose parent is not visible, as a root', () => {
    const orphan = buildUnit({ parentId: '00000000-0000-4000-8000-999999999999' });
    expect(buildUnitTree([orphan]).map((node) => node.unit.id)).toEqual([orphan.id]);
  });

  it('goes as deep as the data', () => {
    const a = buildUnit();
    const b = buildUnit({ parentId: a.id });
    const c = buildUnit({ parentId: b.id });
    expect(buildUnitTree([c, b, a])[0]?.children[0]?.children[0]?.unit.id).toBe(c.id);
  });
});
