import type { CallAmendmentBody, CallDetail, CallDraftBody } from '../../../../../api/calls.ts';
import type { CallRules } from '../../../../../domain/calls/types.ts';
import { PROGRAMME_TYPES, type ProgrammeType } from '../../../../../domain/careers/types.ts';
import { parseEuroCents } from '../../../../../domain/money/cents.ts';

/**
 * The call editor's state as the office types it (every number still text) and its mapping to the API bodies.
 * Pure, so the parsing of amounts and the shape of what is sent are tested without a browser.
 */

export { PROGRAMME_TYPES };
export type ActivityKindValue = 'tutoring' | 'supplementary-teaching';

export interface PositionForm {
  /** A stable React key: rows are added and removed. */
  key: string;
  activityType: string;
  activityKind: ActivityKindValue;
  unitId: string;
  grants: string;
  hoursPerGrant: string;
  /** Gross euros as typed: "3.000,00", "3000", "3000.50". */
  amountEuro: string;
  admittedProgrammeTypes: ProgrammeType[];
}

export interface AttachmentForm {
  key: string;
  code: string;
  labelIt: string;
  labelEn: string;
  required: 'always' | 'when-declared';
  when: string;
}

export interface ArticleForm {
  key: string;
  title: string;
  body: string;
}

/** The adjustable rules; rubrics and tie-breaks travel unchanged from the profile (or the call). */
export interface RulesForm {
  degreeTypes: ProgrammeType[];
  singleCycleFiveYear: string;
  singleCycleSixYear: string;
  maxYearsBeyond: string;
  partTimeExcluded: boolean;
  singleCourseExcluded: boolean;
  statusForWholeAppointment: boolean;
  staffExcluded: boolean;
  appealWindowDays: string;
  maxPositionsPerCandidate: string;
  ownDepartmentFirst: boolean;
  rubrics: CallRules['rubrics'];
  tieBreaks: CallRules['tieBreaks'];
}

export interface CallForm {
  code: string;
  title: string;
  academicYear: string;
  legalReferences: string;
  fundingAssignmentId: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  activitiesEndDate: string;
  rules: RulesForm;
  positions: PositionForm[];
  attachments: AttachmentForm[];
  articles: ArticleForm[];
}

/** A field the browser could not read, named with the path the server would use. */
export interface FormIssue {
  field: string;
  code: 'not-amount' | 'not-integer' | 'required' | 'reason-required';
}

let counter = 0;
export const newKey = () => {
  counter += 1;
  return `row-${counter}`;
};

export { parseEuroCents };

/** Cents as the editor shows them again: "3.000,00". */
export const centsToEuroText = (cents: number): string =>
  new Intl.NumberFormat('it-IT', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: 'always',
  }).format(cents / 100);

/** A whole number typed in a field, or null when it is not one. */
const parseInteger = (text: string): number | null => {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
};

const textOf = (value: number | null) => (value === null ? '' : String(value));

export const rulesFormOf = (rules: CallRules): RulesForm => ({
  degreeTypes: [...rules.eligibility.degreeTypes],
  singleCycleFiveYear: textOf(rules.eligibility.singleCycleMinYear?.fiveYear ?? null),
  singleCycleSixYear: textOf(rules.eligibility.singleCycleMinYear?.sixYear ?? null),
  maxYearsBeyond: textOf(rules.eligibility.maxYearsBeyond),
  partTimeExcluded: rules.eligibility.partTimeExcluded,
  singleCourseExcluded: rules.eligibility.singleCourseExcluded,
  statusForWholeAppointment: rules.eligibility.statusForWholeAppointment,
  staffExcluded: rules.eligibility.staffExcluded,
  appealWindowDays: String(rules.appealWindowDays),
  maxPositionsPerCandidate: textOf(rules.maxPositionsPerCandidate),
  ownDepartmentFirst: rules.ownDepartmentFirst,
  rubrics: rules.rubrics,
  tieBreaks: rules.tieBreaks,
});

export const emptyPosition = (degreeTypes: ProgrammeType[] = []): PositionForm => ({
  key: newKey(),
  activityType: '',
  activityKind: 'tutoring',
  unitId: '',
  grants: '1',
  hoursPerGrant: '',
  amountEuro: '',
  admittedProgrammeTypes: [...degreeTypes],
});

export const emptyAttachment = (): AttachmentForm => ({
  key: newKey(),
  code: '',
  labelIt: '',
  labelEn: '',
  required: 'always',
  when: '',
});

export const emptyArticle = (): ArticleForm => ({ key: newKey(), title: '', body: '' });

/**
 * A new call: the rules of the profile in force, the academic year that starts next September (or this one
 * before it), one empty position.
 */
export const newCallForm = (rules: CallRules, today: Date): CallForm => {
  const year = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return {
    code: '',
    title: '',
    academicYear: String(year),
    legalReferences: '',
    fundingAssignmentId: '',
    opensDate: '',
    opensTime: '09:00',
    closesDate: '',
    closesTime: '12:00',
    activitiesEndDate: '',
    rules: rulesFormOf(rules),
    positions: [emptyPosition(rules.eligibility.degreeTypes)],
    attachments: [],
    articles: [],
  };
};

/** An instant as the Rome calendar date and wall-clock time the office typed. */
export const romeDateTimeOf = (iso: string): { date: string; time: string } => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
};

/** A saved call back in the editor: a draft to edit, or a published call to amend. */
export const callFormOf = (call: CallDetail): CallForm => {
  const opens = romeDateTimeOf(call.opensAt);
  const closes = romeDateTimeOf(call.closesAt);
  return {
    code: call.code,
    title: call.title,
    academicYear: String(call.academicYear),
    legalReferences: call.legalReferences,
    fundingAssignmentId: call.fundingAssignmentId ?? '',
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    activitiesEndDate: call.activitiesEndDate,
    rules: rulesFormOf(call.rules),
    positions: call.positions.map((p) => ({
      key: newKey(),
      activityType: p.activityType,
      activityKind: p.activityKind,
      unitId: p.unitId,
      grants: String(p.grants),
      hoursPerGrant: String(p.hoursPerGrant),
      amountEuro: centsToEuroText(p.amountPerGrantCents),
      admittedProgrammeTypes: [...p.admittedProgrammeTypes],
    })),
    attachments: call.requiredAttachments.map((a) => ({
      key: newKey(),
      code: a.code,
      labelIt: a.label.it,
      labelEn: a.label.en,
      required: a.required,
      when: a.when ?? '',
    })),
    articles: call.articles.map((a) => ({ key: newKey(), title: a.title, body: a.body })),
  };
};

/** Reads the typed numbers; each one that is not a number becomes an issue named like the server's. */
class Reader {
  readonly issues: FormIssue[] = [];

  integer(text: string, field: string): number {
    const value = parseInteger(text);
    if (value === null) {
      this.issues.push({ field, code: 'not-integer' });
      return 0;
    }
    return value;
  }

  /** Empty means "no limit". */
  optionalInteger(text: string, field: string): number | null {
    return text.trim() === '' ? null : this.integer(text, field);
  }

  /** A date or time the browser's picker left empty (the server would only say "YYYY-MM-DD"). */
  present(text: string, field: string): string {
    if (text.trim() === '') this.issues.push({ field, code: 'required' });
    return text.trim();
  }

  cents(text: string, field: string): number {
    const value = parseEuroCents(text);
    if (value === null) {
      this.issues.push({ field, code: 'not-amount' });
      return 0;
    }
    return value;
  }
}

const rulesOf = (form: RulesForm, read: Reader): CallRules => {
  const five = form.singleCycleFiveYear.trim();
  const six = form.singleCycleSixYear.trim();
  const singleCycleField = 'rules.eligibility.singleCycleMinYear';
  return {
    eligibility: {
      degreeTypes: PROGRAMME_TYPES.filter((type) => form.degreeTypes.includes(type)),
      singleCycleMinYear:
        five === '' && six === ''
          ? null
          : {
              fiveYear: read.integer(five, `${singleCycleField}.fiveYear`),
              sixYear: read.integer(six, `${singleCycleField}.sixYear`),
            },
      maxYearsBeyond: read.optionalInteger(form.maxYearsBeyond, 'rules.eligibility.maxYearsBeyond'),
      partTimeExcluded: form.partTimeExcluded,
      singleCourseExcluded: form.singleCourseExcluded,
      statusForWholeAppointment: form.statusForWholeAppointment,
      staffExcluded: form.staffExcluded,
    },
    rubrics: form.rubrics,
    tieBreaks: form.tieBreaks,
    appealWindowDays: read.integer(form.appealWindowDays, 'rules.appealWindowDays'),
    maxPositionsPerCandidate: read.optionalInteger(
      form.maxPositionsPerCandidate,
      'rules.maxPositionsPerCandidate',
    ),
    ownDepartmentFirst: form.ownDepartmentFirst,
  };
};

/** The body of POST /api/calls and PUT /api/calls/:id, or the fields the browser already knows are wrong. */
export const draftBodyOf = (form: CallForm): { body: CallDraftBody; issues: FormIssue[] } => {
  const read = new Reader();
  const body: CallDraftBody = {
    code: form.code.trim(),
    title: form.title.trim(),
    academicYear: read.integer(form.academicYear, 'academicYear'),
    legalReferences: form.legalReferences,
    fundingAssignmentId: form.fundingAssignmentId === '' ? null : form.fundingAssignmentId,
    opensAt: {
      date: read.present(form.opensDate, 'opensAt.date'),
      time: read.present(form.opensTime, 'opensAt.time'),
    },
    closesAt: {
      date: read.present(form.closesDate, 'closesAt.date'),
      time: read.present(form.closesTime, 'closesAt.time'),
    },
    ...(form.activitiesEndDate === '' ? {} : { activitiesEndDate: form.activitiesEndDate }),
    rules: rulesOf(form.rules, read),
    requiredAttachments: form.attachments.map((a) => ({
      code: a.code.trim(),
      label: { it: a.labelIt.trim(), en: a.labelEn.trim() },
      required: a.required,
      ...(a.required === 'when-declared' && a.when.trim() !== '' ? { when: a.when.trim() } : {}),
    })),
    articles: form.articles.map((a) => ({ title: a.title.trim(), body: a.body })),
    positions: form.positions.map((p, index) => ({
      activityType: p.activityType.trim(),
      activityKind: p.activityKind,
      unitId: p.unitId,
      grants: read.integer(p.grants, `positions.${index}.grants`),
      hoursPerGrant: read.integer(p.hoursPerGrant, `positions.${index}.hoursPerGrant`),
      amountPerGrantCents: read.cents(p.amountEuro, `positions.${index}.amountPerGrantCents`),
      admittedProgrammeTypes: PROGRAMME_TYPES.filter((type) => p.admittedProgrammeTypes.includes(type)),
    })),
  };
  return { body, issues: read.issues };
};

/** The parts of a call an amendment may change (api/calls.ts), each sent whole when it differs. */
const AMENDABLE = [
  'title',
  'legalReferences',
  'opensAt',
  'closesAt',
  'activitiesEndDate',
  'rules',
  'requiredAttachments',
  'articles',
  'positions',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An amendment: the reason and only the parts that differ from the published call, so the server records (and
 * judges as harmful or not) exactly what the office changed.
 */
export const amendmentBodyOf = (
  original: CallForm,
  edited: CallForm,
  reason: string,
): { body: CallAmendmentBody; issues: FormIssue[] } => {
  const before = draftBodyOf(original).body;
  const { body: after, issues } = draftBodyOf(edited);
  // The server asks for at least 3 characters (api/calls.ts); said here in the editor's words.
  if (reason.trim().length < 3) issues.unshift({ field: 'reason', code: 'reason-required' });
  const changes: Record<string, unknown> = {};
  for (const field of AMENDABLE) {
    if (!same(before[field], after[field])) changes[field] = after[field];
  }
  return { body: { reason: reason.trim(), changes: changes as CallAmendmentBody['changes'] }, issues };
};

/**
 * The server names fields of an amendment under `changes.`; the editor's fields carry the draft's names.
 */
export const editorField = (field: string): string => field.replace(/^changes\./, '');

const SHOWN = [
  /^(code|title|academicYear|legalReferences|fundingAssignmentId|activitiesEndDate|reason|positions)$/,
  /^(opensAt|closesAt)(\.(date|time))?$/,
  /^positions\.\d+\.(activityType|activityKind|unitId|grants|hoursPerGrant|amountPerGrantCents|admittedProgrammeTypes)(\..*)?$/,
  /^rules\.eligibility\.(degreeTypes|singleCycleMinYear|maxYearsBeyond)(\..*)?$/,
  /^rules\.(appealWindowDays|maxPositionsPerCandidate)$/,
  /^requiredAttachments\.\d+\.(code|label|required|when)(\..*)?$/,
  /^articles\.\d+\.(title|body)$/,
];

/** Whether the editor has a field to show a message under; the others are listed above the form. */
export const isShownField = (field: string): boolean => SHOWN.some((pattern) => pattern.test(field));

/** The first message for a field or anything below it ("opensAt" also takes "opensAt.date"). */
export const messageAt = (
  issues: ReadonlyArray<{ field: string; message: string }>,
  field: string,
): string | undefined =>
  issues.find((issue) => issue.field === field || issue.field.startsWith(`${field}.`))?.message;
