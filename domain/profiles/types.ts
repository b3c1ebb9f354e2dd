import type { ProgrammeType } from '../careers/types.ts';

/**
 * One setting of a regulation profile and the text it comes from: "seed 004 art. 2", "domain.md §6 (DM
 * 976/2014)", a university's own decree, or "default" where the regulation is silent and we chose. Every leaf
 * of a profile sits inside exactly one Sourced, so an office can always answer "says who?" (decision 005).
 */
export interface Sourced<T> {
  value: T;
  source: string;
}

/** The source of a value the regulation does not state. */
export const DEFAULT_SOURCE = 'default';

/** Who is being scored: each admitted programme type is scored by exactly one rubric. */
export const CANDIDATE_KINDS = ['bachelor', 'master', 'single-cycle', 'phd', 'specialisation'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export const CANDIDATE_KIND_OF: Record<ProgrammeType, CandidateKind> = {
  L: 'bachelor',
  LM: 'master',
  LMCU: 'single-cycle',
  PHD: 'phd',
  SPEC: 'specialisation',
};

/** Applied in order when two candidates have the same score. */
export const TIE_BREAKS = [
  /** The younger candidate first (seed 004 art. 6; L. 127/1997 art. 3 c.7 for public selections). */
  'younger-first',
  /** Students in economic hardship first (seed 002 art. 3 c.3, DM 1047/2017 art. 3 c.2). */
  'economic-hardship-first',
  /** PhD students without a scholarship first (seed 003). */
  'phd-without-scholarship-first',
] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

/** Benefits a tutoring grant cannot be held with; which ones varies by university (domain.md section 3). */
export const INCOMPATIBLE_SITUATIONS = [
  'research-grant',
  'merit-scholarship',
  'post-graduate-research-scholarship',
  'part-time-collaboration',
  'disability-support-collaboration',
  'fee-exemption',
] as const;
export type IncompatibleSituation = (typeof INCOMPATIBLE_SITUATIONS)[number];

/**
 * The caps checked before an appointment is made (domain/caps). A profile lists those the office may override with
 * a reason written to the audit log (caps.overridable).
 */
export const CAP_KINDS = [
  /** Gross amount per calendar or academic year across all the student's appointments (DM 976/2014, seed 001). */
  'amount-per-year',
  /** Hours per academic year across appointments (seed 002 art. 5; seed 003: 90, 150 for complex projects). */
  'hours-per-year',
  /** Fewest hours of one contract (seed 003: 30). */
  'contract-min-hours',
  /** Most hours of one contract (seed 003: 90). */
  'contract-max-hours',
  /** Hours per academic year of a PhD student (seed 002 art. 5 c.2: 40). */
  'phd-hours',
  /** At most one grant per academic year (seed 002 art. 6 c.6). */
  'one-grant-per-academic-year',
  /** Grants not cumulative: no second live appointment of the same call or in the same period (seed 004 art. 8). */
  'not-cumulative',
  /** A benefit the student declares that the profile lists as incompatible (compatibility.incompatibleWith). */
  'incompatible-situation',
  /** University employees cannot be tutors (eligibility.staffExcluded, seed 003). */
  'university-staff',
] as const;
export type CapKind = (typeof CAP_KINDS)[number];

/**
 * When the tutor must declare the INPS Gestione Separata registration: `daysAfterStart` 0 means by the first day
 * of activity (seed 001 art. 10 c.3: "prima di iniziare"), 30 within 30 days of it (seed 004 art. 10).
 */
export interface InpsRegistrationDeadline {
  daysAfterStart: number;
}

/** What a published ranking shows of a candidate (Garante privacy, 15 May 2014). */
export const RANKING_PUBLICATIONS = ['pseudonymised', 'student-number', 'full-name'] as const;
export type RankingPublication = (typeof RANKING_PUBLICATIONS)[number];

export type YearKind = 'calendar' | 'academic';

export interface AmountCap {
  cents: number;
  /** Ferrara counts the calendar year (seed 001 art. 10), most universities the academic year. */
  year: YearKind;
}

/**
 * What happens when a selected candidate refuses an offer (or, with `silenceIsRefusal`, lets the window pass):
 * leaves the ranking at once, or drops to its end and leaves at the `excludeAfter`-th refusal (Ferrara: 2).
 */
export type RefusalPolicy =
  | { kind: 'exclude'; silenceIsRefusal: boolean }
  | { kind: 'move-to-end'; excludeAfter: number | null; silenceIsRefusal: boolean };

/** Whether a tutor who graduates during the appointment may finish it. */
export type ContinuationAfterGraduation = 'never' | 'always' | { maxRemainingHours: number };

export interface PatronDay {
  /** MM-DD */
  monthDay: string;
  saint: string;
}

export interface SingleCycleMinYears {
  /** First year of course admitted in a 5-year single-cycle programme (last two years: 4). */
  fiveYear: number;
  /** First year of course admitted in a 6-year one (last three years: 4). */
  sixYear: number;
}

/** A criterion the application computes from career data, with the rule it uses. */
export type CriterionFormula =
  /** Points by the final grade of the previous degree (out of 110), plus points for honours (seed 004 art. 6). */
  | { kind: 'degree-grade-bands'; bands: Array<{ minGrade: number; points: number }>; honoursPoints: number }
  /**
   * Weighted grade average x (credits earned / credits obtainable for the year of enrolment) / divisor
   * (seed 004 art. 6: divisor 3 for master's students, 1 for single-cycle).
   */
  | { kind: 'average-times-credit-ratio'; divisor: number };

export interface RubricCriterion {
  /** kebab-case, unique within its rubric; scores are stored against it. */
  id: string;
  label: { it: string; en: string };
  maxPoints: number;
  /** 'computed' from career data by a formula, or 'committee' (assessed from declared titles). */
  assessedBy: 'computed' | 'committee';
  formula: CriterionFormula | null;
  /** At most this many items are considered (Bari: 6 publications), or null. */
  maxItems: number | null;
}

export interface Rubric {
  candidateKinds: CandidateKind[];
  totalPoints: number;
  criteria: RubricCriterion[];
}

/** INPS Gestione Separata for one calendar year (domain.md section 6): the rate and the student's share. */
export interface InpsRate {
  year: number;
  /** 3503 = 35.03% */
  rateBasisPoints: number;
  /** 1/3 borne by the student, the rest by the university. */
  studentShare: { numerator: number; denominator: number };
}

/**
 * Every rule that differs between universities (domain.md section 4, issue 3). Hours are per academic year unless
 * named otherwise; a null cap means "no limit of its own" (the law's limits still hold elsewhere).
 */
export interface RegulationProfile {
  eligibility: {
    /** Programme types whose students may apply; 'SPEC' admits specialisation schools (Ferrara). */
    degreeTypes: Sourced<ProgrammeType[]>;
    /** Required when 'LMCU' is admitted. */
    singleCycleMinYear: Sourced<SingleCycleMinYears | null>;
    /** Years beyond the normal duration (fuori corso) still admitted; null = no limit. */
    maxYearsBeyond: Sourced<number | null>;
    partTimeExcluded: Sourced<boolean>;
    singleCourseExcluded: Sourced<boolean>;
    /** The enrolment must hold until the appointment ends (graduation aside, see activity.continuation). */
    statusForWholeAppointment: Sourced<boolean>;
    /** University employees cannot be tutors (Ca' Foscari). */
    staffExcluded: Sourced<boolean>;
  };
  caps: {
    maxAmountPerYear: Sourced<AmountCap | null>;
    maxHoursPerYear: Sourced<number | null>;
    /** Hours per year allowed for projects of particular complexity (Ca' Foscari: 150). */
    complexProjectMaxHours: Sourced<number | null>;
    contractMinHours: Sourced<number | null>;
    contractMaxHours: Sourced<number | null>;
    phdMaxHours: Sourced<number | null>;
    oneGrantPerAcademicYear: Sourced<boolean>;
    /** A student may hold more than one appointment (within the caps, never in the same hours). */
    grantsCumulative: Sourced<boolean>;
    /** Caps the office may override with a reason (audited); every other breach blocks the appointment. */
    overridable: Sourced<CapKind[]>;
  };
  offers: {
    acceptanceWorkingDays: Sourced<number>;
    refusal: Sourced<RefusalPolicy>;
  };
  calendar: {
    saturdaysAreWorkingDays: Sourced<boolean>;
    patronDay: Sourced<PatronDay | null>;
  };
  rankings: {
    /** Calendar days the provisional ranking stays open to appeals. */
    appealWindowDays: Sourced<number>;
    validityMonths: Sourced<number>;
    /** Fewest members of a selection committee (seed 002 art. 4, seed 003: at least three). */
    committeeMinMembers: Sourced<number>;
    publication: Sourced<RankingPublication>;
    tieBreaks: Array<Sourced<TieBreak>>;
  };
  applications: {
    /** Positions one candidate may apply to in a call; null = no limit. */
    maxPositionsPerCandidate: Sourced<number | null>;
    /** Candidates from the position's own department come first (seed 004 art. 4). */
    ownDepartmentFirst: Sourced<boolean>;
  };
  rubrics: Array<Sourced<Rubric>>;
  activity: {
    /** Training before the activity is part of the paid hours. */
    trainingCountsInHours: Sourced<boolean>;
    /** Mandatory safety training, in hours (Tor Vergata: 8), or null. */
    safetyTrainingHours: Sourced<number | null>;
    maxPauseDays: Sourced<number | null>;
    continuationAfterGraduation: Sourced<ContinuationAfterGraduation>;
    /** When the INPS Gestione Separata registration is due, or null when the regulation sets no date. */
    inpsRegistration: Sourced<InpsRegistrationDeadline | null>;
    /**
     * The start must be sent to the region as a mandatory communication by the 20th of the month after the letter's
     * protocol date (seed 003, Regione Veneto).
     */
    regionalCommunication: Sourced<boolean>;
  };
  payout: {
    /** Fewest hours done for an interrupted appointment to be paid (Bari: 30), or null. */
    minimumHours: Sourced<number | null>;
    /** Days the supervisor has to report the end and the hours (Tor Vergata: 15). */
    supervisorReportDays: Sourced<number | null>;
    /** Days accounting has to pay once the register is delivered (Ca' Foscari: 60). */
    paymentDays: Sourced<number | null>;
  };
  compatibility: {
    incompatibleWith: Sourced<IncompatibleSituation[]>;
  };
  inpsRates: Array<Sourced<InpsRate>>;
}

/** A profile shipped with the product, built from one seed institution's regulation. */
export interface ProfilePreset {
  code: string;
  name: string;
  city: string;
  profile: RegulationProfile;
}
