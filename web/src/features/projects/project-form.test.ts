import { describe, expect, it } from 'vitest';
import {
  emptyProject,
  parseDecimal,
  parseInteger,
  projectBodyOf,
  proposableUnitIds,
} from './project-form.ts';

describe('parseInteger and parseDecimal', () => {
  it('read numbers typed the Italian way', () => {
    expect(parseInteger('400')).toBe(400);
    expect(parseInteger(' 1.200 ')).toBe(1200);
    expect(parseInteger('12,5')).toBeNull();
    expect(parseInteger('')).toBeNull();
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal('60')).toBe(60);
    expect(parseDecimal('sessanta')).toBeNull();
  });
});

describe('projectBodyOf', () => {
  it('turns the typed form into the request body', () => {
    const values = {
      ...emptyProject('u1'),
      title: ' Tutorato di Analisi ',
      objectives: 'Meno abbandoni',
      activities: 'Esercitazioni',
      tutorsRequested: '2',
      hoursRequested: '1.200',
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
      expectedStudents: '120',
      allocationId: 'a1',
    };
    values.indicators = [{ key: 1, name: 'Esami superati', target: '62,5', unit: '%' }];
    const { body, issues } = projectBodyOf(values);
    expect(issues).toEqual({});
    expect(body).toEqual({
      unitId: 'u1',
      title: 'Tutorato di Analisi',
      objectives: 'Meno abbandoni',
      activities: 'Esercitazioni',
      tutorsRequested: 2,
      hoursRequested: 1200,
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
      expectedStudents: 120,
      indicators: [{ name: 'Esami superati', target: 62.5, unit: '%' }],
      allocationId: 'a1',
    });
  });

  it('names, the way the server does, every number that does not read', () => {
    const values = { ...emptyProject('u1'), tutorsRequested: 'due', hoursRequested: '40' };
    values.indicators = [
      { key: 1, name: 'A', target: '10', unit: '' },
      { key: 2, name: 'B', target: 'molti', unit: '' },
    ];
    const { body, issues } = projectBodyOf(values);
    expect(issues).toEqual({
      tutorsRequested: 'not-integer',
      expectedStudents: 'not-integer',
      'indicators.1.target': 'not-number',
    });
    expect(body.allocationId).toBeNull();
  });
});

describe('proposableUnitIds', () => {
  const tree = [
    { id: 'uni', parentId: null },
    { id: 'dei', parentId: 'uni' },
    { id: 'lab', parentId: 'dei' },
    { id: 'dmmm', parentId: 'uni' },
  ];
  it('gives a supervisor their unit and the units within it, nothing for other roles', () => {
    const supervisor = { role: 'supervisor' as const, unitId: 'dei', unitName: 'DEI', callId: null };
    const office = { role: 'tutoring-office' as const, unitId: null, unitName: null, callId: null };
    expect(proposableUnitIds([supervisor], tree).sort()).toEqual(['dei', 'lab']);
    expect(proposableUnitIds([office], tree)).toEqual([]);
  });
});
