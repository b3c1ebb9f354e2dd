import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import type { Rubric } from '../profiles/types.ts';
import { validateCommitteeScore } from './committee-score.ts';

const masters = POLIBA.profile.rubrics[0]?.value as Rubric;
const input = (
  points: number | string,
  criterionId = 'collaborations',
  note = 'Tutorato alla pari 2024/25',
) => ({
  criterionId,
  points,
  note,
});

describe('a committee score (issue 4: 0..max, two decimals, a note for each score)', () => {
  it('accepts a score up to the maximum with its note, trimmed', () => {
    expect(validateCommitteeScore(masters, input('7,5'))).toEqual({
      ok: true,
      value: { criterionId: 'collaborations', hundredths: 750, note: 'Tutorato alla pari 2024/25' },
    });
    expect(validateCommitteeScore(masters, input(8, 'collaborations', '  2 anni part-time '))).toMatchObject({
      ok: true,
      value: { hundredths: 800, note: '2 anni part-time' },
    });
    expect(validateCommitteeScore(masters, input(0))).toMatchObject({ ok: true, value: { hundredths: 0 } });
  });

  const refused = (points: number | string, problem: string, criterionId = 'collaborations', note = 'ok') =>
    expect(validateCommitteeScore(masters, input(points, criterionId, note))).toEqual({
      ok: false,
      error: {
        kind: 'invalid-score',
        criterionId,
        problem,
        maxPoints: masters.criteria.find((c) => c.id === criterionId)?.maxPoints ?? null,
      },
    });

  it('refuses a score above the maximum, by a hundredth', () => {
    refused('8,01', 'above-max');
    refused(2.01, 'above-max', 'certificates');
  });

  it('refuses negative scores, more than two decimals and text that is not a number', () => {
    refused(-1, 'negative');
    refused('7,125', 'too-many-decimals');
    refused('sette', 'not-a-number');
  });

  it('refuses a score without a note', () => {
    refused(5, 'note-required', 'collaborations', '   ');
  });

  it('refuses scoring a computed criterion by hand, or one the rubric does not have', () => {
    refused(18, 'computed-criterion', 'bachelor-grade');
    refused(1, 'unknown-criterion', 'interview');
  });
});
