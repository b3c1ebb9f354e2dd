import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.ts';
import {
  applicationPositions,
  applicationReviews,
  applicationScores,
  applications,
  auditLog,
  calls,
  committeeMembers,
  committees,
  localAccounts,
  people,
  rankingPositions,
  rankings,
  roleAssignments,
} from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall, insertStudent } from '../../test/factories/calls.ts';
import { insertExams, setDegreeGrades, updateEnrolment } from '../../test/factories/careers.ts';

describe.each(testBackends())('committee scoring on %s', (backend) => {
  let t: TestApp;
  let call: { callId: string; positionIds: string[] };
  let committeeId: string;
  const apps: Record<string, string> = {};
  const students: Record<string, string> = {};
  let member: TestClient;
  let undeclared: TestClient;
  let outsider: TestClient;
  let english: TestClient;
  let candidate: TestClient;
  let otherCandidate: TestClient;
  let ip = 10;

  const db = () => t.ctx.database.db;
  const base = () => `/api/committee/calls/${call.callId}`;
  const scoresUrl = (name: string) => `${base()}/applications/${apps[name]}/scores`;
  // Scoped to this file's call: the demo university may hold scored calls of its own.
  const ourScores = () =>
    db()
      .select()
      .from(applicationScores)
      .where(inArray(applicationScores.applicationId, Object.values(apps)));
  const ourReviews = () =>
    db()
      .select()
      .from(applicationReviews)
      .where(inArray(applicationReviews.applicationId, Object.values(apps)));
  const ourAudit = (event: string) =>
    db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.event, event), inArray(auditLog.entityId, [call.callId, ...Object.values(apps)])),
      );
  const put = (client: TestClient, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    client.request({ method: 'PUT', url, payload: payload as object, headers });

  const client = async (username: string) => {
    ip += 1;
    const c = new TestClient(t.app, `10.9.0.${ip}`);
    expect((await c.login(username)).statusCode).toBe(200);
    return c;
  };

  const insertCommitteeMember = async (username: string, declared: boolean | null, locale = 'it') => {
    const [person] = await db()
      .insert(people)
      .values({
        givenName: 'Membro',
        familyName: username,
        email: `${username}@poliba.it`,
        isStaff: true,
        locale,
      })
      .returning({ id: people.id });
    if (!person) throw new Error('person insert failed');
    await db()
      .insert(localAccounts)
      .values({ personId: person.id, username, passwordHash: await hashPassword('affianco2026') });
    await db()
      .insert(roleAssignments)
      .values({ personId: person.id, role: 'committee-member', unitId: null });
    if (declared !== null) {
      await db()
        .insert(committeeMembers)
        .values({
          committeeId,
          personId: person.id,
          role: 'member',
          conflictDeclaredAt: declared ? new Date('2026-02-20T09:00:00Z') : null,
          conflictStatement: declared ? 'Nessun conflitto' : null,
        });
    }
    return person.id;
  };

  const insertConfirmedApplication = async (name: string, positionIds: string[]) => {
    const [row] = await db()
      .insert(applications)
      .values({
        callId: call.callId,
        studentId: students[name] as string,
        status: 'confirmed',
        declaredTitles: {},
        protocolNumber: `2026/${randomUUID().slice(0, 6)}`,
        confirmedAt: new Date('2026-02-10T10:00:00Z'),
      })
      .returning({ id: applications.id });
    if (!row) throw new Error('application insert failed');
    await db()
      .insert(applicationPositions)
      .values(
        positionIds.map((positionId, index) => ({
          applicationId: row.id,
          positionId,
          preference: index + 1,
        })),
      );
    apps[name] = row.id;
  };

  const student = async (name: string, yearOfCourse = 1) => {
    students[name] = await insertStudent(db(), {
      username: `${name}.scoring`,
      academicYear: 2025,
      programmeType: 'LM',
      yearOfCourse,
    });
    return students[name] as string;
  };

  const view = async (name: string, reader?: TestClient) => {
    const response = await (reader ?? member).get(scoresUrl(name));
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const criterion = (body: { criteria: Array<{ criterionId: string }> }, id: string) =>
    body.criteria.find((c) => c.criterionId === id) as Record<string, string | null>;

  beforeAll(async () => {
    t = await startTestApp(backend);
    call = await insertCall(db(), {
      academicYear: 2025,
      opensAt: new Date('2026-01-10T09:00:00Z'),
      closesAt: new Date('2026-02-15T11:00:00Z'),
      positions: [['LM', 'LMCU'], ['LM']],
    });
    const [committee] = await db()
      .insert(committees)
      .values({ callId: call.callId, namedAt: new Date('2026-02-16T09:00:00Z') })
      .returning({ id: committees.id });
    committeeId = committee?.id as string;

    // Honours with full marks: 18 + 2 = 20.
    await setDegreeGrades(db(), await student('lode'), { bachelorGrade: 110, bachelorHonours: true });
    // Exactly 70: in no band of the call ("< 70: 0", "71/80: 5"), so 0.
    await setDegreeGrades(db(), await student('settanta'), { bachelorGrade: 70 });
    // Second year of a two-year master's: one year completed, 60 credits obtainable. By 31/12/2025:
    // 27 x 12 + 30 x 6 + 24 x 9 = 720 over 27 graded credits (26,67), 3 pass/fail credits, 30 earned;
    // 720 x 30 / (27 x 60 x 3) = 4,444... -> 4,44. The exam of January 2026 is left out.
    const media = await student('media', 2);
    await setDegreeGrades(db(), media, { bachelorGrade: 95 });
    await insertExams(db(), media, [
      { credits: 12, grade: 27, passedOn: '2025-02-10' },
      { credits: 6, grade: 30, passedOn: '2025-06-20', honours: true },
      { credits: 9, grade: 24, passedOn: '2025-12-31' },
      { credits: 3, grade: null, passedOn: '2025-09-15' },
      { credits: 6, grade: 30, passedOn: '2026-01-15' },
    ]);
    // Two years beyond the normal duration: Bari admits at most one (seed 004 art. 2).
    const fuori = await student('fuoricorso', 2);
    await setDegreeGrades(db(), fuori, { bachelorGrade: 100 });
    await updateEnrolment(db(), fuori, { yearsBeyond: 2 });

    for (const name of ['lode', 'settanta', 'media', 'fuoricorso'])
      await insertConfirmedApplication(name, [call.positionIds[1] as string, call.positionIds[0] as string]);

    await insertCommitteeMember('membro.scoring', true);
    await insertCommitteeMember('nondichiarato.scoring', false);
    await insertCommitteeMember('estraneo.scoring', null);
    await insertCommitteeMember('english.scoring', true, 'en');
    member = await client('membro.scoring');
    english = await client('english.scoring');
    undeclared = await client('nondichiarato.scoring');
    outsider = await client('estraneo.scoring');
    candidate = await client('media.scoring');
    otherCandidate = await client('lode.scoring');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('a non-member gets 404 and a member who has not declared no conflict 403; nothing is computed', async () => {
    const notMember = await outsider.post(`${base()}/scores/compute`);
    expect(notMember.statusCode).toBe(404);
    const notDeclared = await undeclared.post(`${base()}/scores/compute`);
    expect(notDeclared.statusCode).toBe(403);
    expect(notDeclared.json().kind).toBe('conflict-not-declared');
    expect((await outsider.get(scoresUrl('lode'))).statusCode).toBe(404);
    expect((await undeclared.get(scoresUrl('lode'))).statusCode).toBe(403);
    expect(
      (await put(undeclared, `${scoresUrl('lode')}/collaborations`, { points: 1, note: 'x' })).statusCode,
    ).toBe(403);
    expect(await ourScores()).toHaveLength(0);
    // A student holds no committee permission at all.
    expect((await candidate.post(`${base()}/scores/compute`)).statusCode).toBe(403);
  });

  it('refuses computing, scoring and excluding while the call is still open (409, it/en), nothing changed', async () => {
    // The clock reads 20/02/2026 11:00 Rome; the call is made to close the next day at 12:00.
    await db()
      .update(calls)
      .set({ closesAt: new Date('2026-02-21T11:00:00Z') })
      .where(eq(calls.id, call.callId));
    try {
      const compute = await member.post(`${base()}/scores/compute`);
      expect(compute.statusCode).toBe(409);
      expect(compute.json()).toMatchObject({
        kind: 'call-still-open',
        title:
          'Il bando chiude il 21/02/2026 alle 12:00 (ora di Roma); la commissione lavora sulle domande solo dopo la chiusura.',
      });
      const inEnglish = await english.post(`${base()}/scores/compute`);
      expect(inEnglish.statusCode).toBe(409);
      expect(inEnglish.json().title).toBe(
        'The call closes on 21/02/2026 at 12:00 (Rome time); the committee works on the applications once it is closed.',
      );
      const score = await put(member, `${scoresUrl('lode')}/collaborations`, { points: 1, note: 'x' });
      expect(score.statusCode).toBe(409);
      expect(score.json().kind).toBe('call-still-open');
      const exclusion = await member.post(`${base()}/applications/${apps.lode}/exclusion`, {
        excluded: true,
        reasonText: 'prova',
      });
      expect(exclusion.statusCode).toBe(409);
      expect(exclusion.json().kind).toBe('call-still-open');
      expect(await ourScores()).toHaveLength(0);
      expect(await ourReviews()).toHaveLength(0);
    } finally {
      await db()
        .update(calls)
        .set({ closesAt: new Date('2026-02-15T11:00:00Z') })
        .where(eq(calls.id, call.callId));
    }
  });

  it('computes the career criteria, excludes the ineligible candidate with the reason, and is idempotent', async () => {
    const first = await member.post(`${base()}/scores/compute`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      applications: 4,
      scoresWritten: 8,
      notComputable: 0,
      withoutRubric: 0,
      excluded: 1,
      frozen: 0,
    });
    const again = await member.post(`${base()}/scores/compute`);
    expect(again.json()).toMatchObject({ applications: 4, scoresWritten: 0, excluded: 1 });

    const [review] = await db()
      .select()
      .from(applicationReviews)
      .where(eq(applicationReviews.applicationId, apps.fuoricorso as string));
    expect(review).toMatchObject({ excluded: true, reasonCode: 'too-many-years-beyond' });
    const excluded = await view('fuoricorso');
    expect(excluded.exclusion).toMatchObject({ excluded: true, reasonCodes: ['too-many-years-beyond'] });
    expect(excluded.exclusion.reasonText).toBe('sei fuori corso da 2 anni, il limite è 1');
    const inEnglish = await view('fuoricorso', english);
    expect(inEnglish.exclusion.reasonText).toBe('you are 2 years beyond the normal duration, the limit is 1');
    expect((await view('media')).exclusion).toMatchObject({ excluded: false, reasonCodes: [] });

    const audits = await ourAudit('scores.computed');
    expect(audits).toHaveLength(2);
    expect(audits[0]?.data).toMatchObject({ scoresWritten: 8, creditsCutoff: '2025-12-31' });
  });

  it('scores the bachelor grade by the bands: 110 with honours 20,00, exactly 70 0,00, with the inputs in words', async () => {
    const lode = await view('lode');
    expect(criterion(lode, 'bachelor-grade')).toMatchObject({
      status: 'scored',
      points: '20,00',
      maxPoints: '20,00',
      source: 'computed',
    });
    expect(criterion(lode, 'bachelor-grade').explanation).toBe(
      'Voto di laurea 110/110 e lode, fascia 101-110: 18 punti + lode 2 = 20,00',
    );
    const settanta = await view('settanta');
    expect(criterion(settanta, 'bachelor-grade')).toMatchObject({ points: '0,00' });
    expect(criterion(settanta, 'bachelor-grade').explanation).toBe(
      'Voto di laurea 70/110, fascia fino a 70: 0 punti = 0,00',
    );
    const inEnglish = await view('lode', english);
    expect(criterion(inEnglish, 'bachelor-grade').explanation).toBe(
      'Degree grade 110/110 with honours, band 101-110: 18 points + honours 2 = 20.00',
    );
    expect(inEnglish.total).toBe('20.00');
    expect(criterion(inEnglish, 'weighted-average').explanation).toBe(
      'No graded exam passed by 31/12/2025: no average, 0.00',
    );
  });

  it('scores the weighted average x credit ratio / 3 with the worked figures', async () => {
    const media = await view('media');
    const average = criterion(media, 'weighted-average');
    expect(average).toMatchObject({ status: 'scored', points: '4,44', maxPoints: '10,00' });
    expect(average.explanation).toContain(
      'Media ponderata 26,67 × (CFU acquisiti 30 al 31/12/2025 / CFU acquisibili 60 (1 anno completato × 60)) / 3 = 4,44',
    );
    expect(average.explanation).toContain('esclusi 1 esami superati dopo il 31/12/2025');
    expect(criterion(media, 'bachelor-grade').points).toBe('13,00');
    expect(media.total).toBe('17,44');
    expect(media.complete).toBe(false);
    expect(criterion(media, 'collaborations')).toMatchObject({ status: 'awaiting-committee', points: null });
  });

  it('records a committee score typed with a comma, with its note, audited with before and after', async () => {
    const url = `${scoresUrl('media')}/collaborations`;
    const first = await put(member, url, { points: '6,5', note: 'Tutor informativo 2024/25' });
    expect(first.statusCode).toBe(200);
    expect(criterion(first.json(), 'collaborations')).toMatchObject({
      status: 'scored',
      points: '6,50',
      source: 'committee',
      note: 'Tutor informativo 2024/25',
      explanation: 'Punteggio della commissione: Tutor informativo 2024/25',
    });
    expect(first.json().total).toBe('23,94');
    const second = await put(member, url, { points: 7, note: 'Tutor informativo e di laboratorio' });
    expect(criterion(second.json(), 'collaborations').points).toBe('7,00');
    const rows = await ourAudit('score.recorded');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.data)).toContainEqual(
      expect.objectContaining({
        criterionId: 'collaborations',
        before: { hundredths: 650, note: 'Tutor informativo 2024/25', source: 'committee' },
        after: { hundredths: 700, note: 'Tutor informativo e di laboratorio', source: 'committee' },
      }),
    );
  });

  it('refuses a score above the maximum with the Italian message and changes nothing', async () => {
    const url = `${scoresUrl('media')}/collaborations`;
    const refused = await put(member, url, { points: '8,5', note: 'troppo' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      kind: 'invalid-score',
      title: 'Punteggio non valido: il punteggio supera il massimo del criterio (8).',
    });
    const noNote = await put(member, url, { points: '3', note: '  ' });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().title).toBe('Punteggio non valido: scrivi una motivazione per il punteggio.');
    const computed = await put(member, `${scoresUrl('media')}/bachelor-grade`, { points: 20, note: 'no' });
    expect(computed.statusCode).toBe(422);
    const decimals = await put(member, url, { points: '1,234', note: 'x' });
    expect(decimals.statusCode).toBe(422);
    expect(criterion(await view('media'), 'collaborations').points).toBe('7,00');
    expect(await ourAudit('score.recorded')).toHaveLength(2);
  });

  it('lets the committee exclude and readmit a candidate, audited, and compute keeps its decision', async () => {
    const url = `${base()}/applications/${apps.settanta}/exclusion`;
    const excluded = await member.post(url, { excluded: true, reasonText: 'Domanda senza firma' });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json().exclusion).toMatchObject({
      excluded: true,
      reasonCodes: ['committee'],
      reasonText: 'Domanda senza firma',
    });
    await member.post(`${base()}/scores/compute`);
    expect((await view('settanta')).exclusion).toMatchObject({ excluded: true, reasonCodes: ['committee'] });
    const readmitted = await member.post(url, { excluded: false, reasonText: 'Firma presente a pag. 2' });
    expect(readmitted.json().exclusion).toMatchObject({ excluded: false });
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, apps.settanta as string)));
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['application.excluded', 'application.readmitted']),
    );
  });

  it('shows candidates their own scores only once a ranking holding the application is published', async () => {
    const own = `/api/applications/${apps.media}/scores`;
    const before = await candidate.get(own);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ available: false, scores: null });
    expect((await otherCandidate.get(own)).statusCode).toBe(404);
    expect((await member.get(own)).statusCode).toBe(403);

    const [ranking] = await db()
      .insert(rankings)
      .values({ callId: call.callId, groupKey: 'g-1', title: 'Tutorato 1', status: 'provisional' })
      .returning({ id: rankings.id });
    await db()
      .insert(rankingPositions)
      .values({ rankingId: ranking?.id as string, positionId: call.positionIds[0] as string });
    const after = await candidate.get(own);
    expect(after.json().available).toBe(true);
    const scores = after.json().scores;
    expect(criterion(scores, 'weighted-average').explanation).toContain('CFU acquisiti 30 al 31/12/2025');
    expect(criterion(scores, 'collaborations')).toMatchObject({
      points: '7,00',
      note: 'Tutor informativo e di laboratorio',
    });
    expect(scores.total).toBe('24,44');
  });

  it('refuses scoring and exclusions once the ranking is definitive (409), nothing changed', async () => {
    await db().update(rankings).set({ status: 'definitive' }).where(eq(rankings.callId, call.callId));
    const refused = await put(member, `${scoresUrl('media')}/collaborations`, { points: 1, note: 'ricorso' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ kind: 'ranking-transition-refused' });
    const exclusion = await member.post(`${base()}/applications/${apps.media}/exclusion`, {
      excluded: true,
      reasonText: 'tardi',
    });
    expect(exclusion.statusCode).toBe(409);
    const computed = await member.post(`${base()}/scores/compute`);
    expect(computed.json()).toMatchObject({ frozen: 4, scoresWritten: 0 });
    const final = await view('media');
    expect(final.final).toBe(true);
    expect(criterion(final, 'collaborations').points).toBe('7,00');
    expect(final.exclusion.excluded).toBe(false);
  });
});
