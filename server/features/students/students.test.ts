import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.ts';
import {
  auditLog,
  localAccounts,
  people,
  roleAssignments,
  specialCategoryData,
  students,
  units,
} from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';

interface Summary {
  id: string;
  studentNumber: string;
  programmeCode: string | null;
  programmeType: string | null;
  unitName: string | null;
  creditsEarned: number;
}

describe.each(testBackends())('students and careers on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;
  let supervisor: TestClient;
  let student: TestClient;
  let giuliaId: string;
  let marcoId: string;
  let deiName: string;

  const idOf = async (studentNumber: string) => {
    const [row] = await t.ctx.database.db
      .select({ id: students.personId })
      .from(students)
      .where(eq(students.studentNumber, studentNumber));
    if (!row) throw new Error(`no student ${studentNumber}`);
    return row.id;
  };
  const viewsOf = async (actorId: string | null, studentId: string) =>
    (
      await t.ctx.database.db
        .select({ actorId: auditLog.actorId })
        .from(auditLog)
        .where(and(eq(auditLog.event, 'special-category.viewed'), eq(auditLog.entityId, studentId)))
    ).filter((row) => actorId === null || row.actorId === actorId).length;
  const personOf = async (username: string) => {
    const [row] = await t.ctx.database.db
      .select({ id: localAccounts.personId })
      .from(localAccounts)
      .where(eq(localAccounts.username, username));
    return row?.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(backend);
    office = new TestClient(t.app, '10.2.0.1');
    supervisor = new TestClient(t.app, '10.2.0.2');
    student = new TestClient(t.app, '10.2.0.3');
    for (const [client, username] of [
      [office, 'ufficio'],
      [supervisor, 'referente'],
      [student, 'studente'],
    ] as const)
      expect((await client.login(username)).statusCode).toBe(200);
    giuliaId = await idOf('600001');
    marcoId = await idOf('600002');
    const [dei] = await t.ctx.database.db
      .select({ name: units.name })
      .from(units)
      .where(eq(units.code, 'DEI'));
    deiName = dei?.name as string;
  });
  afterAll(async () => t?.close());

  it('lists every demo student to the office, paged and searchable', async () => {
    const page = await office.get('/api/students?pageSize=20&page=2');
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 60, page: 2, pageSize: 20 });
    expect(page.json().items).toHaveLength(20);
    const byNumber = await office.get('/api/students?q=600001');
    expect(byNumber.json().items.map((s: Summary) => s.studentNumber)).toEqual(['600001']);
    expect(byNumber.json().items[0]).toMatchObject({
      givenName: 'Giulia',
      familyName: 'Lorusso',
      programmeCode: 'LM-IINF',
      programmeType: 'LM',
      yearOfCourse: 2,
      yearsBeyond: 0,
      partTime: false,
      unitName: deiName,
    });
    const byName = await office.get('/api/students?q=giulia%20lorusso');
    expect(byName.json().items.map((s: Summary) => s.studentNumber)).toContain('600001');
    const none = await office.get('/api/students?q=%25');
    expect(none.json().total).toBe(0);
  });

  it('filters by programme type, programme and unit (a PhD belongs to its department too)', async () => {
    const masters = (await office.get('/api/students?programmeType=LM&pageSize=200')).json();
    expect(masters.total).toBeGreaterThan(0);
    expect(masters.items.every((s: Summary) => s.programmeType === 'LM')).toBe(true);
    const programmes = (await office.get('/api/programmes')).json();
    const informatica = programmes.find((p: { code: string }) => p.code === 'LM-IINF');
    const phd = programmes.find((p: { code: string }) => p.code === 'DR-IEI');
    expect(phd).toMatchObject({ type: 'PHD', unitName: 'Scuola di Dottorato', departmentName: deiName });
    const inProgramme = (await office.get(`/api/students?programmeId=${informatica.id}&pageSize=200`)).json();
    expect(inProgramme.items.every((s: Summary) => s.programmeCode === 'LM-IINF')).toBe(true);
    const [deiUnit] = await t.ctx.database.db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.code, 'DEI'));
    const dei = (await office.get(`/api/students?unitId=${deiUnit?.id}&pageSize=200`)).json();
    expect(dei.total).toBeGreaterThan(0);
    expect(dei.items.every((s: Summary) => s.unitName === deiName)).toBe(true);
  });

  it('shows a supervisor only the students of their unit', async () => {
    const list = (await supervisor.get('/api/students?pageSize=200')).json();
    const all = (await office.get('/api/students?pageSize=200')).json();
    const deiStudents = all.items.filter((s: Summary) => s.unitName === deiName);
    expect(list.total).toBe(deiStudents.length);
    expect(list.total).toBeLessThan(all.total);
    expect(list.items.map((s: Summary) => s.studentNumber)).toContain('600001');
    expect(list.items.map((s: Summary) => s.studentNumber)).not.toContain('600002');
    expect((await supervisor.get(`/api/students/${giuliaId}`)).statusCode).toBe(200);
    const other = await supervisor.get(`/api/students/${marcoId}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().kind).toBe('forbidden');
  });

  it('gives a career with exams, plan, credits and weighted average', async () => {
    const reply = await office.get(`/api/students/${giuliaId}`);
    expect(reply.statusCode).toBe(200);
    const career = reply.json();
    expect(career).toMatchObject({
      studentNumber: '600001',
      email: 'studente@demo.poliba.it',
      bachelorGrade: 108,
      enrolments: [{ academicYear: 2025, programmeCode: 'LM-IINF', yearOfCourse: 2, status: 'active' }],
    });
    expect(career.exams.length).toBeGreaterThan(3);
    const credits = career.exams.reduce((sum: number, e: { credits: number }) => sum + e.credits, 0);
    expect(career.creditsEarned).toBe(credits);
    const graded = career.exams.filter((e: { grade: number | null }) => e.grade !== null);
    const average =
      graded.reduce((sum: number, e: { grade: number; credits: number }) => sum + e.grade * e.credits, 0) /
      graded.reduce((sum: number, e: { credits: number }) => sum + e.credits, 0);
    expect(career.weightedAverage).toBeCloseTo(average, 2);
    const passed = new Set(career.exams.map((e: { courseCode: string }) => e.courseCode));
    expect(career.studyPlan.length).toBeGreaterThanOrEqual(10);
    for (const item of career.studyPlan) expect(item.passed).toBe(passed.has(item.courseCode));
    expect(career.exams.every((e: { passedOn: string }) => e.passedOn < '2026-01-01')).toBe(true);
  });

  it('gives the ISEE in cents and a PhD student’s scholarship as stored', async () => {
    const db = t.ctx.database.db;
    await db
      .update(students)
      .set({ iseeCents: 1_234_567, phdScholarship: false })
      .where(eq(students.personId, giuliaId));
    try {
      expect((await office.get(`/api/students/${giuliaId}`)).json()).toMatchObject({
        iseeCents: 1_234_567,
        phdScholarship: false,
      });
      await db
        .update(students)
        .set({ iseeCents: null, phdScholarship: null })
        .where(eq(students.personId, giuliaId));
      expect((await office.get(`/api/students/${giuliaId}`)).json()).toMatchObject({
        iseeCents: null,
        phdScholarship: null,
      });
    } finally {
      await db
        .update(students)
        .set({ iseeCents: null, phdScholarship: null })
        .where(eq(students.personId, giuliaId));
    }
  });

  it('shows special-category data to the office only, and audits each view', async () => {
    const [flagged] = await t.ctx.database.db.select().from(specialCategoryData).limit(1);
    if (!flagged) throw new Error('the demo has no special-category data');
    const officeId = await personOf('ufficio');
    const before = await viewsOf(officeId, flagged.personId);
    const career = (await office.get(`/api/students/${flagged.personId}`)).json();
    expect(career.specialCategory).toEqual({ disability: flagged.disability, dsa: flagged.dsa });
    expect(await viewsOf(officeId, flagged.personId)).toBe(before + 1);

    const deiFlagged = await t.ctx.database.db
      .select({ id: students.personId })
      .from(specialCategoryData)
      .innerJoin(students, eq(students.personId, specialCategoryData.personId));
    const visible = (await supervisor.get('/api/students?pageSize=200'))
      .json()
      .items.map((s: Summary) => s.id);
    const target = deiFlagged.find((row) => visible.includes(row.id))?.id ?? giuliaId;
    const seen = (await supervisor.get(`/api/students/${target}`)).json();
    expect(seen.specialCategory).toBeNull();
    expect(await viewsOf(await personOf('referente'), target)).toBe(0);
  });

  it('lets the office grant and revoke access to special-category data, audited', async () => {
    const supervisorId = await personOf('referente');
    const short = await office.post('/api/special-category/grants', {
      granteeId: supervisorId,
      reason: 'DSA',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().issues[0].field).toBe('reason');
    const unknown = await office.post('/api/special-category/grants', {
      granteeId: '00000000-0000-4000-8000-000000000000',
      reason: 'Supporto agli studenti con DSA del DEI',
    });
    expect(unknown.statusCode).toBe(404);
    const denied = await student.post('/api/special-category/grants', {
      granteeId: supervisorId,
      reason: 'Supporto agli studenti con DSA del DEI',
    });
    expect(denied.statusCode).toBe(403);

    const granted = await office.post('/api/special-category/grants', {
      granteeId: supervisorId,
      reason: 'Supporto agli studenti con DSA del DEI',
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({
      granteeName: 'Paola Amoruso',
      grantedByName: 'Angela Dellino',
      revokedAt: null,
    });
    const again = await office.post('/api/special-category/grants', {
      granteeId: supervisorId,
      reason: 'Supporto agli studenti con DSA del DEI',
    });
    expect(again.statusCode).toBe(409);

    const seen = (await supervisor.get(`/api/students/${giuliaId}`)).json();
    expect(seen.specialCategory).toEqual({ disability: false, dsa: false });
    expect(await viewsOf(supervisorId, giuliaId)).toBe(1);

    const list = (await office.get('/api/special-category/grants')).json();
    expect(list.map((g: { id: string }) => g.id)).toContain(granted.json().id);
    const revoked = await office.request({
      method: 'DELETE',
      url: `/api/special-category/grants/${granted.json().id}`,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await supervisor.get(`/api/students/${giuliaId}`)).json().specialCategory).toBeNull();
    const events = await t.ctx.database.db
      .select({ event: auditLog.event, reason: auditLog.reason })
      .from(auditLog)
      .where(eq(auditLog.entityId, supervisorId));
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['special-category.granted', 'special-category.revoked']),
    );
  });

  it('gives a student their own career and nobody else’s', async () => {
    const own = await student.get('/api/me/career');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ studentNumber: '600001', specialCategory: null });
    const tutor = new TestClient(t.app, '10.2.0.4');
    await tutor.login('tutor');
    expect((await tutor.get('/api/me/career')).json()).toMatchObject({
      studentNumber: '600002',
      bachelorHonours: true,
    });
    expect((await student.get(`/api/students/${marcoId}`)).statusCode).toBe(403);
    expect((await student.get('/api/students')).statusCode).toBe(403);
    expect((await student.get('/api/programmes')).statusCode).toBe(403);
    expect((await office.get('/api/me/career')).statusCode).toBe(403);
  });

  it('says so when a student has no career on record', async () => {
    const { db } = t.ctx.database;
    const [person] = await db
      .insert(people)
      .values({ givenName: 'Nuova', familyName: 'Iscritta', email: 'nuova@studenti.poliba.it' })
      .returning({ id: people.id });
    const personId = person?.id as string;
    await db.insert(roleAssignments).values({ personId, role: 'student' });
    await db
      .insert(localAccounts)
      .values({ personId, username: 'nuova', passwordHash: await hashPassword('affianco2026') });
    const client = new TestClient(t.app, '10.2.0.5');
    expect((await client.login('nuova')).statusCode).toBe(200);
    const reply = await client.get('/api/me/career');
    expect(reply.statusCode).toBe(404);
    expect(reply.json()).toMatchObject({ kind: 'no-career', title: expect.stringContaining('carriera') });
    expect((await office.get(`/api/students/${personId}`)).statusCode).toBe(404);
  });

  it('exports the filtered list as XLSX, and records the export', async () => {
    const reply = await office.get('/api/students.xlsx?programmeType=LM');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.rawPayload as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Matricola');
    const total = (await office.get('/api/students?programmeType=LM')).json().total;
    expect((sheet?.actualRowCount ?? 0) - 1).toBe(total);
    const supervisorExport = await supervisor.get('/api/students.xlsx');
    const supervisorBook = new ExcelJS.Workbook();
    await supervisorBook.xlsx.load(supervisorExport.rawPayload as never);
    const numbers: string[] = [];
    supervisorBook.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) numbers.push(String(row.getCell(1).value));
    });
    expect(numbers).toContain('600001');
    expect(numbers).not.toContain('600002');
    const exports = await t.ctx.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.event, 'data-export.downloaded'));
    expect(exports.length).toBeGreaterThanOrEqual(2);
  });
});
