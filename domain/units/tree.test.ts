import { describe, expect, it } from 'vitest';
import { descendantsOf, wouldCreateCycle } from './tree.ts';

const units = [
  { id: 'uni', parentId: null },
  { id: 'dss', parentId: 'uni' },
  { id: 'orient', parentId: 'dss' },
  { id: 'campus', parentId: 'dss' },
  { id: 'dei', parentId: 'uni' },
];

describe('unit tree', () => {
  it('finds every unit below a unit, at any depth', () => {
    expect(descendantsOf(units, 'uni').sort()).toEqual(['campus', 'dei', 'dss', 'orient']);
    expect(descendantsOf(units, 'dss').sort()).toEqual(['campus', 'orient']);
    expect(descendantsOf(units, 'dei')).toEqual([]);
  });

  it('refuses a parent that would close a loop', () => {
    expect(wouldCreateCycle(units, 'dss', 'orient')).toBe(true);
    expect(wouldCreateCycle(units, 'dss', 'dss')).toBe(true);
    expect(wouldCreateCycle(units, 'orient', 'dei')).toBe(false);
  });

  it('survives a loop already in the data', () => {
    const looped = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(descendantsOf(looped, 'a').sort()).toEqual(['a', 'b']);
  });
});
