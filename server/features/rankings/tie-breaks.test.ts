import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import type { CandidateKind } from '../../../domain/profiles/types.ts';
import { presetByCode } from '../../../profiles/index.ts';
import {
  applicationPositions,
  applicationScores,
  applications,
  people,
  students,
} from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';

/**
 * The tie-breaks that read the career's ISEE and PhD scholarship, through the real path: the students' stored
 * career, the call's preset, the ranking computed by the office. In each case the candidate the rule puts first
 * is the older one, so without those facts (younger-first deciding) the order would be the other way round.
 */
describe.each(testBackends())('career tie-breaks on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let serial = 0;

  const storeScores = async (applicationId: string, preset: string, kind: CandidateKind, total: number) => {
    const rubric = presetByCode(preset)
      ?.profile.rubrics.map((r) => r.value)
      .find((r) => r.candidateKinds.includes(kind));
    if (!rubric) throw new Error(`no ${kind} rubric in ${preset}`);
    let left = total;
    for (const criterion of rubric.criteria) {
      const points = Math.min(left, criterion.maxPoints * 100);
      left -= points;
      await t.ctx.database.db.insert(applicationScores).values({
        applicationId,
        criterionId: criterion.id,
        pointsHundredths: points,
        source: criterion.assessedBy,
        note: 'test',
        scoredAt: t.clock.now(),
      });
    }
  };

  const addCandidate = async (
    call: { callId: string; positionIds: string[] },
    preset: string,
    career: {
      kind: CandidateKind;
      birthDate: string;
      iseeCents?: number | null;
      phdScholarship?: boolean | null;
    },
  ) => {
    const db = t.ctx.database.db;
    serial += 1;
    const personId = await insertStudent(db, {
      username: `tie.${preset}.${serial}`,
      academicYear: 2025,
      programmeType: career.kind === 'phd' ? 'PHD' : 'LM',
    });
    await db.update(people).set({ birthDate: career.birthDate }).where(eq(people.id, personId));
    await db
      .update(students)
      .set({ iseeCents: career.iseeCents ?? null, phdScholarship: career.phdScholarship ?? null })
      .where(eq(students.personId, personId));
    const [application] = await db
      .insert(applications)
      .values({
        callId: call.callId,
        studentId: personId,
        status: 'confirmed',
        declaredTitles: {},
        protocolNumber: `2026/${String(800 + serial).padStart(6, '0')}`,
        confirmedAt: romeToUtc('2026-03-01', '10:00:00'),
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('no application');
    await db
      .insert(applicationPositions)
      .values({ applicationId: application.id, positionId: call.positionIds[0] as string, preference: 1 });
    await storeScores(application.id, preset, career.kind, 3000);
    return application.id;
  };

  const computeOrder = async (callId: string) => {
    const reply = await office.post(`/api/calls/${callId}/rankings/compute`);
    expect(reply.statusCode).toBe(200);
    const [ranking] = reply.json().items;
    expect(ranking.tieGroups).toEqual([]);
    return ranking.entries.map(
      (e: { applicationId: string; place: number; detail: { decidedBy: string } }) => ({
        applicationId: e.applicationId,
        place: e.place,
        decidedBy: e.detail.decidedBy,
      }),
    );
  };

  const newCall = (preset: string, admitted: 'LM' | 'PHD') =>
    insertCall(t.ctx.database.db, {
      academicYear: 2025,
      opensAt: romeToUtc('2026-02-01', '09:00:00'),
      closesAt: romeToUtc('2026-03-02', '12:00:00'),
      positions: [[admitted]],
      preset,
    });

  beforeAll(async () => {
    t = await startTestApp(backend);
    office = new TestClient(t.app, '10.8.1.1');
    t.clock.set(romeToUtc('2026-04-20', '10:00:00'));
    expect((await office.login('ufficio')).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('Tor Vergata: on equal scores and no declared hardship, the lower ISEE from the career comes first', async () => {
    const call = await newCall('uniroma2', 'LM');
    const richer = await addCandidate(call, 'uniroma2', {
      kind: 'master',
      birthDate: '2003-05-05',
      iseeCents: 3_150_000,
    });
    const poorer = await addCandidate(call, 'uniroma2', {
      kind: 'master',
      birthDate: '2000-01-01',
      iseeCents: 1_234_567,
    });
    const undeclared = await addCandidate(call, 'uniroma2', { kind: 'master', birthDate: '2004-09-09' });
    expect(await computeOrder(call.callId)).toEqual([
      { applicationId: poorer, place: 1, decidedBy: null },
      { applicationId: richer, place: 2, decidedBy: 'economic-hardship-first' },
      // An undeclared ISEE claims no precedence, even over a younger-first advantage.
      { applicationId: undeclared, place: 3, decidedBy: 'economic-hardship-first' },
    ]);
  });

  it('Ca’ Foscari: on equal scores, the PhD student without a scholarship comes first', async () => {
    const call = await newCall('unive', 'PHD');
    const withScholarship = await addCandidate(call, 'unive', {
      kind: 'phd',
      birthDate: '1999-05-05',
      phdScholarship: true,
    });
    const without = await addCandidate(call, 'unive', {
      kind: 'phd',
      birthDate: '1996-01-01',
      phdScholarship: false,
    });
    expect(await computeOrder(call.callId)).toEqual([
      { applicationId: without, place: 1, decidedBy: null },
      { applicationId: withScholarship, place: 2, decidedBy: 'phd-without-scholarship-first' },
    ]);
  });
});
