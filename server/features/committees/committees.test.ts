import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationScores, applications, calls, localAccounts, people } from '../../db/schema/index.ts';
import { DEMO_APPEAL_CALL_CODE } from '../../demo/call-appeal.ts';
import { DEMO_CALL_CODE } from '../../demo/call-poliba.ts';
import { demoPersonByUsername } from '../../demo/seed.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertCall } from '../../test/factories/calls.ts';

describe.each(testBackends())('the selection committee on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let member: TestClient;
  let student: TestClient;
  let bariId: string;
  let otherId: string;
  let staff: string[];
  let referente: string;
  let studentId: string;

  const client = async (username: string) => {
    const c = new TestClient(t.app);
    expect((await c.login(username)).statusCode).toBe(200);
    return c;
  };
  const put = (c: TestClient, callId: string, payload: unknown) =>
    c.request({ method: 'PUT', url: `/api/calls/${callId}/committee`, payload: payload as object });

  beforeAll(async () => {
    t = await startTestApp(backend);
    const { db } = t.ctx.database;
    office = await client('ufficio');
    member = await client('commissione');
    student = await client('studente');
    const [bari] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_CALL_CODE));
    bariId = bari?.id as string;
    otherId = (
      await insertCall(db, {
        academicYear: 2025,
        opensAt: new Date('2026-01-01T00:00:00Z'),
        closesAt: new Date('2026-03-01T00:00:00Z'),
        positions: [['LM']],
      })
    ).callId;
    staff = (
      await db
        .select({ id: people.id })
        .from(people)
        .leftJoin(localAccounts, eq(localAccounts.personId, people.id))
        .where(and(eq(people.isStaff, true), isNull(localAccounts.personId)))
        .orderBy(people.email)
        .offset(5)
        .limit(3)
    ).map((row) => row.id);
    referente = (await demoPersonByUsername(db, 'referente')) as string;
    studentId = (await demoPersonByUsername(db, 'studente')) as string;
  }, 120_000);
  afterAll(async () => t?.close());

  it('keeps students and the office out of the work of members, and students out of naming', async () => {
    expect((await student.get('/api/committee/calls')).statusCode).toBe(403);
    expect((await student.get(`/api/calls/${bariId}/committee`)).statusCode).toBe(403);
    const named = await put(student, otherId, {
      appointmentAct: 'x',
      members: [{ personId: referente, role: 'president' }],
    });
    expect(named.statusCode).toBe(403);
    expect((await office.get(`/api/committee/calls/${bariId}/applications`)).statusCode).toBe(403);
  });

  it('shows the demo member their call, refuses the applications before the declaration, then opens them', async () => {
    const mine = await member.get('/api/committee/calls');
    expect(mine.statusCode).toBe(200);
    // The Bari call, not yet declared; the demo's call in its appeal window sits beside it, already declared.
    expect(mine.json()).toEqual([
      expect.objectContaining({ callCode: DEMO_APPEAL_CALL_CODE, role: 'member', declared: true }),
      expect.objectContaining({ callId: bariId, role: 'member', declared: false, conflictDeclaredAt: null }),
    ]);

    const refused = await member.get(`/api/committee/calls/${bariId}/applications`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().kind).toBe('conflict-not-declared');
    expect(refused.json().title).toContain('conflitto di interessi');

    const notTrue = await member.post(`/api/committee/calls/${bariId}/declaration`, { noConflict: false });
    expect(notTrue.statusCode).toBe(400);

    const declaredAt = new Date(t.ctx.clock.now().getTime() + 60_000);
    t.clock.set(declaredAt);
    const declared = await member.post(`/api/committee/calls/${bariId}/declaration`, {
      noConflict: true,
      statement: 'Nessun rapporto di parentela o affinità con i candidati.',
    });
    expect(declared.statusCode).toBe(200);
    expect(declared.json()).toMatchObject({ declared: true, conflictDeclaredAt: declaredAt.toISOString() });
    t.clock.set(new Date(declaredAt.getTime() + 60_000));
    const again = await member.post(`/api/committee/calls/${bariId}/declaration`, {
      noConflict: true,
      statement: 'altro',
    });
    expect(again.json().conflictDeclaredAt).toBe(declaredAt.toISOString());

    const list = await member.get(`/api/committee/calls/${bariId}/applications?pageSize=200`);
    expect(list.statusCode).toBe(200);
    const { items, total } = list.json();
    expect(total).toBeGreaterThan(0);
    const confirmed = await t.ctx.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, bariId), eq(applications.status, 'confirmed')));
    expect(total).toBe(confirmed.length);
    expect(items.every((row: { status: string }) => row.status === 'confirmed')).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(/disabilit|dsa|specialCategory/i);

    const one = await member.get(`/api/committee/calls/${bariId}/applications/${items[0].id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: items[0].id, callId: bariId, status: 'confirmed' });
    // An application id of the call asked under another call is not found.
    expect((await member.get(`/api/committee/calls/${otherId}/applications/${items[0].id}`)).statusCode).toBe(
      404,
    );
    expect((await member.get(`/api/committee/calls/${otherId}/applications`)).statusCode).toBe(404);
    expect((await member.get(`/api/committee/calls/${bariId}/applications/${randomUUID()}`)).statusCode).toBe(
      404,
    );

    const audit = await office.get(`/api/audit?event=committee.conflict-declared&entityId=${bariId}`);
    expect(audit.json().items).toHaveLength(1);
  });

  it('refuses a committee that breaks the rules, naming the field in the user language', async () => {
    const tooFew = await put(office, otherId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
      ],
    });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().issues).toEqual([
      expect.objectContaining({
        field: 'members',
        message: 'La commissione ha almeno 3 componenti (ne sono indicati 2).',
      }),
    ]);

    const twoPresidents = await office.request({
      method: 'PUT',
      url: `/api/calls/${otherId}/committee`,
      headers: { 'accept-language': 'en' },
      payload: {
        appointmentAct: 'D.R. 1/2026',
        members: [
          { personId: staff[0], role: 'president' },
          { personId: staff[1], role: 'secretary' },
          { personId: staff[2], role: 'president' },
        ],
      },
    });
    expect(twoPresidents.statusCode).toBe(400);
    expect(twoPresidents.json().issues[0]).toMatchObject({ field: 'members.2.role' });
    expect(twoPresidents.json().issues[0].message).toMatch(/exactly one president|esattamente un presidente/);

    const duplicate = await put(office, otherId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: staff[0], role: 'member' },
      ],
    });
    expect(duplicate.json().issues[0].field).toBe('members.2.personId');

    const noSecretary = await put(office, otherId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'member' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(noSecretary.json().issues[0]).toMatchObject({ field: 'members' });

    const unknown = await put(office, otherId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: randomUUID(), role: 'member' },
      ],
    });
    expect(unknown.json().issues[0].field).toBe('members.2.personId');

    const badRole = await put(office, otherId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: staff[2], role: 'chair' },
      ],
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().issues[0].field).toBe('members.2.role');

    // A candidate of the Bari call cannot judge it.
    const [candidate] = await t.ctx.database.db
      .select({ id: applications.studentId })
      .from(applications)
      .where(eq(applications.callId, bariId))
      .limit(1);
    const candidateRefused = await put(office, bariId, {
      appointmentAct: 'D.R. 1/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: candidate?.id, role: 'secretary' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(candidateRefused.json().issues[0]).toMatchObject({ field: 'members.1.personId' });
    expect((await office.get(`/api/calls/${otherId}/committee`)).json().committee).toBeNull();
  });

  it('lets the office name a committee: the members get the call-scoped role, others are kept out', async () => {
    const named = await put(office, otherId, {
      appointmentAct: 'D.R. n. 7 del 2/3/2026',
      members: [
        { personId: referente, role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(named.statusCode).toBe(200);
    expect(named.json().committee.members.map((m: { role: string }) => m.role)).toEqual([
      'president',
      'secretary',
      'member',
    ]);
    expect(named.json().minMembers).toBe(3);

    const person = (await office.get('/api/people?q=Paola Amoruso')).json().items[0];
    expect(person.roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'committee-member', callId: otherId })]),
    );
    const audit = await office.get(`/api/audit?event=committee.named&entityId=${otherId}`);
    expect(audit.json().items).toHaveLength(1);

    const president = await client('referente');
    expect((await president.get('/api/committee/calls')).json()).toEqual([
      expect.objectContaining({ callId: otherId, role: 'president', declared: false }),
    ]);
    // Another call's committee work is not theirs to know about.
    expect((await president.get(`/api/committee/calls/${bariId}/applications`)).statusCode).toBe(404);
    expect((await president.get(`/api/committee/calls/${bariId}`)).statusCode).toBe(404);
    expect((await president.get(`/api/committee/calls/${otherId}/applications`)).statusCode).toBe(403);

    // Replacing the president revokes their role for the call.
    const renamed = await put(office, otherId, {
      appointmentAct: 'D.R. n. 8 del 3/3/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(renamed.statusCode).toBe(200);
    expect((await president.get('/api/committee/calls')).statusCode).toBe(403);
    const after = (await office.get('/api/people?q=Paola Amoruso')).json().items[0];
    expect(after.roles.some((r: { role: string }) => r.role === 'committee-member')).toBe(false);
  });

  it('records sittings by the office; a member who is not the secretary cannot', async () => {
    const body = {
      startedAt: '2026-03-12T09:00:00+01:00',
      endedAt: '2026-03-12T12:00:00+01:00',
      place: 'Sala del Senato',
      present: [staff[0], staff[1], staff[2]],
      notes: 'Insediamento e criteri.',
    };
    const recorded = await office.post(`/api/calls/${otherId}/committee/sessions`, body);
    expect(recorded.statusCode).toBe(201);
    const backwards = await office.post(`/api/calls/${otherId}/committee/sessions`, {
      ...body,
      endedAt: '2026-03-12T08:00:00+01:00',
    });
    expect(backwards.json().issues[0].field).toBe('endedAt');
    const stranger = await office.post(`/api/calls/${otherId}/committee/sessions`, {
      ...body,
      present: [staff[0], studentId],
    });
    expect(stranger.json().issues[0].field).toBe('present.1');
    const list = await office.get(`/api/calls/${otherId}/committee/sessions`);
    expect(list.json()).toEqual([
      expect.objectContaining({ place: 'Sala del Senato', present: body.present }),
    ]);

    const byMember = await member.post(`/api/committee/calls/${bariId}/sessions`, {
      ...body,
      present: [(await demoPersonByUsername(t.ctx.database.db, 'commissione')) as string],
    });
    expect(byMember.statusCode).toBe(403);
    expect((await member.get(`/api/committee/calls/${bariId}/sessions`)).statusCode).toBe(200);

    // The secretary records a sitting too, once declared.
    const renamed = await put(office, otherId, {
      appointmentAct: 'D.R. n. 9 del 4/3/2026',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: referente, role: 'secretary' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(renamed.statusCode).toBe(200);
    const secretary = await client('referente');
    const sitting = { ...body, present: [staff[0], referente], place: 'Aula Magna' };
    const undeclared = await secretary.post(`/api/committee/calls/${otherId}/sessions`, sitting);
    expect(undeclared.statusCode).toBe(403);
    expect(undeclared.json().kind).toBe('conflict-not-declared');
    await secretary.post(`/api/committee/calls/${otherId}/declaration`, { noConflict: true, statement: '' });
    const bySecretary = await secretary.post(`/api/committee/calls/${otherId}/sessions`, sitting);
    expect(bySecretary.statusCode).toBe(201);
    expect((await office.get(`/api/calls/${otherId}/committee/sessions`)).json()).toHaveLength(2);
    const audit = await office.get(`/api/audit?event=committee.session-recorded&entityId=${otherId}`);
    expect(audit.json().items).toHaveLength(2);
  });

  it('keeps the committee once scoring has started', async () => {
    const { db } = t.ctx.database;
    const [application] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, bariId), eq(applications.status, 'confirmed')))
      .limit(1);
    await db.insert(applicationScores).values({
      applicationId: application?.id as string,
      criterionId: 'interview',
      pointsHundredths: 500,
      source: 'committee',
      scoredAt: new Date(),
    });
    const current = (await office.get(`/api/calls/${bariId}/committee`)).json();
    expect(current.scoringStarted).toBe(true);
    const refused = await put(office, bariId, {
      appointmentAct: 'D.R. 2',
      members: [
        { personId: staff[0], role: 'president' },
        { personId: staff[1], role: 'secretary' },
        { personId: staff[2], role: 'member' },
      ],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toContain('valutazione delle domande è già iniziata');
    const still = (await office.get(`/api/calls/${bariId}/committee`)).json();
    expect(still.committee.members).toEqual(current.committee.members);
  });
});
