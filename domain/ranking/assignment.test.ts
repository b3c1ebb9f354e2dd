import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Applicant, type AssignablePosition, type Assignment, assignWinners } from './assignment.ts';
import { buildRankingCandidate as candidate } from './builders.ts';
import { type Ranking, rankCandidates } from './order.ts';

const BARI = { tieBreaks: ['younger-first' as const] };

/** A ranking where the candidates come in the order given (decreasing totals). */
const rankingOf = (...applicationIds: string[]): Ranking =>
  rankCandidates(
    applicationIds.map((applicationId, i) => candidate({ applicationId, totalHundredths: 5000 - i * 100 })),
    BARI,
  );

const position = (
  positionId: string,
  grants: number,
  departmentId: string | null = null,
): AssignablePosition => ({
  positionId,
  groupKey: positionId,
  grants,
  departmentId,
});
const applicant = (
  applicationId: string,
  preferences: string[],
  departmentId: string | null = null,
): Applicant => ({
  applicationId,
  preferences,
  departmentId,
});
const winnersOf = (assignment: Assignment) => {
  if (assignment.status !== 'assigned') throw new Error(JSON.stringify(assignment));
  return assignment.winners.map((w) => [w.positionId, w.applicationId]);
};
const bari = { ownDepartmentFirst: true, oneGrantPerCandidate: true };

describe('assigning winners to positions (decision 008)', () => {
  it("honours the candidate's order of preference: first in both rankings, gets the first choice", () => {
    const assignment = assignWinners({
      ...bari,
      positions: [position('dei', 1), position('orient', 1)],
      rankings: [
        { groupKey: 'dei', ranking: rankingOf('anna', 'bruno') },
        { groupKey: 'orient', ranking: rankingOf('anna', 'carla') },
      ],
      applicants: [
        applicant('anna', ['orient', 'dei']),
        applicant('bruno', ['dei']),
        applicant('carla', ['orient']),
      ],
    });
    expect(winnersOf(assignment)).toEqual([
      ['dei', 'bruno'],
      ['orient', 'anna'],
    ]);
  });

  it('gives no candidate two grants: the grant not taken goes down the ranking (seed 004 art. 8)', () => {
    const assignment = assignWinners({
      ...bari,
      positions: [position('p1', 1), position('p2', 1)],
      rankings: [
        { groupKey: 'p1', ranking: rankingOf('anna', 'bruno') },
        { groupKey: 'p2', ranking: rankingOf('anna', 'carla') },
      ],
      applicants: [applicant('anna', ['p1', 'p2']), applicant('bruno', ['p1']), applicant('carla', ['p2'])],
    });
    expect(winnersOf(assignment)).toEqual([
      ['p1', 'anna'],
      ['p2', 'carla'],
    ]);
  });

  it('lets a candidate win two grants where grants are cumulative', () => {
    const assignment = assignWinners({
      ownDepartmentFirst: false,
      oneGrantPerCandidate: false,
      positions: [position('p1', 1), position('p2', 1)],
      rankings: [
        { groupKey: 'p1', ranking: rankingOf('anna', 'bruno') },
        { groupKey: 'p2', ranking: rankingOf('anna', 'carla') },
      ],
      applicants: [applicant('anna', ['p1', 'p2']), applicant('bruno', ['p1']), applicant('carla', ['p2'])],
    });
    expect(winnersOf(assignment)).toEqual([
      ['p1', 'anna'],
      ['p2', 'anna'],
    ]);
  });

  it("puts the department's own students first at a department position, not at an office (seed 004 art. 4)", () => {
    const input = {
      ...bari,
      positions: [position('dei', 1, 'DEI'), position('orient', 1, null)],
      rankings: [
        { groupKey: 'dei', ranking: rankingOf('outsider', 'insider') },
        { groupKey: 'orient', ranking: rankingOf('outsider2', 'insider2') },
      ],
      applicants: [
        applicant('outsider', ['dei'], 'DMMM'),
        applicant('insider', ['dei'], 'DEI'),
        applicant('outsider2', ['orient'], 'DMMM'),
        applicant('insider2', ['orient'], 'DEI'),
      ],
    };
    const assignment = assignWinners(input);
    expect(winnersOf(assignment)).toEqual([
      ['dei', 'insider'],
      ['orient', 'outsider2'],
    ]);
    expect(assignment.status === 'assigned' && assignment.winners[0]).toMatchObject({
      place: 2,
      ownDepartment: true,
    });
    expect(winnersOf(assignWinners({ ...input, ownDepartmentFirst: false }))[0]).toEqual(['dei', 'outsider']);
  });

  it('reports vacant grants when a ranking runs out, and ignores choices of positions where the candidate is not ranked', () => {
    const excluded = rankCandidates(
      [
        candidate({ applicationId: 'anna' }),
        candidate({ applicationId: 'ugo', exclusions: [{ code: 'committee-decision', note: 'x' }] }),
      ],
      BARI,
    );
    const assignment = assignWinners({
      ...bari,
      positions: [position('infopoint', 3)],
      rankings: [{ groupKey: 'infopoint', ranking: excluded }],
      applicants: [applicant('anna', ['infopoint']), applicant('ugo', ['infopoint'])],
    });
    expect(assignment).toEqual({
      status: 'assigned',
      winners: [
        { positionId: 'infopoint', applicationId: 'anna', place: 1, ownDepartment: false, preference: 1 },
      ],
      vacancies: [{ positionId: 'infopoint', vacant: 2 }],
    });
  });

  const twins = () =>
    rankCandidates(
      [
        candidate({ applicationId: 'top', totalHundredths: 4000 }),
        candidate({ applicationId: 'twin-a', protocolNumber: '2026/000001', birthDate: '2000-01-01' }),
        candidate({ applicationId: 'twin-b', protocolNumber: '2026/000002', birthDate: '2000-01-01' }),
      ],
      BARI,
    );
  const twinApplicants = [applicant('top', ['p']), applicant('twin-a', ['p']), applicant('twin-b', ['p'])];

  it('refuses to choose inside a tie that decides a grant, and names it', () => {
    const assignment = assignWinners({
      ...bari,
      positions: [position('p', 2)],
      rankings: [{ groupKey: 'p', ranking: twins() }],
      applicants: twinApplicants,
    });
    expect(assignment).toEqual({
      status: 'blocked-by-ties',
      ties: [{ positionId: 'p', groupKey: 'p', tieGroup: 1, place: 2, applicationIds: ['twin-a', 'twin-b'] }],
    });
  });

  it('assigns when the tie does not decide a grant: both fit, or neither does', () => {
    for (const grants of [1, 3]) {
      const assignment = assignWinners({
        ...bari,
        positions: [position('p', grants)],
        rankings: [{ groupKey: 'p', ranking: twins() }],
        applicants: twinApplicants,
      });
      expect(assignment.status).toBe('assigned');
    }
  });

  it('does not block on a tie met on the way that better candidates overtake in the end', () => {
    // p1 ranks anna, bruno, then the twins; p2 ranks zoe, anna, bruno. anna and bruno first ask p2 and are turned
    // away from it only after the twins have filled p1: for a moment the twins straddle p1's cut, but in the end
    // anna and bruno hold p1 and both twins are out, so the order inside the tie decided nothing.
    const p1 = rankCandidates(
      [
        candidate({ applicationId: 'a-anna', totalHundredths: 5000 }),
        candidate({ applicationId: 'b-bruno', totalHundredths: 4900 }),
        candidate({ applicationId: 'e-elena', totalHundredths: 4000, birthDate: '2000-01-01' }),
        candidate({ applicationId: 'f-fabio', totalHundredths: 4000, birthDate: '2000-01-01' }),
      ],
      BARI,
    );
    const p2 = rankingOf('z-zoe', 'a-anna', 'b-bruno');
    const assignment = assignWinners({
      ...bari,
      positions: [position('p1', 2), position('p2', 1)],
      rankings: [
        { groupKey: 'p1', ranking: p1 },
        { groupKey: 'p2', ranking: p2 },
      ],
      applicants: [
        applicant('a-anna', ['p2', 'p1']),
        applicant('b-bruno', ['p2', 'p1']),
        applicant('e-elena', ['p1']),
        applicant('f-fabio', ['p1']),
        applicant('z-zoe', ['p2']),
      ],
    });
    expect(winnersOf(assignment).sort()).toEqual([
      ['p1', 'a-anna'],
      ['p1', 'b-bruno'],
      ['p2', 'z-zoe'],
    ]);
  });
});

describe('properties of every assignment (fast-check)', () => {
  const scenarioArb = fc
    .record({
      positions: fc.array(
        fc.record({
          grants: fc.integer({ min: 0, max: 3 }),
          department: fc.constantFrom(null, 'DEI', 'DMMM'),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      candidates: fc.array(
        fc.record({
          total: fc.integer({ min: 0, max: 6 }),
          birth: fc.constantFrom('1999-01-01', '2000-06-15', '2002-03-03'),
          department: fc.constantFrom(null, 'DEI', 'DMMM'),
          choices: fc.array(fc.nat(4), { maxLength: 3 }),
        }),
        { maxLength: 14 },
      ),
      ownDepartmentFirst: fc.boolean(),
      oneGrantPerCandidate: fc.boolean(),
    })
    .map(({ positions, candidates, ownDepartmentFirst, oneGrantPerCandidate }) => {
      const ps = positions.map((p, i) => position(`p${i}`, p.grants, p.department));
      const applicants = candidates.map((c, i) =>
        applicant(
          `a${String(i).padStart(2, '0')}`,
          c.choices.map((k) => `p${k % ps.length}`),
          c.department,
        ),
      );
      const rankings = ps.map((p) => ({
        groupKey: p.groupKey,
        ranking: rankCandidates(
          candidates
            .map((c, i) => ({ c, a: applicants[i] as Applicant }))
            .filter(({ a }) => a.preferences.includes(p.positionId))
            .map(({ c, a }) =>
              candidate({
                applicationId: a.applicationId,
                protocolNumber: a.applicationId,
                totalHundredths: c.total * 500,
                birthDate: c.birth,
              }),
            ),
          BARI,
        ),
      }));
      return { positions: ps, applicants, rankings, ownDepartmentFirst, oneGrantPerCandidate };
    });

  it('never gives a position more winners than grants, nor a candidate two grants when not cumulative', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const assignment = assignWinners(input);
        if (assignment.status !== 'assigned') {
          for (const tie of assignment.ties) expect(tie.applicationIds.length).toBeGreaterThan(1);
          return;
        }
        for (const p of input.positions) {
          const won = assignment.winners.filter((w) => w.positionId === p.positionId).length;
          expect(won).toBeLessThanOrEqual(p.grants);
        }
        const ids = assignment.winners.map((w) => w.applicationId);
        if (input.oneGrantPerCandidate) expect(new Set(ids).size).toBe(ids.length);
        for (const w of assignment.winners) {
          const a = input.applicants.find((x) => x.applicationId === w.applicationId);
          expect(a?.preferences).toContain(w.positionId);
        }
      }),
    );
  });

  it('is stable: nobody prefers a position with a free grant or held by someone it ranks lower', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const assignment = assignWinners({ ...input, oneGrantPerCandidate: true });
        if (assignment.status !== 'assigned') return;
        const key = (positionId: string, applicationId: string) => {
          const p = input.positions.find((x) => x.positionId === positionId) as AssignablePosition;
          const a = input.applicants.find((x) => x.applicationId === applicationId) as Applicant;
          const entry = input.rankings
            .find((r) => r.groupKey === p.groupKey)
            ?.ranking.entries.find((e) => e.applicationId === applicationId);
          const own =
            input.ownDepartmentFirst && p.departmentId !== null && a.departmentId === p.departmentId;
          return entry ? (own ? 0 : 1000) + entry.place : null;
        };
        for (const a of input.applicants) {
          const won = assignment.winners.find((w) => w.applicationId === a.applicationId);
          const better = won ? a.preferences.slice(0, a.preferences.indexOf(won.positionId)) : a.preferences;
          for (const positionId of better) {
            const mine = key(positionId, a.applicationId);
            const p = input.positions.find((x) => x.positionId === positionId) as AssignablePosition;
            if (mine === null || p.grants === 0) continue;
            const holders = assignment.winners.filter((w) => w.positionId === positionId);
            expect(holders.length).toBe(p.grants);
            for (const h of holders) expect(key(positionId, h.applicationId) ?? 0).toBeLessThan(mine);
          }
        }
      }),
    );
  });

  it('does not depend on the order of positions, applicants or rankings in the input', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.applicants, { minLength: input.applicants.length }),
            fc.shuffledSubarray(input.rankings, { minLength: input.rankings.length }),
          ),
        ),
        ([input, applicants, rankings]) => {
          const sortWinners = (x: Assignment) =>
            x.status === 'assigned'
              ? [...x.winners].sort((a, b) =>
                  (a.positionId + a.applicationId).localeCompare(b.positionId + b.applicationId),
                )
              : x.ties;
          expect(sortWinners(assignWinners({ ...input, applicants, rankings }))).toEqual(
            sortWinners(assignWinners(input)),
          );
        },
      ),
    );
  });
});
