import { describe, expect, it } from 'vitest';
import { romeToUtc } from '../calendar/rome-time.ts';
import { assessAmendment } from './amendments.ts';
import { buildCall, buildPosition } from './builders.ts';

const before = buildCall({
  positions: [buildPosition({ grants: 2 }), buildPosition({ unitId: 'unit-dei' })],
});

describe('assessAmendment', () => {
  it('records what changed and finds nothing harmful in a longer window or clearer text', () => {
    const after = { ...before, closesAt: romeToUtc('2026-03-06', '12:00'), title: 'Titolo corretto' };
    const result = assessAmendment(before, after);
    expect(Object.keys(result.changes).sort()).toEqual(['closesAt', 'title']);
    expect(result.harms).toEqual([]);
  });

  it('finds a shorter window harmful, at either end', () => {
    expect(assessAmendment(before, { ...before, closesAt: romeToUtc('2026-02-20', '12:00') }).harms).toEqual([
      'earlier-close',
    ]);
    expect(assessAmendment(before, { ...before, opensAt: romeToUtc('2026-02-10') }).harms).toEqual([
      'later-opening',
    ]);
  });

  it('finds fewer grants or a removed position harmful, more grants not', () => {
    const fewer = {
      ...before,
      positions: [buildPosition({ grants: 1 }), buildPosition({ unitId: 'unit-dei' })],
    };
    expect(assessAmendment(before, fewer).harms).toEqual(['fewer-grants']);
    const removed = { ...before, positions: [buildPosition({ grants: 3 })] };
    expect(assessAmendment(before, removed).harms).toEqual(['position-removed']);
    const more = { ...before, positions: [...before.positions, buildPosition({ unitId: 'unit-arcod' })] };
    expect(assessAmendment(before, more).harms).toEqual([]);
  });

  it('finds stricter eligibility harmful, looser not', () => {
    const stricter = {
      ...before,
      rules: { ...before.rules, eligibility: { ...before.rules.eligibility, maxYearsBeyond: 0 } },
    };
    expect(assessAmendment(before, stricter).harms).toEqual(['stricter-eligibility']);
    const looser = {
      ...before,
      rules: { ...before.rules, eligibility: { ...before.rules.eligibility, maxYearsBeyond: 2 } },
    };
    expect(assessAmendment(before, looser).harms).toEqual([]);
    const fewerPositions = { ...before, rules: { ...before.rules, maxPositionsPerCandidate: 1 } };
    expect(assessAmendment(before, fewerPositions).harms).toEqual(['fewer-positions-per-candidate']);
  });

  it('finds a new required attachment harmful, and an optional one made mandatory', () => {
    const added = {
      ...before,
      requiredAttachments: [
        ...before.requiredAttachments,
        { code: 'cv', label: { it: 'Curriculum', en: 'CV' }, required: 'always' as const },
      ],
    };
    expect(assessAmendment(before, added).harms).toEqual(['new-required-attachment']);
    const dropped = { ...before, requiredAttachments: [] };
    expect(assessAmendment(before, dropped).harms).toEqual([]);
  });
});
