import type { ProgrammeType } from '../careers/types.ts';
import type { RegulationProfile, Rubric, SingleCycleMinYears, TieBreak } from '../profiles/types.ts';

/** The ministry's kinds of activity (seed 003): tutoring proper or supplementary teaching. */
export const ACTIVITY_KINDS = ['tutoring', 'supplementary-teaching'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * The settings a call takes from the regulation profile when it is drafted (decision 006). Copied, not referenced:
 * a later change of the profile must not change the rules of a call already published, and the office may adjust
 * them for one call (e.g. a stricter fuori corso limit).
 */
export interface CallRules {
  eligibility: {
    degreeTypes: ProgrammeType[];
    singleCycleMinYear: SingleCycleMinYears | null;
    maxYearsBeyond: number | null;
    partTimeExcluded: boolean;
    singleCourseExcluded: boolean;
    statusForWholeAppointment: boolean;
    staffExcluded: boolean;
  };
  rubrics: Rubric[];
  tieBreaks: TieBreak[];
  appealWindowDays: number;
  maxPositionsPerCandidate: number | null;
  ownDepartmentFirst: boolean;
}

/** A row of the call's table (seed 004 art. 1). */
export interface CallPositionData {
  activityType: string;
  activityKind: ActivityKind;
  unitId: string;
  grants: number;
  hoursPerGrant: number;
  amountPerGrantCents: number;
  admittedProgrammeTypes: ProgrammeType[];
}

/** An attachment the application must carry: always, or when the candidate declares the situation `when`. */
export interface RequiredAttachment {
  code: string;
  label: { it: string; en: string };
  required: 'always' | 'when-declared';
  when?: string;
}

export interface CallArticle {
  title: string;
  body: string;
}

/** What an office sets on a call, with the window already converted to UTC instants. */
export interface CallData {
  title: string;
  academicYear: number;
  legalReferences: string;
  opensAt: Date;
  closesAt: Date;
  /** YYYY-MM-DD, Rome calendar date. */
  activitiesEndDate: string;
  rules: CallRules;
  requiredAttachments: RequiredAttachment[];
  articles: CallArticle[];
  positions: CallPositionData[];
}

export const rulesFromProfile = (profile: RegulationProfile): CallRules => ({
  eligibility: {
    degreeTypes: [...profile.eligibility.degreeTypes.value],
    singleCycleMinYear: profile.eligibility.singleCycleMinYear.value,
    maxYearsBeyond: profile.eligibility.maxYearsBeyond.value,
    partTimeExcluded: profile.eligibility.partTimeExcluded.value,
    singleCourseExcluded: profile.eligibility.singleCourseExcluded.value,
    statusForWholeAppointment: profile.eligibility.statusForWholeAppointment.value,
    staffExcluded: profile.eligibility.staffExcluded.value,
  },
  rubrics: profile.rubrics.map((rubric) => rubric.value),
  tieBreaks: profile.rankings.tieBreaks.map((tieBreak) => tieBreak.value),
  appealWindowDays: profile.rankings.appealWindowDays.value,
  maxPositionsPerCandidate: profile.applications.maxPositionsPerCandidate.value,
  ownDepartmentFirst: profile.applications.ownDepartmentFirst.value,
});

export const totalGrants = (positions: readonly CallPositionData[]): number =>
  positions.reduce((total, position) => total + position.grants, 0);

/** What the positions of a call commit: grants x gross amount per grant, in cents. */
export const committedCents = (
  positions: readonly Pick<CallPositionData, 'grants' | 'amountPerGrantCents'>[],
) => positions.reduce((total, position) => total + position.grants * position.amountPerGrantCents, 0);

/**
 * The last day of activities by the Bari rule (seed 004 art. 9): 31 December of the second calendar year of the
 * academic year (2025/26 -> 2026-12-31).
 */
export const defaultActivitiesEndDate = (academicYear: number): string => `${academicYear + 1}-12-31`;
