import { PROGRAMME_TYPES, type ProgrammeType } from '../../../../domain/careers/types.ts';
import {
  CAP_KINDS,
  type CapKind,
  DEFAULT_SOURCE,
  INCOMPATIBLE_SITUATIONS,
  type IncompatibleSituation,
  RANKING_PUBLICATIONS,
  type RankingPublication,
  type RefusalPolicy,
  type RegulationProfile,
  type Sourced,
  TIE_BREAKS,
  type TieBreak,
  type YearKind,
} from '../../../../domain/profiles/types.ts';

/**
 * What the administrator's form edits, as the form holds it (numbers as typed), and how it goes back into a
 * profile. Every path is the one the server names when it refuses a value ("caps.contractMinHours"), and the one
 * the profile page shows the setting under, so its label and the server's message land on the same field.
 */

type Group = Exclude<keyof RegulationProfile, 'rubrics' | 'inpsRates'>;

/** A whole number of hours, days, months or members; `nullable` ones read an empty field as "no limit". */
export const NUMBER_FIELDS = [
  { path: 'eligibility.maxYearsBeyond', nullable: true },
  { path: 'caps.maxHoursPerYear', nullable: true },
  { path: 'caps.complexProjectMaxHours', nullable: true },
  { path: 'caps.contractMinHours', nullable: true },
  { path: 'caps.contractMaxHours', nullable: true },
  { path: 'caps.phdMaxHours', nullable: true },
  { path: 'offers.acceptanceWorkingDays', nullable: false },
  { path: 'rankings.appealWindowDays', nullable: false },
  { path: 'rankings.validityMonths', nullable: false },
  { path: 'rankings.committeeMinMembers', nullable: false },
  { path: 'applications.maxPositionsPerCandidate', nullable: true },
  { path: 'activity.safetyTrainingHours', nullable: true },
  { path: 'activity.maxPauseDays', nullable: true },
  { path: 'payout.minimumHours', nullable: true },
  { path: 'payout.supervisorReportDays', nullable: true },
  { path: 'payout.paymentDays', nullable: true },
] as const satisfies ReadonlyArray<{ path: `${Group}.${string}`; nullable: boolean }>;
export type NumberPath = (typeof NUMBER_FIELDS)[number]['path'];

/** Yes/no settings, as checkboxes. */
export const FLAG_FIELDS = [
  'eligibility.partTimeExcluded',
  'eligibility.singleCourseExcluded',
  'eligibility.statusForWholeAppointment',
  'eligibility.staffExcluded',
  'caps.oneGrantPerAcademicYear',
  'caps.grantsCumulative',
  'calendar.saturdaysAreWorkingDays',
  'applications.ownDepartmentFirst',
  'activity.trainingCountsInHours',
  'activity.regionalCommunication',
] as const satisfies ReadonlyArray<`${Group}.${string}`>;
export type FlagPath = (typeof FLAG_FIELDS)[number];

/** Settings that list some of a closed set of values, as a group of checkboxes. */
export const LIST_FIELDS = {
  'eligibility.degreeTypes': PROGRAMME_TYPES,
  'caps.overridable': CAP_KINDS,
  'compatibility.incompatibleWith': INCOMPATIBLE_SITUATIONS,
} as const;
export type ListPath = keyof typeof LIST_FIELDS;

export interface Draft {
  numbers: Record<NumberPath, string>;
  flags: Record<FlagPath, boolean>;
  lists: {
    'eligibility.degreeTypes': ProgrammeType[];
    'caps.overridable': CapKind[];
    'compatibility.incompatibleWith': IncompatibleSituation[];
  };
  /** Euros as typed, with a comma or a point; empty = no limit. */
  maxAmountEuro: string;
  amountYear: YearKind;
  publication: RankingPublication;
  tieBreaks: TieBreak[];
  /** Days after the start by which the INPS registration is due; 0 = before the start, empty = no date set. */
  inpsDaysAfterStart: string;
  /** First admitted year of 5- and 6-year single-cycle programmes; both empty = none. */
  singleCycle: { fiveYear: string; sixYear: string };
  refusal: { kind: RefusalPolicy['kind']; excludeAfter: string; silenceIsRefusal: boolean };
  continuation: { kind: 'never' | 'always' | 'limited'; hours: string };
  /** MM-DD as the profile stores it, and the saint's name; both empty = no patron day. */
  patronDay: { monthDay: string; saint: string };
}

export { RANKING_PUBLICATIONS, TIE_BREAKS };

const settingAt = (profile: RegulationProfile, path: string): Sourced<unknown> => {
  const [group, key] = path.split('.') as [Group, string];
  return (profile[group] as unknown as Record<string, Sourced<unknown>>)[key] as Sourced<unknown>;
};

const text = (value: unknown) => (value === null ? '' : String(value));

export const draftOf = (profile: RegulationProfile): Draft => {
  const cap = profile.caps.maxAmountPerYear.value;
  const inps = profile.activity.inpsRegistration.value;
  const singleCycle = profile.eligibility.singleCycleMinYear.value;
  const refusal = profile.offers.refusal.value;
  const continuation = profile.activity.continuationAfterGraduation.value;
  const patron = profile.calendar.patronDay.value;
  return {
    numbers: Object.fromEntries(
      NUMBER_FIELDS.map(({ path }) => [path, text(settingAt(profile, path).value)]),
    ) as Draft['numbers'],
    flags: Object.fromEntries(
      FLAG_FIELDS.map((path) => [path, settingAt(profile, path).value === true]),
    ) as Draft['flags'],
    lists: {
      'eligibility.degreeTypes': [...profile.eligibility.degreeTypes.value],
      'caps.overridable': [...profile.caps.overridable.value],
      'compatibility.incompatibleWith': [...profile.compatibility.incompatibleWith.value],
    },
    maxAmountEuro: cap === null ? '' : (cap.cents / 100).toFixed(2).replace('.', ','),
    amountYear: cap?.year ?? 'academic',
    publication: profile.rankings.publication.value,
    tieBreaks: profile.rankings.tieBreaks.map((item) => item.value),
    inpsDaysAfterStart: inps === null ? '' : String(inps.daysAfterStart),
    singleCycle: {
      fiveYear: text(singleCycle?.fiveYear ?? null),
      sixYear: text(singleCycle?.sixYear ?? null),
    },
    refusal: {
      kind: refusal.kind,
      excludeAfter: refusal.kind === 'move-to-end' ? text(refusal.excludeAfter) : '',
      silenceIsRefusal: refusal.silenceIsRefusal,
    },
    continuation:
      typeof continuation === 'string'
        ? { kind: continuation, hours: '' }
        : { kind: 'limited', hours: String(continuation.maxRemainingHours) },
    patronDay: { monthDay: patron?.monthDay ?? '', saint: patron?.saint ?? '' },
  };
};

/** A typed number; an empty field is "no limit". Anything unreadable goes to the server, which names the field. */
export const numberOf = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
};

const OBJECT_SETTINGS = [
  'caps.maxAmountPerYear',
  'eligibility.singleCycleMinYear',
  'offers.refusal',
  'activity.continuationAfterGraduation',
  'calendar.patronDay',
  'activity.inpsRegistration',
] as const;

/** JSON with the keys of every object in order, to compare two values whatever order their keys came in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => a.localeCompare(b)))
      : node,
  );

/** A number the setting cannot do without: an empty field goes to the server as NaN, which it names. */
const required = (value: string): number => numberOf(value) ?? Number.NaN;

/** The profile with the draft's values; every source stays as it was (a new tie-break reads "default"). */
export const profileFrom = (profile: RegulationProfile, draft: Draft): RegulationProfile => {
  const next = structuredClone(profile);
  for (const { path, nullable } of NUMBER_FIELDS) {
    const value = numberOf(draft.numbers[path]);
    settingAt(next, path).value = nullable ? value : (value ?? Number.NaN);
  }
  for (const path of FLAG_FIELDS) settingAt(next, path).value = draft.flags[path];
  for (const path of Object.keys(LIST_FIELDS) as ListPath[])
    settingAt(next, path).value = [...draft.lists[path]];
  const euros = numberOf(draft.maxAmountEuro);
  next.caps.maxAmountPerYear.value =
    euros === null ? null : { cents: Math.round(euros * 100), year: draft.amountYear };
  next.rankings.publication.value = draft.publication;
  const sources = new Map(profile.rankings.tieBreaks.map((item) => [item.value, item.source]));
  next.rankings.tieBreaks = draft.tieBreaks.map((value) => ({
    value,
    source: sources.get(value) ?? DEFAULT_SOURCE,
  }));
  const days = numberOf(draft.inpsDaysAfterStart);
  next.activity.inpsRegistration.value = days === null ? null : { daysAfterStart: days };
  const { fiveYear, sixYear } = draft.singleCycle;
  next.eligibility.singleCycleMinYear.value =
    fiveYear.trim() === '' && sixYear.trim() === ''
      ? null
      : { fiveYear: required(fiveYear), sixYear: required(sixYear) };
  const { kind, excludeAfter, silenceIsRefusal } = draft.refusal;
  next.offers.refusal.value =
    kind === 'exclude'
      ? { kind, silenceIsRefusal }
      : { kind, excludeAfter: numberOf(excludeAfter), silenceIsRefusal };
  next.activity.continuationAfterGraduation.value =
    draft.continuation.kind === 'limited'
      ? { maxRemainingHours: required(draft.continuation.hours) }
      : draft.continuation.kind;
  const patron = { monthDay: draft.patronDay.monthDay.trim(), saint: draft.patronDay.saint.trim() };
  next.calendar.patronDay.value = patron.monthDay === '' && patron.saint === '' ? null : patron;
  // An object setting left as it was keeps its own object, so the audit log sees no change in it.
  for (const path of OBJECT_SETTINGS) {
    if (canonical(settingAt(next, path).value) === canonical(settingAt(profile, path).value))
      settingAt(next, path).value = structuredClone(settingAt(profile, path).value);
  }
  return next;
};

/** Adds or removes one item, keeping the order of the others (so an untouched list saves unchanged). */
export const toggled = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((other) => other !== item);

/** The list with the item at `index` swapped with its neighbour (`by` -1 up, +1 down). */
export const moved = <T>(list: readonly T[], index: number, by: -1 | 1): T[] => {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1) as [T];
  next.splice(target, 0, item);
  return next;
};
