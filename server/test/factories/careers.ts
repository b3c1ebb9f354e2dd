import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, exams, students } from '../../db/schema/index.ts';

/** The final grade of the student's previous degrees, as the careers import writes them. */
export const setDegreeGrades = async (
  db: DbOrTx,
  studentId: string,
  grades: {
    bachelorGrade?: number | null;
    bachelorHonours?: boolean;
    masterGrade?: number | null;
    masterHonours?: boolean;
  },
) => {
  await db.update(students).set(grades).where(eq(students.personId, studentId));
};

/** Passed exams of the student's libretto; a null grade is a pass/fail exam (idoneità). */
export const insertExams = async (
  db: DbOrTx,
  studentId: string,
  list: Array<{ credits: number; grade: number | null; passedOn: string; honours?: boolean }>,
) => {
  if (list.length === 0) return;
  await db.insert(exams).values(
    list.map((exam) => ({
      studentId,
      courseCode: `C-${randomUUID().slice(0, 8)}`,
      courseName: 'Esame di prova',
      credits: exam.credits,
      grade: exam.grade,
      honours: exam.honours ?? false,
      passedOn: exam.passedOn,
    })),
  );
};

/** Changes the student's enrolment of a year (fuori corso years, part time...). */
export const updateEnrolment = async (
  db: DbOrTx,
  studentId: string,
  changes: Partial<
    Pick<typeof enrolments.$inferInsert, 'yearOfCourse' | 'yearsBeyond' | 'partTime' | 'status'>
  >,
) => {
  await db.update(enrolments).set(changes).where(eq(enrolments.studentId, studentId));
};
