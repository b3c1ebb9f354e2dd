import type { ProgrammeType } from '../careers/types.ts';

/** What makes two positions share a ranking (seed 004 art. 7, seed 002 art. 4 c.3). */
export interface GroupedPosition {
  positionId: string;
  activityType: string;
  unitId: string;
  admittedProgrammeTypes: readonly ProgrammeType[];
}

/**
 * The ranking a position belongs to: "graduatorie differenziate per tipologia di attività e titolo di accesso", for
 * each unit (seed 004 art. 7). The type of activity is compared as words, not as typed: the Bari call writes both
 * "Tutorato informativo" and "Tutorato Informativo" for the same activity. The access title is the set of
 * programme types admitted, in a fixed order.
 */
export const positionGroupKey = (position: Omit<GroupedPosition, 'positionId'>): string => {
  const activity = position.activityType.trim().replace(/\s+/g, ' ').toLocaleLowerCase('it');
  const access = [...new Set(position.admittedProgrammeTypes)].sort().join('+');
  return `${activity}|${position.unitId}|${access}`;
};

/** The positions of a call by ranking, groups in the order their first position appears. */
export const groupPositions = <P extends GroupedPosition>(
  positions: readonly P[],
): Array<{ groupKey: string; positions: P[] }> => {
  const groups = new Map<string, P[]>();
  for (const position of positions) {
    const key = positionGroupKey(position);
    const members = groups.get(key);
    if (members) members.push(position);
    else groups.set(key, [position]);
  }
  return [...groups].map(([groupKey, members]) => ({ groupKey, positions: members }));
};
