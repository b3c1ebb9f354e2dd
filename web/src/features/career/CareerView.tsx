import type { Career } from '../../../../api/students.ts';
import { CareerConditions } from './CareerConditions.tsx';
import { CareerSummary } from './CareerSummary.tsx';
import { EnrolmentsTable } from './EnrolmentsTable.tsx';
import { ExamsTable } from './ExamsTable.tsx';
import { StudyPlanTable } from './StudyPlanTable.tsx';

/** A student's career as the office, a supervisor or the student sees it. */
export const CareerView = ({ career }: { career: Career }) => (
  <>
    <CareerSummary career={career} />
    <EnrolmentsTable enrolments={career.enrolments} />
    <ExamsTable exams={career.exams} />
    <StudyPlanTable items={career.studyPlan} />
    <CareerConditions career={career} />
  </>
);
