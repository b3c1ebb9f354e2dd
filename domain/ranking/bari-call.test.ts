import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { eligibility } from '../applications/eligibility.ts';
import { rulesFromProfile } from '../calls/types.ts';
import type { PassedExam } from '../careers/career-metrics.ts';
import type { ProgrammeType } from '../careers/types.ts';
import { rubricForCandidate, scoreCandidate } from '../scoring/candidate-score.ts';
import { defaultCreditsCutoff } from '../scoring/credit-ratio.ts';
import { formatPoints } from '../scoring/points.ts';
import { assignWinners } from './assignment.ts';
import { groupPositions } from './groups.ts';
import { type ExclusionReason, type RankingCandidate, rankCandidates } from './order.ts';

/** The Bari 2025/26 call (seed 004 art. 1), from the committee's scores to the winners, through the pure rules. */
const rules = rulesFromProfile(POLIBA.profile);
const STUDENTS: ProgrammeType[] = ['LM', 'LMCU'];
const positions = [
  {
    positionId: 'dmmm',
    activityType: 'Tutorato informativo',
    unitId: 'DMMM',
    departmentId: 'DMMM',
    grants: 1,
  },
  { positionId: 'dei', activityType: 'Tutorato Informativo', unitId: 'DEI', departmentId: 'DEI', grants: 1 },
  {
    positionId: 'dicatech',
    activityType: 'Tutorato Informativo',
    unitId: 'DICATECH',
    departmentId: 'DICATECH',
    grants: 1,
  },
  {
    positionId: 'arcod',
    activityType: 'Tutorato Informativo',
    unitId: 'ARCOD',
    departmentId: 'ARCOD',
    grants: 1,
  },
  {
    positionId: 'orient',
    activityType: 'Tutorato informativo per orientamento in ingresso',
    unitId: 'ORIENT',
    departmentId: null,
    grants: 2,
  },
  {
    positionId: 'infopoint',
    activityType: 'Tutorato Informativo',
    unitId: 'CAMPUS',
    departmentId: null,
    grants: 3,
  },
].map((p) => ({ ...p, admittedProgrammeTypes: STUDENTS }));
const phdPosition = {
  positionId: 'phd',
  activityType: 'Tutorato Trasversale',
  unitId: 'ORIENT',
  departmentId: null,
  grants: 1,
  admittedProgrammeTypes: ['PHD'] as ProgrammeType[],
};
const allPositions = [...positions, phdPosition];

const exams = (credits: number, grade: number): PassedExam[] => [
  { credits, grade, honours: false, passedOn: '2025-07-10' },
];

interface Person {
  id: string;
  department: string;
  type: ProgrammeType;
  year: number;
  duration: number;
  partTime?: boolean;
  birthDate: string;
  exams: PassedExam[];
  bachelor: { grade: number; honours: boolean } | null;
  titles: Record<string, number>;
  choices: string[];
}

const people: Person[] = [
  {
    id: 'giulia',
    department: 'DEI',
    type: 'LM',
    year: 2,
    duration: 2,
    birthDate: '2001-02-01',
    exams: exams(60, 28),
    bachelor: { grade: 110, honours: true },
    titles: { collaborations: 4, representation: 0, exchange: 0, certificates: 0 },
    choices: ['dei', 'orient'],
  },
  {
    id: 'marco',
    department: 'DMMM',
    type: 'LM',
    year: 2,
    duration: 2,
    birthDate: '2000-09-09',
    exams: exams(60, 27),
    bachelor: { grade: 104, honours: false },
    titles: { collaborations: 2, representation: 0, exchange: 0, certificates: 0 },
    choices: ['dei', 'dmmm'],
  },
  {
    id: 'sara',
    department: 'ARCOD',
    type: 'LMCU',
    year: 4,
    duration: 5,
    birthDate: '2002-04-04',
    exams: exams(180, 26),
    bachelor: null,
    titles: { collaborations: 3, representation: 0, exchange: 0, certificates: 0 },
    choices: ['dei', 'orient'],
  },
  {
    id: 'luca',
    department: 'ARCOD',
    type: 'LMCU',
    year: 3,
    duration: 5,
    birthDate: '2003-01-01',
    exams: exams(120, 30),
    bachelor: null,
    titles: { collaborations: 8, representation: 4, exchange: 6, certificates: 2 },
    choices: ['orient'],
  },
  {
    id: 'paola',
    department: 'DEI',
    type: 'LM',
    year: 2,
    duration: 2,
    partTime: true,
    birthDate: '1999-01-01',
    exams: exams(30, 30),
    bachelor: { grade: 110, honours: false },
    titles: { collaborations: 0, representation: 0, exchange: 0, certificates: 0 },
    choices: ['infopoint'],
  },
  {
    id: 'anna',
    department: 'DICATECH',
    type: 'LM',
    year: 2,
    duration: 2,
    birthDate: '2001-07-07',
    exams: exams(45, 24),
    bachelor: { grade: 70, honours: false },
    titles: { collaborations: 1.5, representation: 0, exchange: 0, certificates: 2 },
    choices: ['infopoint'],
  },
  {
    id: 'elena',
    department: 'DEI',
    type: 'PHD',
    year: 1,
    duration: 3,
    birthDate: '1997-05-05',
    exams: [],
    bachelor: null,
    titles: {
      'master-grade': 15,
      'research-abroad': 4,
      'research-grants': 0,
      collaborations: 2,
      'teaching-research': 1,
      publications: 2.5,
      certificates: 1,
    },
    choices: ['phd'],
  },
];

const candidateFor = (person: Person, positionIds: string[]): RankingCandidate & { shown: string } => {
  const exclusions: ExclusionReason[] = [];
  for (const positionId of positionIds) {
    const position = allPositions.find((p) => p.positionId === positionId);
    const verdict = eligibility({
      career: {
        enrolment: {
          academicYear: 2025,
          programmeType: person.type,
          normalDurationYears: person.duration,
          yearOfCourse: person.year,
          yearsBeyond: 0,
          partTime: person.partTime ?? false,
          singleCourse: false,
          status: 'active',
        },
        isStaff: false,
      },
      callAcademicYear: 2025,
      admittedProgrammeTypes: position?.admittedProgrammeTypes ?? [],
      rules: rules.eligibility,
    });
    if (!verdict.eligible && exclusions.length === 0)
      exclusions.push({ code: 'ineligible', reasons: verdict.reasons });
  }
  const rubric = rubricForCandidate(rules.rubrics, person.type);
  if (!rubric.ok) throw new Error(rubric.error.code);
  const score = scoreCandidate(
    rubric.value,
    {
      programmeType: person.type,
      enrolment: { yearOfCourse: person.year, yearsBeyond: 0, normalDurationYears: person.duration },
      exams: person.exams,
      previousDegree: person.bachelor,
      cutoffDate: defaultCreditsCutoff(2025),
    },
    Object.entries(person.titles).map(([criterionId, p]) => ({
      criterionId,
      hundredths: Math.round(p * 100),
      note: 'titoli dichiarati',
    })),
  );
  return {
    applicationId: person.id,
    protocolNumber: `2026/${person.id}`,
    candidateKind: score.candidateKind,
    totalHundredths: score.totalHundredths,
    computedHundredths: score.computedHundredths,
    complete: score.complete,
    exclusions,
    birthDate: person.birthDate,
    economicHardship: null,
    iseeCents: null,
    phdScholarship: null,
    shown: formatPoints(score.totalHundredths),
  };
};

describe('the Bari 2025/26 call, scored, ranked and assigned', () => {
  const groups = groupPositions(allPositions);
  const rankings = groups.map((group) => {
    const ids = group.positions.map((p) => p.positionId);
    const applicants = people.filter((p) => p.choices.some((c) => ids.includes(c)));
    const candidates = applicants.map((p) =>
      candidateFor(
        p,
        p.choices.filter((c) => ids.includes(c)),
      ),
    );
    return {
      groupKey: group.groupKey,
      ids,
      candidates,
      ranking: rankCandidates(candidates, { tieBreaks: rules.tieBreaks }),
    };
  });
  const rankingOf = (positionId: string) => rankings.find((r) => r.ids.includes(positionId));

  it('has one ranking for each of the 7 positions', () => {
    expect(rankings).toHaveLength(7);
  });

  it('scores as the committee would write it, and orders 29,00 against 29,00 by age (seed 004 art. 6)', () => {
    const dei = rankingOf('dei');
    expect(dei?.candidates.map((c) => [c.applicationId, c.shown])).toEqual([
      ['giulia', '33,33'], // 20 + 28 x 60 / 60 / 3 + 4
      ['marco', '29,00'], // 18 + 9 + 2
      ['sara', '29,00'], // 26 x 180 / 180 + 3
    ]);
    expect(dei?.ranking.entries.map((e) => [e.place, e.applicationId, e.decidedBy])).toEqual([
      [1, 'giulia', null],
      [2, 'sara', 'total'],
      [3, 'marco', 'younger-first'],
    ]);
  });

  it('excludes with their reasons a single-cycle student below the 4th year and a part-time student', () => {
    expect(rankingOf('orient')?.ranking.excluded).toEqual([
      {
        applicationId: 'luca',
        protocolNumber: '2026/luca',
        reasons: [
          {
            code: 'ineligible',
            reasons: [{ code: 'single-cycle-year-too-low', yearOfCourse: 3, minYear: 4 }],
          },
        ],
      },
    ]);
    expect(rankingOf('infopoint')?.ranking.excluded.map((e) => e.reasons)).toEqual([
      [{ code: 'ineligible', reasons: [{ code: 'part-time' }] }],
    ]);
  });

  it('gives a bachelor grade of 70 no points', () => {
    expect(rankingOf('infopoint')?.candidates.find((c) => c.applicationId === 'anna')?.shown).toBe('9,50'); // 0 + 24 x 45 / 180 + 3,5
  });

  it('assigns one grant each, by preference and own department, and leaves the rest vacant for the draw-down', () => {
    const assignment = assignWinners({
      positions: allPositions.map((p) => ({
        positionId: p.positionId,
        groupKey: rankings.find((r) => r.ids.includes(p.positionId))?.groupKey ?? '',
        grants: p.grants,
        departmentId: p.departmentId,
      })),
      rankings: rankings.map((r) => ({ groupKey: r.groupKey, ranking: r.ranking })),
      applicants: people.map((p) => ({
        applicationId: p.id,
        departmentId: p.department,
        preferences: p.choices,
      })),
      ownDepartmentFirst: rules.ownDepartmentFirst,
      oneGrantPerCandidate: !POLIBA.profile.caps.grantsCumulative.value,
    });
    expect(
      assignment.status === 'assigned' &&
        assignment.winners.map((w) => [w.positionId, w.applicationId, w.preference]),
    ).toEqual([
      ['dmmm', 'marco', 2],
      ['dei', 'giulia', 1],
      ['orient', 'sara', 2],
      ['infopoint', 'anna', 1],
      ['phd', 'elena', 1],
    ]);
    expect(assignment.status === 'assigned' && assignment.vacancies).toEqual([
      { positionId: 'dicatech', vacant: 1 },
      { positionId: 'arcod', vacant: 1 },
      { positionId: 'orient', vacant: 1 },
      { positionId: 'infopoint', vacant: 2 },
    ]);
  });
});
