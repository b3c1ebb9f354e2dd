import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeToUtc } from '../../../domain/calendar/rome-time.ts';
import { auditLog, outboundEmails, people, roleAssignments } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/**
 * A tutor gives written notice of withdrawal (rinuncia, seed 001 art. 11) from their own appointment: the last day
 * and the reason are recorded once and audited, the tutoring office and the supervisor are emailed in their language,
 * and the appointment stays open until the office ends it with the hours done.
 */
describe.each(testBackends())('tutor withdrawal notice on %s', (backend) => {
  let t: TestApp;
  let logins = 0;
  let supervisor: { id: string; email: string };

  const as = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.43.0.${logins + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const ok = async <R extends { statusCode: number; body: string }>(reply: Promise<R>) => {
    const r = await reply;
    expect(r.statusCode, r.body).toBe(200);
    return r;
  };
  const emailsTo = async (to: string) =>
    t.ctx.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, to));

  /** An appointment made, signed and acknowledged on 20 February 2026; started that day when `start`. */
  const appointed = async (prefix: string, start: boolean) => {
    t.clock.set(romeToUtc('2026-02-20', '11:00:00'));
    const offer = await insertAcceptedOffer(t.ctx.database.db, { preset: 'poliba', prefix, hours: 50 });
    const office = await as('ufficio');
    const made = await office.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId: supervisor.id,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    await ok(
      office.post(`/api/appointments/${id}/sign`, {
        protocolNumber: `2026/${prefix}`,
        protocolDate: '2026-02-20',
      }),
    );
    const tutor = await as(offer.username);
    await ok(tutor.post(`/api/me/appointments/${id}/acknowledge`));
    if (start) {
      for (const item of ['inps-registration', 'code-of-ethics'])
        await ok(tutor.post(`/api/me/appointments/${id}/checklist`, { item, on: '2026-02-20' }));
      await ok(
        office.post(`/api/appointments/${id}/checklist`, { item: 'safety-training', on: '2026-02-20' }),
      );
      await ok(office.post(`/api/appointments/${id}/activate`, {}));
    }
    return { ...offer, id };
  };

  beforeAll(async () => {
    t = await startTestApp(backend, { env: { LOG_LEVEL: 'silent' } });
    const s = await demoSupervisor(t.ctx.database.db);
    await t.ctx.database.db.update(people).set({ locale: 'en' }).where(eq(people.id, s.id));
    const [row] = await t.ctx.database.db
      .select({ email: people.email })
      .from(people)
      .where(eq(people.id, s.id));
    supervisor = { id: s.id, email: row?.email ?? '' };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records the notice once, audits it and emails the office and the supervisor; the office then ends it', async () => {
    const a = await appointed('wdr', true);
    t.clock.set(romeToUtc('2026-03-10', '10:00:00'));
    const tutor = await as(a.username);
    const sent = await ok(
      tutor.post(`/api/me/appointments/${a.id}/withdrawal`, {
        lastDay: '2026-03-06',
        reason: 'Ho vinto una borsa Erasmus',
      }),
    );
    const view = sent.json();
    expect(view.status).toBe('active');
    expect(view.withdrawalNotice).toEqual({
      lastDay: '2026-03-06',
      reason: 'Ho vinto una borsa Erasmus',
      notifiedAt: romeToUtc('2026-03-10', '10:00:00').toISOString(),
    });
    const audit = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.id), eq(auditLog.event, 'appointment.withdrawal-notified')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(a.studentId);
    expect(audit[0]?.reason).toBe('Ho vinto una borsa Erasmus');

    // Every person of the tutoring office, in Italian, and the supervisor, in English.
    const officePeople = await t.ctx.database.db
      .selectDistinct({ email: people.email })
      .from(roleAssignments)
      .innerJoin(people, eq(people.id, roleAssignments.personId))
      .where(eq(roleAssignments.role, 'tutoring-office'));
    expect(officePeople.length).toBeGreaterThan(0);
    for (const { email } of officePeople) {
      const mails = (await emailsTo(email)).filter((m) => m.subject.startsWith('Rinuncia comunicata'));
      expect(mails, email).toHaveLength(1);
      expect(mails[0]?.subject).toBe(`Rinuncia comunicata – Giulia Rossi-wdr, ${view.callCode}`);
      expect(mails[0]?.textBody).toContain(
        "Giulia Rossi-wdr ha comunicato per iscritto la rinuncia all'incarico",
      );
      expect(mails[0]?.textBody).toContain('Ultimo giorno di attività: venerdì 6 marzo 2026.');
      expect(mails[0]?.textBody).toContain('Motivo: Ho vinto una borsa Erasmus');
      expect(mails[0]?.textBody).toContain(`/appointments/${a.id}`);
    }
    const toSupervisor = (await emailsTo(supervisor.email)).filter((m) =>
      m.subject.startsWith('Withdrawal notified'),
    );
    expect(toSupervisor).toHaveLength(1);
    expect(toSupervisor[0]?.textBody).toContain('Last day of activity: Friday, 6 March 2026.');
    // The office's page of the appointment is not the supervisor's: no link that would be refused.
    expect(toSupervisor[0]?.textBody).not.toContain('/appointments');

    // The office reads it on the appointment and in the register.
    const office = await as('ufficio');
    expect((await office.get(`/api/appointments/${a.id}`)).json().withdrawalNotice.lastDay).toBe(
      '2026-03-06',
    );
    const register = (await office.get('/api/appointments')).json().items as Array<{
      id: string;
      withdrawalNotice: unknown;
    }>;
    expect(register.find((r) => r.id === a.id)?.withdrawalNotice).toMatchObject({ lastDay: '2026-03-06' });

    // One notice: a second is refused and changes nothing.
    const again = await tutor.post(`/api/me/appointments/${a.id}/withdrawal`, {
      lastDay: '2026-03-09',
      reason: 'Altro',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().kind).toBe('appointment-transition-refused');
    expect((await office.get(`/api/appointments/${a.id}`)).json().withdrawalNotice.lastDay).toBe(
      '2026-03-06',
    );

    // The office ends it as a withdrawal with the hours the supervisor confirms; the notice stays on record.
    const ended = await ok(
      office.post(`/api/appointments/${a.id}/end`, {
        kind: 'withdrawal',
        date: '2026-03-06',
        hoursDone: 12,
        note: '',
      }),
    );
    expect(ended.json().status).toBe('ended');
    expect(ended.json().ending).toMatchObject({ kind: 'withdrawal', hoursDone: 12, hoursReturned: 38 });
    expect(ended.json().withdrawalNotice.lastDay).toBe('2026-03-06');
  });

  it("refuses someone else's appointment (404), an ended one (409) and a bad date or no reason at the field (400)", async () => {
    const a = await appointed('wdo', true);
    const b = await appointed('wde', false);
    t.clock.set(romeToUtc('2026-03-25', '10:00:00'));
    const tutorA = await as(a.username);
    const tutorB = await as(b.username);

    const stranger = await tutorB.post(`/api/me/appointments/${a.id}/withdrawal`, {
      lastDay: '2026-03-25',
      reason: 'Non è mio',
    });
    expect(stranger.statusCode).toBe(404);

    const issueOf = async (body: Record<string, unknown>) => {
      const r = await tutorA.post(`/api/me/appointments/${a.id}/withdrawal`, body);
      expect(r.statusCode, r.body).toBe(400);
      return (r.json().issues as Array<{ field: string; message: string }>)[0];
    };
    // Before the activity started (20 February).
    expect(await issueOf({ lastDay: '2026-02-19', reason: 'x' })).toMatchObject({ field: 'lastDay' });
    // More than 30 days back (a later day, so that the start is not what refuses it).
    t.clock.set(romeToUtc('2026-04-30', '10:00:00'));
    const late = await as(a.username);
    const old = await late.post(`/api/me/appointments/${a.id}/withdrawal`, {
      lastDay: '2026-03-20',
      reason: 'x',
    });
    expect(old.statusCode).toBe(400);
    expect(old.json().issues[0]).toMatchObject({ field: 'lastDay', code: 'appointment.withdrawal-too-old' });
    const impossible = await late.post(`/api/me/appointments/${a.id}/withdrawal`, {
      lastDay: '2026-02-31',
      reason: 'x',
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().issues[0].field).toBe('lastDay');
    const noReason = await late.post(`/api/me/appointments/${a.id}/withdrawal`, {
      lastDay: '2026-04-30',
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].field).toBe('reason');
    // A future last day is fine (notice given ahead).
    await ok(
      late.post(`/api/me/appointments/${a.id}/withdrawal`, { lastDay: '2026-05-15', reason: 'Trasloco' }),
    );

    // An appointment the office already ended takes no notice.
    const officeLate = await as('ufficio');
    await ok(
      officeLate.post(`/api/appointments/${b.id}/end`, {
        kind: 'withdrawal',
        date: '2026-04-30',
        hoursDone: 0,
        note: '',
      }),
    );
    const tutorBLate = await as(b.username);
    const closed = await tutorBLate.post(`/api/me/appointments/${b.id}/withdrawal`, {
      lastDay: '2026-04-30',
      reason: 'Troppo tardi',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().kind).toBe('appointment-transition-refused');
  });
  it('the tutor takes the notice back before the office ends it: cleared, audited, the office and the supervisor told; a new notice is possible', async () => {
    const a = await appointed('wret', true);
    t.clock.set(romeToUtc('2026-03-10', '10:00:00'));
    const tutor = await as(a.username);
    // Nothing to take back yet.
    const early = await tutor.post(`/api/me/appointments/${a.id}/withdrawal/retract`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toContain('non c’è una rinuncia comunicata da ritirare');
    await ok(
      tutor.post(`/api/me/appointments/${a.id}/withdrawal`, { lastDay: '2026-03-20', reason: 'Tirocinio' }),
    );
    // Someone else cannot take it back.
    const stranger = await as('tutor');
    expect((await stranger.post(`/api/me/appointments/${a.id}/withdrawal/retract`, {})).statusCode).toBe(404);

    const back = await ok(
      tutor.post(`/api/me/appointments/${a.id}/withdrawal/retract`, { reason: 'Il tirocinio è rinviato' }),
    );
    expect(back.json()).toMatchObject({ status: 'active', withdrawalNotice: null });
    const [audit] = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.id), eq(auditLog.event, 'appointment.withdrawal-retracted')));
    expect(audit).toMatchObject({ actorId: a.studentId, reason: 'Il tirocinio è rinviato' });
    expect(audit?.data).toMatchObject({ notice: { lastDay: '2026-03-20', reason: 'Tirocinio' } });
    const toSupervisor = (await emailsTo(supervisor.email)).filter((m) => m.subject.includes('Rossi-wret'));
    expect(toSupervisor.map((m) => m.subject.split(' – ')[0]).sort()).toEqual([
      'Withdrawal notified',
      'Withdrawal taken back',
    ]);
    const taken = toSupervisor.find((m) => m.subject.startsWith('Withdrawal taken back'));
    expect(taken?.textBody).toContain('the activity goes on');
    expect(taken?.textBody).toContain('Reason: Il tirocinio è rinviato');
    const office = await t.ctx.database.db
      .select()
      .from(outboundEmails)
      .where(
        eq(outboundEmails.subject, `Rinuncia ritirata – Giulia Rossi-wret, ${taken?.subject.split(', ')[1]}`),
      );
    expect(office.length).toBeGreaterThan(0);
    expect(office[0]?.textBody).toContain("ha ritirato la rinuncia all'incarico");

    // A second retraction finds nothing; a new notice may be sent.
    expect((await tutor.post(`/api/me/appointments/${a.id}/withdrawal/retract`, {})).statusCode).toBe(409);
    await ok(
      tutor.post(`/api/me/appointments/${a.id}/withdrawal`, {
        lastDay: '2026-03-25',
        reason: 'Tirocinio, di nuovo',
      }),
    );
    // Once the office has ended the appointment it can no longer be taken back.
    const ufficio = await as('ufficio');
    await ok(
      ufficio.post(`/api/appointments/${a.id}/end`, {
        kind: 'withdrawal',
        date: '2026-03-10',
        hoursDone: 10,
      }),
    );
    const late = await tutor.post(`/api/me/appointments/${a.id}/withdrawal/retract`, {});
    expect(late.statusCode).toBe(409);
  });
});
