import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIROMA2 } from '../../profiles/uniroma2.ts';
import { buildProfile } from '../profiles/builders.ts';
import { buildTerms } from './builders.ts';
import { committedHours, contractedHours, grossCentsOf, hoursByKind, validateTerms } from './terms.ts';

describe('appointment terms', () => {
  it('keep hours and cost apart per ministry activity kind, and add them up (seed 003)', () => {
    const mixed = buildTerms({
      items: [
        { kind: 'supplementary-teaching', hours: 40, costCents: 60_000 },
        { kind: 'tutoring', hours: 20, costCents: 30_000 },
      ],
    });
    expect(contractedHours(mixed)).toBe(60);
    expect(grossCentsOf(mixed)).toBe(90_000);
    expect(hoursByKind(mixed)).toEqual({
      'supplementary-teaching': { hours: 40, costCents: 60_000 },
      tutoring: { hours: 20, costCents: 30_000 },
    });
    expect(validateTerms(mixed, POLIBA.profile).ok).toBe(true);
  });

  it('count training in the paid hours where the profile says so, on top of them elsewhere', () => {
    const terms = buildTerms({ trainingHours: 10 });
    expect(committedHours(terms, POLIBA.profile)).toBe(200);
    const unpaid = buildProfile((p) => {
      p.activity.trainingCountsInHours.value = false;
    });
    expect(committedHours(terms, unpaid)).toBe(210);
  });

  it('refuse terms that do not hold together, naming every problem', () => {
    const result = validateTerms(
      buildTerms({
        startDate: '2026-12-31',
        endDate: '2026-03-01',
        items: [
          { kind: 'tutoring', hours: 0, costCents: 10.5 },
          { kind: 'tutoring', hours: 10, costCents: 100 },
        ],
        trainingHours: 20,
      }),
      POLIBA.profile,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid-appointment-terms',
        problems: [
          'duplicate-kind',
          'hours-not-positive',
          'cost-not-valid',
          'dates-invalid',
          'training-above-hours',
        ],
      },
    });
    expect(validateTerms(buildTerms({ items: [] }), POLIBA.profile)).toMatchObject({
      error: { problems: ['no-activity', 'training-above-hours'] },
    });
    expect(validateTerms(buildTerms({ endDate: '2026-02-30' }), POLIBA.profile)).toMatchObject({
      error: { problems: ['dates-invalid'] },
    });
  });

  it('ask for at least the 8 hours of safety training at Tor Vergata (seed 002 art. 8 c.2)', () => {
    expect(validateTerms(buildTerms({ trainingHours: 8 }), UNIROMA2.profile).ok).toBe(true);
    expect(validateTerms(buildTerms({ trainingHours: 7 }), UNIROMA2.profile)).toMatchObject({
      error: { problems: ['safety-training-missing'] },
    });
  });
});
