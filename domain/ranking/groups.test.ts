import { describe, expect, it } from 'vitest';
import { groupPositions, positionGroupKey } from './groups.ts';

const position = (
  positionId: string,
  activityType: string,
  unitId: string,
  types: ('LM' | 'LMCU' | 'PHD')[],
) => ({
  positionId,
  activityType,
  unitId,
  admittedProgrammeTypes: types,
});

describe('rankings per type of activity, unit and access title (seed 004 art. 7)', () => {
  it('keeps the Bari positions apart, reading "Tutorato informativo" and "Tutorato Informativo" as one activity', () => {
    const dmmm = position('p1', 'Tutorato informativo', 'DMMM', ['LM', 'LMCU']);
    const dei = position('p2', 'Tutorato Informativo', 'DEI', ['LMCU', 'LM']);
    const orientation = position('p3', 'Tutorato informativo per orientamento in ingresso', 'ORIENT', [
      'LM',
      'LMCU',
    ]);
    const transversal = position('p4', 'Tutorato Trasversale', 'ORIENT', ['PHD']);
    expect(
      groupPositions([dmmm, dei, orientation, transversal]).map((g) => g.positions.map((p) => p.positionId)),
    ).toEqual([['p1'], ['p2'], ['p3'], ['p4']]);
  });

  it('puts positions of the same activity, unit and access title in one ranking', () => {
    const a = position('a', 'Tutorato informativo', 'DEI', ['LM', 'LMCU']);
    const b = position('b', ' tutorato  Informativo ', 'DEI', ['LMCU', 'LM']);
    expect(positionGroupKey(a)).toBe(positionGroupKey(b));
    expect(positionGroupKey(a)).toBe('tutorato informativo|DEI|LM+LMCU');
    expect(groupPositions([a, b])).toEqual([
      { groupKey: 'tutorato informativo|DEI|LM+LMCU', positions: [a, b] },
    ]);
  });

  it('separates the same activity and unit by access title', () => {
    const students = position('s', 'Tutorato didattico', 'DEI', ['LM']);
    const phd = position('d', 'Tutorato didattico', 'DEI', ['PHD']);
    expect(positionGroupKey(students)).not.toBe(positionGroupKey(phd));
  });
});
