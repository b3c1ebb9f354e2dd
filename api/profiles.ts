import { z } from 'zod';
import { PROGRAMME_TYPES } from '../domain/careers/types.ts';
import {
  CANDIDATE_KINDS,
  CAP_KINDS,
  INCOMPATIBLE_SITUATIONS,
  RANKING_PUBLICATIONS,
  type RegulationProfile,
  TIE_BREAKS,
} from '../domain/profiles/types.ts';

/**
 * The shape of a regulation profile at the edge. Ranges and contradictions between values are the domain's
 * (domain/profiles/validate.ts), which answers with issues that name the field; this only checks the types.
 * Objects are strict: a misspelt setting is refused, never silently dropped.
 */
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: z.string().max(500) });

const count = z.number();

const CriterionFormulaSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('degree-grade-bands'),
    bands: z.array(z.strictObject({ minGrade: count, points: count })).max(20),
    honoursPoints: count,
  }),
  z.strictObject({ kind: z.literal('average-times-credit-ratio'), divisor: count }),
]);

const RubricCriterionSchema = z.strictObject({
  id: z.string().max(60),
  label: z.strictObject({ it: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  maxPoints: count,
  assessedBy: z.enum(['computed', 'committee']),
  formula: CriterionFormulaSchema.nullable(),
  maxItems: count.nullable(),
});

const RubricSchema = z.strictObject({
  candidateKinds: z.array(z.enum(CANDIDATE_KINDS)).max(CANDIDATE_KINDS.length * 2),
  totalPoints: count,
  criteria: z.array(RubricCriterionSchema).min(1).max(30),
});

const RefusalPolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exclude'), silenceIsRefusal: z.boolean() }),
  z.strictObject({
    kind: z.literal('move-to-end'),
    excludeAfter: count.nullable(),
    silenceIsRefusal: z.boolean(),
  }),
]);

export const RegulationProfileSchema = z.strictObject({
  eligibility: z.strictObject({
    degreeTypes: sourced(z.array(z.enum(PROGRAMME_TYPES)).max(10)),
    singleCycleMinYear: sourced(z.strictObject({ fiveYear: count, sixYear: count }).nullable()),
    maxYearsBeyond: sourced(count.nullable()),
    partTimeExcluded: sourced(z.boolean()),
    singleCourseExcluded: sourced(z.boolean()),
    statusForWholeAppointment: sourced(z.boolean()),
    staffExcluded: sourced(z.boolean()),
  }),
  caps: z.strictObject({
    maxAmountPerYear: sourced(
      z.strictObject({ cents: count, year: z.enum(['calendar', 'academic']) }).nullable(),
    ),
    maxHoursPerYear: sourced(count.nullable()),
    complexProjectMaxHours: sourced(count.nullable()),
    contractMinHours: sourced(count.nullable()),
    contractMaxHours: sourced(count.nullable()),
    phdMaxHours: sourced(count.nullable()),
    oneGrantPerAcademicYear: sourced(z.boolean()),
    grantsCumulative: sourced(z.boolean()),
    // Profiles saved before this setting existed: only the per-contract minimum, as the presets (decision 010).
    overridable: sourced(z.array(z.enum(CAP_KINDS)).max(CAP_KINDS.length * 2)).default({
      value: ['contract-min-hours'],
      source: 'default',
    }),
  }),
  offers: z.strictObject({
    acceptanceWorkingDays: sourced(count),
    refusal: sourced(RefusalPolicySchema),
  }),
  calendar: z.strictObject({
    saturdaysAreWorkingDays: sourced(z.boolean()),
    patronDay: sourced(
      z.strictObject({ monthDay: z.string().max(5), saint: z.string().max(100) }).nullable(),
    ),
  }),
  rankings: z.strictObject({
    appealWindowDays: sourced(count),
    validityMonths: sourced(count),
    // Profiles saved before this setting existed read the rule of the seeds: at least three.
    committeeMinMembers: sourced(count).default({ value: 3, source: 'default' }),
    publication: sourced(z.enum(RANKING_PUBLICATIONS)),
    tieBreaks: z.array(sourced(z.enum(TIE_BREAKS))).max(10),
  }),
  applications: z.strictObject({
    maxPositionsPerCandidate: sourced(count.nullable()),
    ownDepartmentFirst: sourced(z.boolean()),
  }),
  rubrics: z.array(sourced(RubricSchema)).max(10),
  activity: z.strictObject({
    trainingCountsInHours: sourced(z.boolean()),
    safetyTrainingHours: sourced(count.nullable()),
    maxPauseDays: sourced(count.nullable()),
    continuationAfterGraduation: sourced(
      z.union([z.literal('never'), z.literal('always'), z.strictObject({ maxRemainingHours: count })]),
    ),
    // Profiles saved before these settings existed read the presets' defaults (decision 010).
    inpsRegistration: sourced(z.strictObject({ daysAfterStart: count }).nullable()).default({
      value: { daysAfterStart: 0 },
      source: 'default',
    }),
    regionalCommunication: sourced(z.boolean()).default({ value: false, source: 'default' }),
  }),
  payout: z.strictObject({
    minimumHours: sourced(count.nullable()),
    supervisorReportDays: sourced(count.nullable()),
    paymentDays: sourced(count.nullable()),
  }),
  compatibility: z.strictObject({
    incompatibleWith: sourced(z.array(z.enum(INCOMPATIBLE_SITUATIONS)).max(20)),
  }),
  inpsRates: z
    .array(
      sourced(
        z.strictObject({
          year: count,
          rateBasisPoints: count,
          studentShare: z.strictObject({ numerator: count, denominator: count }),
        }),
      ),
    )
    .max(50),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the edge schema and the domain type drift apart. */
export const PROFILE_SCHEMA_MATCHES_DOMAIN: Same<
  z.infer<typeof RegulationProfileSchema>,
  RegulationProfile
> = true;

export const ProfileCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Il codice usa solo lettere minuscole, cifre e trattini (es. ateneo-2026)',
  );

export const ProfileKindSchema = z.enum(['preset', 'copy']);

export const ProfileSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  /** A preset ships with the product and is read-only; a copy is saved in the database and editable. */
  kind: ProfileKindSchema,
  basedOn: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ProfileSummary = z.infer<typeof ProfileSummarySchema>;

export const ProfileListSchema = z.object({
  activeCode: z.string().nullable(),
  items: z.array(ProfileSummarySchema),
});
export type ProfileList = z.infer<typeof ProfileListSchema>;

export const ProfileDetailSchema = ProfileSummarySchema.extend({ profile: RegulationProfileSchema });
export type ProfileDetail = z.infer<typeof ProfileDetailSchema>;

export const ProfileParamsSchema = z.object({ code: z.string().max(40) });

/** Copy a preset or a saved profile under a new code. */
export const CreateProfileBodySchema = z.object({
  from: z.string().max(40),
  code: ProfileCodeSchema,
  name: z.string().trim().min(3).max(120),
});
export type CreateProfileBody = z.infer<typeof CreateProfileBodySchema>;

export const UpdateProfileBodySchema = z.object({
  name: z.string().trim().min(3).max(120),
  profile: RegulationProfileSchema,
});
export type UpdateProfileBody = z.infer<typeof UpdateProfileBodySchema>;
