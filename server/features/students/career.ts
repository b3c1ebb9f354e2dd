import type { Career } from '../../../api/students.ts';
import { can, visibleUnits } from '../../../domain/access/permissions.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { creditsEarned, weightedAverage } from '../../../domain/careers/career-metrics.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { descendantsOf } from '../../../domain/units/tree.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  findCareerRecords,
  findSpecialCategory,
  findStudentUnits,
  hasActiveSpecialCategoryGrant,
  listUnitTree,
} from './repository.ts';

/** The units whose students a reader may see: null for all (the office), else a supervisor's unit subtree. */
export const visibleStudentUnits = async (db: DbOrTx, principal: Principal): Promise<string[] | null> => {
  const tree = await listUnitTree(db);
  return visibleUnits(principal, 'students.read', (id) => descendantsOf(tree, id));
};

/** The office reads special-category data; anyone else only while holding a grant the office gave them. */
const maySeeSpecialCategory = async (db: DbOrTx, principal: Principal) =>
  can(principal, 'special-category.read') || (await hasActiveSpecialCategoryGrant(db, principal.personId));

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * A student's career as the API shows it. Special-category data is read (and the reading audited) only for
 * `specialCategoryReader`; for everyone else, the student included, it is null.
 */
export const readCareer = async (
  db: DbOrTx,
  personId: string,
  specialCategoryReader: Principal | null,
): Promise<Career | null> => {
  const records = await findCareerRecords(db, personId);
  if (!records) return null;
  let specialCategory: Career['specialCategory'] = null;
  if (specialCategoryReader && (await maySeeSpecialCategory(db, specialCategoryReader))) {
    // The view is recorded before the data leaves: no audit row, no data.
    await writeAudit(db, {
      event: 'special-category.viewed',
      actorId: specialCategoryReader.personId,
      entityType: 'student',
      entityId: personId,
    });
    specialCategory = await findSpecialCategory(db, personId);
  }
  const passedCourses = new Set(records.exams.map((exam) => exam.courseCode));
  return {
    ...records.person,
    enrolments: records.enrolments,
    exams: records.exams,
    studyPlan: records.plan.map((item) => ({ ...item, passed: passedCourses.has(item.courseCode) })),
    creditsEarned: creditsEarned(records.exams),
    weightedAverage: round2(weightedAverage(records.exams)),
    specialCategory,
  };
};

/** A supervisor reads only the students of their unit's programmes; the office reads all. */
export const ensureStudentVisible = async (db: DbOrTx, principal: Principal, personId: string) => {
  const studentUnits = await findStudentUnits(db, personId);
  if (studentUnits === null) throw new DomainFailure({ kind: 'not-found', entity: 'student' });
  const visible = await visibleStudentUnits(db, principal);
  if (visible !== null && !studentUnits.some((unitId) => visible.includes(unitId)))
    throw new DomainFailure({ kind: 'forbidden' });
};
