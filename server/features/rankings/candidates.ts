import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CallRules } from '../../../domain/calls/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { candidateKindOf } from '../../../domain/profiles/accessors.ts';
import type { Applicant } from '../../../domain/ranking/assignment.ts';
import type { ExclusionReason, RankingCandidate } from '../../../domain/ranking/order.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  applicationPositions,
  applicationReviews,
  applicationScores,
  applications,
  degreeProgrammes,
  enrolments,
  people,
  students,
} from '../../db/schema/index.ts';

/** The facts of every confirmed application of a call a ranking reads. */
export const candidatesOf = async (db: DbOrTx, callId: string, academicYear: number, rules: CallRules) => {
  const rows = await db
    .select({
      applicationId: applications.id,
      protocolNumber: applications.protocolNumber,
      birthDate: people.birthDate,
      economicHardship: students.economicHardship,
      iseeCents: students.iseeCents,
      phdScholarship: students.phdScholarship,
      programmeType: degreeProgrammes.type,
      programmeUnitId: degreeProgrammes.unitId,
      programmeDepartmentId: degreeProgrammes.departmentId,
      excluded: applicationReviews.excluded,
      reasonText: applicationReviews.reasonText,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.studentId))
    .leftJoin(students, eq(students.personId, applications.studentId))
    .leftJoin(
      enrolments,
      and(eq(enrolments.studentId, applications.studentId), eq(enrolments.academicYear, academicYear)),
    )
    .leftJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .leftJoin(applicationReviews, eq(applicationReviews.applicationId, applications.id))
    .where(and(eq(applications.callId, callId), eq(applications.status, 'confirmed')));
  const ids = rows.map((r) => r.applicationId);
  const scores =
    ids.length === 0
      ? []
      : await db.select().from(applicationScores).where(inArray(applicationScores.applicationId, ids));
  const choices =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(applicationPositions)
          .where(inArray(applicationPositions.applicationId, ids))
          .orderBy(asc(applicationPositions.preference));
  return rows.map((row) => {
    const exclusions: ExclusionReason[] = [];
    if (row.excluded) exclusions.push({ code: 'committee-decision', note: row.reasonText ?? '' });
    const kind = row.programmeType ? candidateKindOf(row.programmeType as ProgrammeType) : null;
    const rubric = kind ? rules.rubrics.find((r) => r.candidateKinds.includes(kind)) : undefined;
    if (!kind) exclusions.push({ code: 'ineligible', reasons: [] });
    else if (!rubric) exclusions.push({ code: 'no-rubric', candidateKind: kind });
    const mine = new Map(
      scores.filter((s) => s.applicationId === row.applicationId).map((s) => [s.criterionId, s]),
    );
    let total = 0;
    let computed = 0;
    for (const criterion of rubric?.criteria ?? []) {
      const points = Math.min(mine.get(criterion.id)?.pointsHundredths ?? 0, criterion.maxPoints * 100);
      total += points;
      if (criterion.assessedBy === 'computed') computed += points;
    }
    const candidate: RankingCandidate = {
      applicationId: row.applicationId,
      protocolNumber: row.protocolNumber ?? '',
      candidateKind: kind ?? 'master',
      totalHundredths: Math.min(total, (rubric?.totalPoints ?? 0) * 100),
      computedHundredths: computed,
      complete: (rubric?.criteria ?? []).every((c) => mine.has(c.id)),
      exclusions,
      birthDate: row.birthDate,
      economicHardship: row.economicHardship,
      iseeCents: row.iseeCents,
      phdScholarship: row.phdScholarship,
    };
    const applicant: Applicant = {
      applicationId: row.applicationId,
      departmentId: row.programmeDepartmentId ?? row.programmeUnitId,
      preferences: choices.filter((c) => c.applicationId === row.applicationId).map((c) => c.positionId),
    };
    return { candidate, applicant };
  });
};
