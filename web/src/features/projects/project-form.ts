import type { ProjectBody } from '../../../../api/funding.ts';
import type { RoleAssignmentView } from '../../../../api/session.ts';
import { descendantsOf, type UnitNode } from '../../../../domain/units/tree.ts';

export interface IndicatorValues {
  key: number;
  name: string;
  target: string;
  unit: string;
}

/** The project form as typed: numbers stay text until sent, so nothing typed is lost on an error. */
export interface ProjectValues {
  unitId: string;
  title: string;
  objectives: string;
  activities: string;
  tutorsRequested: string;
  hoursRequested: string;
  periodStart: string;
  periodEnd: string;
  expectedStudents: string;
  indicators: IndicatorValues[];
  allocationId: string;
}

let nextKey = 0;
export const emptyIndicator = (): IndicatorValues => ({ key: nextKey++, name: '', target: '', unit: '' });

export const emptyProject = (unitId: string): ProjectValues => ({
  unitId,
  title: '',
  objectives: '',
  activities: '',
  tutorsRequested: '',
  hoursRequested: '',
  periodStart: '',
  periodEnd: '',
  expectedStudents: '',
  indicators: [emptyIndicator()],
  allocationId: '',
});

/** A whole number as typed ("1.200" the Italian way too), or null. */
export const parseInteger = (typed: string): number | null => {
  const text = typed.trim().replace(/\.(?=\d{3}(\D|$))/g, '');
  return /^\d+$/.test(text) ? Number(text) : null;
};

/** A number as typed, with a decimal comma or point ("7,5", "7.5"), or null. */
export const parseDecimal = (typed: string): number | null => {
  const text = typed.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
};

export type LocalIssue = 'not-integer' | 'not-number';

/**
 * The request body, or the fields (named as the server names them) whose numbers do not read. Empty text fields
 * are sent as they are: the server names them in the user's language.
 */
export const projectBodyOf = (
  values: ProjectValues,
): { body: ProjectBody; issues: Record<string, LocalIssue> } => {
  const issues: Record<string, LocalIssue> = {};
  const integer = (field: 'tutorsRequested' | 'hoursRequested' | 'expectedStudents') => {
    const value = parseInteger(values[field]);
    if (value === null) issues[field] = 'not-integer';
    return value ?? 0;
  };
  const body: ProjectBody = {
    unitId: values.unitId,
    title: values.title.trim(),
    objectives: values.objectives.trim(),
    activities: values.activities.trim(),
    tutorsRequested: integer('tutorsRequested'),
    hoursRequested: integer('hoursRequested'),
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    expectedStudents: integer('expectedStudents'),
    indicators: values.indicators.map((indicator, index) => {
      const target = parseDecimal(indicator.target);
      if (target === null) issues[`indicators.${index}.target`] = 'not-number';
      return { name: indicator.name.trim(), target: target ?? 0, unit: indicator.unit.trim() };
    }),
    allocationId: values.allocationId || null,
  };
  return { body, issues };
};

/** The units a supervisor proposes for, as the server allows: their unit and every unit within it. */
export const proposableUnitIds = (
  roles: readonly RoleAssignmentView[],
  tree: readonly UnitNode[],
): string[] => {
  const ids = new Set<string>();
  for (const role of roles)
    if (role.role === 'supervisor' && role.unitId)
      for (const id of [role.unitId, ...descendantsOf(tree, role.unitId)]) ids.add(id);
  return [...ids];
};
