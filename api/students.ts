import { z } from 'zod';
import { PageQuerySchema, pageOf } from './common.ts';

export const ProgrammeTypeSchema = z.enum(['L', 'LM', 'LMCU', 'PHD', 'SPEC']);

export const ProgrammeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: ProgrammeTypeSchema,
  normalDurationYears: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  /** For a programme run by a school (a PhD under the doctoral school): the department it belongs to. */
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const StudentSummarySchema = z.object({
  id: z.uuid(),
  studentNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  programmeCode: z.string().nullable(),
  programmeName: z.string().nullable(),
  programmeType: ProgrammeTypeSchema.nullable(),
  unitName: z.string().nullable(),
  yearOfCourse: z.number().int().nullable(),
  yearsBeyond: z.number().int().nullable(),
  partTime: z.boolean().nullable(),
  creditsEarned: z.number().int(),
});
export type StudentSummary = z.infer<typeof StudentSummarySchema>;

export const StudentsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  programmeId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  programmeType: ProgrammeTypeSchema.optional(),
});
export type StudentsQuery = z.infer<typeof StudentsQuerySchema>;

export const StudentsPageSchema = pageOf(StudentSummarySchema);

export const EnrolmentSchema = z.object({
  academicYear: z.number().int(),
  programmeCode: z.string(),
  programmeName: z.string(),
  programmeType: ProgrammeTypeSchema,
  yearOfCourse: z.number().int(),
  yearsBeyond: z.number().int(),
  partTime: z.boolean(),
  singleCourse: z.boolean(),
  status: z.string(),
});

export const ExamSchema = z.object({
  courseCode: z.string(),
  courseName: z.string(),
  credits: z.number().int(),
  grade: z.number().int().nullable(),
  honours: z.boolean(),
  passedOn: z.string(),
});

export const StudyPlanItemSchema = z.object({
  courseCode: z.string(),
  courseName: z.string(),
  credits: z.number().int(),
  yearOfCourse: z.number().int(),
  semester: z.number().int(),
  passed: z.boolean(),
});

/** Present only for those allowed to see special-category data (the office and whom it grants). */
export const SpecialCategorySchema = z.object({ disability: z.boolean(), dsa: z.boolean() });

export const CareerSchema = z.object({
  id: z.uuid(),
  studentNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  birthDate: z.string().nullable(),
  economicHardship: z.boolean(),
  /** ISEE in cents; null when the student did not declare it. */
  iseeCents: z.number().int().nullable(),
  /** For PhD students: whether they hold a doctoral scholarship; null when unknown. */
  phdScholarship: z.boolean().nullable(),
  dualCareer: z.boolean(),
  bachelorGrade: z.number().int().nullable(),
  bachelorHonours: z.boolean(),
  masterGrade: z.number().int().nullable(),
  masterHonours: z.boolean(),
  enrolments: z.array(EnrolmentSchema),
  exams: z.array(ExamSchema),
  studyPlan: z.array(StudyPlanItemSchema),
  creditsEarned: z.number().int(),
  /** Weighted by credits, over graded exams; null when there is none. */
  weightedAverage: z.number().nullable(),
  specialCategory: SpecialCategorySchema.nullable(),
});
export type Career = z.infer<typeof CareerSchema>;

export const ProgrammeListSchema = z.array(ProgrammeSchema);

/** The query of the XLSX export: the list's filters, without paging. */
export const StudentsExportQuerySchema = StudentsQuerySchema.omit({ page: true, pageSize: true });
export type StudentsExportQuery = z.infer<typeof StudentsExportQuerySchema>;

/** A grant of access to special-category data (disability, DSA) by the office to a named person, with a reason. */
export const SpecialCategoryGrantSchema = z.object({
  id: z.uuid(),
  granteeId: z.uuid(),
  granteeName: z.string(),
  grantedById: z.uuid(),
  grantedByName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type SpecialCategoryGrant = z.infer<typeof SpecialCategoryGrantSchema>;

export const SpecialCategoryGrantListSchema = z.array(SpecialCategoryGrantSchema);

export const CreateSpecialCategoryGrantBodySchema = z.object({
  granteeId: z.uuid(),
  reason: z.string().trim().min(10).max(500),
});
export type CreateSpecialCategoryGrantBody = z.infer<typeof CreateSpecialCategoryGrantBodySchema>;
