import { describe, expect, it } from 'vitest';
import type { RequiredAttachment } from '../calls/types.ts';
import type { Rubric } from '../profiles/types.ts';
import {
  declarableSituations,
  declaredSituations,
  declaredTitlesIssues,
  isInstitutionalEmail,
  titleCriteria,
} from './declared-titles.ts';

const committee = (id: string, maxItems: number | null = null) => ({
  id,
  label: { it: id, en: id },
  maxPoints: 5,
  assessedBy: 'committee' as const,
  formula: null,
  maxItems,
});
const rubrics: Rubric[] = [
  {
    candidateKinds: ['master'],
    totalPoints: 50,
    criteria: [
      {
        ...committee('grade'),
        assessedBy: 'computed',
        formula: { kind: 'average-times-credit-ratio', divisor: 3 },
      },
      committee('collaborations'),
    ],
  },
  {
    candidateKinds: ['phd'],
    totalPoints: 50,
    criteria: [committee('collaborations'), committee('publications', 6)],
  },
];
const attachments: RequiredAttachment[] = [
  { code: 'id', label: { it: 'id', en: 'id' }, required: 'always' },
  { code: 'self', label: { it: 's', en: 's' }, required: 'when-declared', when: 'degree-elsewhere' },
];

describe('declared titles', () => {
  it('asks only for criteria the committee scores, each once across rubrics', () => {
    expect(titleCriteria(rubrics).map((c) => c.id)).toEqual(['collaborations', 'publications']);
  });

  it('offers the situations of conditional attachments', () => {
    expect(declarableSituations(attachments)).toEqual(['degree-elsewhere']);
  });

  it('accepts items for criteria and yes/no for situations', () => {
    const titles = { collaborations: ['Tutor 2024'], publications: [], 'degree-elsewhere': true };
    expect(declaredTitlesIssues(titles, titleCriteria(rubrics), ['degree-elsewhere'])).toEqual([]);
  });

  it('names every field at fault at once', () => {
    const titles = {
      grade: ['30'],
      publications: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      collaborations: true,
      'degree-elsewhere': ['x'],
    };
    const issues = declaredTitlesIssues(titles, titleCriteria(rubrics), ['degree-elsewhere']);
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['declaredTitles.grade', 'unknown-title'],
      ['declaredTitles.publications', 'too-many-items'],
      ['declaredTitles.collaborations', 'expected-items'],
      ['declaredTitles.degree-elsewhere', 'expected-yes-no'],
    ]);
    expect(issues[1]?.params).toEqual({ max: 6, count: 7 });
  });

  it('reads declared situations from the true values only', () => {
    expect(declaredSituations({ a: true, b: false, c: ['x'] })).toEqual(['a']);
  });
});

describe('institutional email', () => {
  it('accepts the domain and its subdomains, case-insensitively', () => {
    expect(isInstitutionalEmail('m.rossi@poliba.it', ['poliba.it'])).toBe(true);
    expect(isInstitutionalEmail('m.rossi@Studenti.Poliba.IT', ['poliba.it'])).toBe(true);
  });

  it('refuses other domains, including look-alikes', () => {
    expect(isInstitutionalEmail('m.rossi@gmail.com', ['poliba.it'])).toBe(false);
    expect(isInstitutionalEmail('m.rossi@notpoliba.it', ['poliba.it'])).toBe(false);
  });

  it('accepts any address when the university sets no domain', () => {
    expect(isInstitutionalEmail('m.rossi@gmail.com', [])).toBe(true);
  });
});
