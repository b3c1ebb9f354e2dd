import type { WorkingDaySettings } from '../calendar/working-days.ts';
import type { ProgrammeType } from '../careers/types.ts';
import {
  CANDIDATE_KIND_OF,
  type CandidateKind,
  type InpsRate,
  type RegulationProfile,
  type Rubric,
  type TieBreak,
} from './types.ts';

/** What the working-day calendar needs from a profile. */
export const workingDaySettings = (profile: RegulationProfile): WorkingDaySettings => ({
  saturdaysAreWorkingDays: profile.calendar.saturdaysAreWorkingDays.value,
  patronDay: profile.calendar.patronDay.value?.monthDay ?? null,
});

/** The INPS Gestione Separata rate of a calendar year, or null when the profile has none for it. */
export const inpsRateFor = (profile: RegulationProfile, year: number): InpsRate | null =>
  profile.inpsRates.find((rate) => rate.value.year === year)?.value ?? null;

/** The rate a payment of a calendar year is made at, and whether it is that year's own. */
export interface ApplicableInpsRate {
  rate: InpsRate;
  /** Not the payment year's own rate but the latest earlier year's, until the profile carries the new one. */
  provisional: boolean;
}

/**
 * The INPS Gestione Separata rate for a payment in a calendar year: that year's own, or else the latest earlier
 * year's, marked provisional. INPS publishes each year's rates by circular weeks into the year (late January or
 * February), and grants are paid meanwhile at the last known rate and adjusted afterwards (conguaglio); blocking
 * January's payouts until the profile is updated would help nobody. Null only when no earlier year has a rate.
 */
export const applicableInpsRate = (profile: RegulationProfile, year: number): ApplicableInpsRate | null => {
  const own = inpsRateFor(profile, year);
  if (own) return { rate: own, provisional: false };
  const earlier = profile.inpsRates
    .map((rate) => rate.value)
    .filter((rate) => rate.year < year)
    .sort((a, b) => b.year - a.year)[0];
  return earlier ? { rate: earlier, provisional: true } : null;
};

export const candidateKindOf = (type: ProgrammeType): CandidateKind => CANDIDATE_KIND_OF[type];

/** The rubric that scores candidates of a kind, or null when that kind is not admitted. */
export const rubricFor = (profile: RegulationProfile, kind: CandidateKind): Rubric | null =>
  profile.rubrics.find((rubric) => rubric.value.candidateKinds.includes(kind))?.value ?? null;

export const tieBreaksOf = (profile: RegulationProfile): TieBreak[] =>
  profile.rankings.tieBreaks.map((tieBreak) => tieBreak.value);

export const admitsProgrammeType = (profile: RegulationProfile, type: ProgrammeType): boolean =>
  profile.eligibility.degreeTypes.value.includes(type);

/**
 * The first year of course admitted for a single-cycle programme of the given normal duration (5 or 6 years),
 * or null when single-cycle students are not admitted.
 */
export const singleCycleMinYear = (
  profile: RegulationProfile,
  normalDurationYears: number,
): number | null => {
  const years = profile.eligibility.singleCycleMinYear.value;
  if (!years || !admitsProgrammeType(profile, 'LMCU')) return null;
  return normalDurationYears >= 6 ? years.sixYear : years.fiveYear;
};
