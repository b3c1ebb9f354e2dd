import type { Application, OpenCall, SaveDraftBody } from '../../../../api/applications.ts';
import type { Problem } from '../../../../api/common.ts';

type FieldIssue = NonNullable<Problem['issues']>[number];

/**
 * What the student is typing into an application, kept apart from what the server has, so that a refused save
 * loses nothing: title items may be empty while typed and are dropped only from the body sent.
 */
export interface DraftForm {
  /** Chosen positions, most preferred first. */
  positionIds: string[];
  /** For each title criterion, the items as typed. */
  titles: Record<string, string[]>;
  /** For each declarable situation (the `when` of a conditional attachment), yes or no. */
  situations: Record<string, boolean>;
  contactEmail: string;
}

type CallShape = Pick<OpenCall, 'titleCriteria' | 'requiredAttachments'>;

/** The situations a candidate may declare: one per conditional attachment's `when`, in the call's order. */
export const declarableSituations = (call: Pick<OpenCall, 'requiredAttachments'>): string[] => [
  ...new Set(
    call.requiredAttachments.flatMap((attachment) =>
      attachment.required === 'when-declared' && attachment.when ? [attachment.when] : [],
    ),
  ),
];

/** The form as the saved draft left it. */
export const formFromApplication = (
  application: Pick<Application, 'positionIds' | 'declaredTitles' | 'contactEmail'>,
  call: CallShape,
): DraftForm => {
  const declared = application.declaredTitles;
  const titles: Record<string, string[]> = {};
  for (const criterion of call.titleCriteria) {
    const value = declared[criterion.id];
    titles[criterion.id] = Array.isArray(value) ? [...value] : [];
  }
  const situations: Record<string, boolean> = {};
  for (const situation of declarableSituations(call)) situations[situation] = declared[situation] === true;
  return {
    positionIds: [...application.positionIds],
    titles,
    situations,
    contactEmail: application.contactEmail ?? '',
  };
};

/** The PUT body: blank items left out, an empty email sent as "none given", every situation as yes or no. */
export const buildSaveBody = (form: DraftForm): SaveDraftBody => {
  const declaredTitles: SaveDraftBody['declaredTitles'] = {};
  for (const [criterion, items] of Object.entries(form.titles)) {
    const kept = items.map((item) => item.trim()).filter((item) => item !== '');
    if (kept.length > 0) declaredTitles[criterion] = kept;
  }
  for (const [situation, declared] of Object.entries(form.situations)) declaredTitles[situation] = declared;
  const email = form.contactEmail.trim();
  return { positionIds: [...form.positionIds], declaredTitles, contactEmail: email === '' ? null : email };
};

/** The same body twice means nothing changed since the last save. */
export const sameBody = (a: SaveDraftBody, b: SaveDraftBody): boolean => {
  const canonical = (body: SaveDraftBody) =>
    JSON.stringify({
      positionIds: body.positionIds,
      contactEmail: body.contactEmail,
      declaredTitles: Object.keys(body.declaredTitles)
        .sort()
        .map((key) => [key, body.declaredTitles[key]]),
    });
  return canonical(a) === canonical(b);
};

/** Where the form shows a server issue: the positions block, a criterion or situation, the email, or the top. */
export type FieldKey = 'positions' | 'contactEmail' | `declaredTitles.${string}` | 'form';

export interface FormIssue {
  message: string;
  /** For a position, its place in the order of preference (1-based). */
  rank?: number;
}

/**
 * Groups the server's issues by the input that shows them. `positionIds.1` is the second preference,
 * `declaredTitles.collaborations.0` an item of that criterion (shown on the criterion); anything else goes on top.
 */
export const issuesByField = (
  issues: readonly FieldIssue[] | undefined,
): Partial<Record<FieldKey, FormIssue[]>> => {
  const grouped: Partial<Record<FieldKey, FormIssue[]>> = {};
  const add = (key: FieldKey, issue: FormIssue) => {
    grouped[key] = [...(grouped[key] ?? []), issue];
  };
  for (const issue of issues ?? []) {
    const [head, second] = issue.field.split('.');
    if (head === 'positionIds') {
      const index = Number(second);
      add('positions', Number.isInteger(index) ? { message: issue.message, rank: index + 1 } : issue);
    } else if (head === 'declaredTitles' && second)
      add(`declaredTitles.${second}`, { message: issue.message });
    else if (head === 'contactEmail') add('contactEmail', { message: issue.message });
    else add('form', { message: issue.message });
  }
  return grouped;
};

/** Ticks or unticks a position: a new one goes last in the order of preference, never beyond the maximum. */
export const togglePosition = (chosen: readonly string[], id: string, max: number | null): string[] => {
  if (chosen.includes(id)) return chosen.filter((candidate) => candidate !== id);
  if (max !== null && chosen.length >= max) return [...chosen];
  return [...chosen, id];
};

/** Moves a chosen position one place up (-1) or down (+1) in the order of preference; at an end, nothing moves. */
export const movePosition = (chosen: readonly string[], index: number, step: -1 | 1): string[] => {
  const target = index + step;
  if (index < 0 || index >= chosen.length || target < 0 || target >= chosen.length) return [...chosen];
  const next = [...chosen];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
};

/** The attachments the application needs now: the ones always required and those of the declared situations. */
export const neededAttachments = <A extends OpenCall['requiredAttachments'][number]>(
  attachments: readonly A[],
  situations: Readonly<Record<string, boolean>>,
): A[] =>
  attachments.filter(
    (attachment) =>
      attachment.required === 'always' ||
      (attachment.when !== undefined && situations[attachment.when] === true),
  );

/** How long until the call closes, when it closes within 48 hours (seed 004 art. 4: the deadline is strict). */
export const closingSoon = (closesAt: string, now: Date): { hours: number; minutes: number } | null => {
  const left = new Date(closesAt).getTime() - now.getTime();
  if (left <= 0 || left >= 48 * 3_600_000) return null;
  const minutes = Math.ceil(left / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
};

/**
 * The Idempotency-Key of a confirmation attempt: a new one for a new attempt, the same one when the last try
 * never got an answer (the server may have confirmed it), so a retry cannot confirm twice.
 */
export const keyForAttempt = (
  previous: string | null,
  lastFailureWasNetwork: boolean,
  newKey: () => string,
): string => (previous !== null && lastFailureWasNetwork ? previous : newKey());

/**
 * Whether a failed confirmation may still have been confirmed by the server: no answer at all, or a 5xx (the
 * database connection may have dropped after COMMIT). Only then is the retry sent with the same key.
 */
export const mayHaveBeenConfirmed = (failure: { kind: string; status: number }, networkKind: string) =>
  failure.kind === networkKind || failure.status >= 500;

/** A random key; crypto.randomUUID exists only in secure contexts, so fall back to random bytes. */
export const randomKey = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
};
