import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../domain/profiles/builders.ts';
import { settingsOf } from '../../../domain/profiles/settings.ts';
import { PROFILE_ISSUE_CODES } from '../../../domain/profiles/validate.ts';
import { describeProfileIssue, profileFieldLabel } from '../../i18n/profile-messages.ts';

const PARAMS = {
  min: 1,
  max: 5,
  value: 'LM',
  kind: 'phd',
  other: 1,
  sum: 49,
  total: 50,
  contract: 200,
  year: 90,
};

describe('profile messages', () => {
  it('render every issue code in Italian and English with its parameters', () => {
    for (const code of PROFILE_ISSUE_CODES) {
      for (const locale of ['it', 'en'] as const) {
        const params = { ...PARAMS, phd: 500, complex: 60, minimum: 300, points: 23, reachable: 5 };
        const text = describeProfileIssue({ field: 'caps.contractMinHours.value', code, params }, locale);
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|\$\{/);
        expect(text, `${code} ${locale}`).toMatch(/^[^:]+: .+\.$/);
      }
    }
  });

  it('name every setting of a profile in both languages, never by its raw path', () => {
    for (const { path } of settingsOf(buildProfile())) {
      for (const locale of ['it', 'en'] as const) {
        const label = profileFieldLabel(`${path}.value`, locale);
        expect(label, path).not.toContain('.');
        expect(label, path).not.toContain('undefined');
      }
    }
  });

  it('name the part of a rubric, a rate or a value at fault', () => {
    expect(profileFieldLabel('rubrics.0.value.criteria.2.maxPoints', 'it')).toBe(
      'Griglia 1, criterio 3: punteggio massimo',
    );
    expect(profileFieldLabel('rubrics.1.value.totalPoints', 'en')).toBe('Rubric 2: total points');
    expect(profileFieldLabel('inpsRates.0.value.studentShare', 'it')).toBe(
      'Aliquote INPS 1: quota a carico dello studente',
    );
    expect(profileFieldLabel('caps.maxAmountPerYear.value.cents', 'en')).toBe(
      'Maximum amount per year (amount)',
    );
    expect(profileFieldLabel('caps.maxHoursPerYear.source', 'it')).toBe(
      'Ore massime per anno accademico (fonte)',
    );
    expect(profileFieldLabel('rankings.tieBreaks.1.value', 'en')).toBe('Tie-breaks 2');
    expect(
      describeProfileIssue(
        { field: 'rubrics', code: 'rubric-kind-missing', params: { kind: 'single-cycle' } },
        'en',
      ),
    ).toBe('Rubrics: no rubric scores single-cycle students.');
  });
});
