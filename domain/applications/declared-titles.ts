import type { RequiredAttachment } from '../calls/types.ts';
import type { Rubric } from '../profiles/types.ts';

/**
 * What a candidate declares in the application (seed 004 art. 4 and 6): for each criterion the committee scores,
 * the titles as free-text items (one per collaboration, certificate, publication...), and the situations that
 * make a conditional attachment required (a degree obtained at another university), as `true`.
 */
export type DeclaredTitles = Record<string, string[] | boolean>;

/** A criterion the candidate fills in: one the committee scores from declared titles, not one computed. */
export interface TitleCriterion {
  id: string;
  label: { it: string; en: string };
  maxPoints: number;
  maxItems: number | null;
}

/** The criteria the candidate declares titles for, across the rubrics of the call, first occurrence kept. */
export const titleCriteria = (rubrics: readonly Rubric[]): TitleCriterion[] => {
  const seen = new Map<string, TitleCriterion>();
  for (const rubric of rubrics)
    for (const criterion of rubric.criteria)
      if (criterion.assessedBy === 'committee' && !seen.has(criterion.id))
        seen.set(criterion.id, {
          id: criterion.id,
          label: criterion.label,
          maxPoints: criterion.maxPoints,
          maxItems: criterion.maxItems,
        });
  return [...seen.values()];
};

/** The situations a candidate can declare: the `when` of the call's conditional attachments. */
export const declarableSituations = (attachments: readonly RequiredAttachment[]): string[] => [
  ...new Set(attachments.flatMap((a) => (a.required === 'when-declared' && a.when ? [a.when] : []))),
];

export type DeclaredTitlesIssueCode =
  | 'unknown-title'
  | 'too-many-items'
  | 'expected-items'
  | 'expected-yes-no';

export interface DeclaredTitlesIssue {
  field: string;
  code: DeclaredTitlesIssueCode;
  params: Record<string, string | number>;
}

/**
 * Checks declared titles against the call: every key is a title criterion (a list of items, at most `maxItems`)
 * or a declarable situation (yes/no). Every problem at once, each naming its field.
 */
export const declaredTitlesIssues = (
  titles: DeclaredTitles,
  criteria: readonly TitleCriterion[],
  situations: readonly string[],
): DeclaredTitlesIssue[] => {
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  return Object.entries(titles).flatMap(([key, value]): DeclaredTitlesIssue[] => {
    const field = `declaredTitles.${key}`;
    const criterion = byId.get(key);
    if (criterion) {
      if (!Array.isArray(value)) return [{ field, code: 'expected-items' as const, params: {} }];
      if (criterion.maxItems !== null && value.length > criterion.maxItems)
        return [
          {
            field,
            code: 'too-many-items' as const,
            params: { max: criterion.maxItems, count: value.length },
          },
        ];
      return [];
    }
    if (situations.includes(key))
      return typeof value === 'boolean' ? [] : [{ field, code: 'expected-yes-no' as const, params: {} }];
    return [{ field, code: 'unknown-title' as const, params: { key } }];
  });
};

/** Situations the candidate declared (set to true): they make the matching conditional attachments required. */
export const declaredSituations = (titles: Readonly<Record<string, unknown>>): string[] =>
  Object.entries(titles)
    .filter(([, value]) => value === true)
    .map(([key]) => key);

/** Whether an email is on one of the university's domains (seed 004 art. 4: "sul dominio poliba.it"). */
export const isInstitutionalEmail = (email: string, domains: readonly string[]): boolean => {
  if (domains.length === 0) return true;
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
};
