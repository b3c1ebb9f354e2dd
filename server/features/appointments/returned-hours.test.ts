import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appointments,
  auditLog,
  offers,
  outboundEmails,
  returnedHoursAssignments,
} from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { insertDefinitiveRanking } from '../offers/test-ranking.ts';
import { insertAcceptedOffer, insertAppointmentOfOffer } from './test-fixture.ts';

describe.each(testBackends())('returned hours given to other tutors on %s', (backend) => {
  let t: TestApp;
  let logins = 0;
  const login = async (username: string) => {
    logins += 1;
    const client = new TestClient(t.app, `10.41.${Math.floor(logins / 200)}.${(logins % 200) + 10}`);
    expect((await client.login(username)).statusCode).toBe(200);
    return client;
  };
  const termsOf = async (id: string) =>
    (await t.ctx.database.db.select().from(appointments).where(eq(appointments.id, id)))[0]?.terms;

  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t?.close());

  /**
   * Bari: two winners of one position (50 hours, EUR 1,000 each) and a third candidate. Ada withdrew after 20 hours
   * (30 back, EUR 600); Ben is still at work, at `benHours` (EUR 2,000 when more than 50).
   */
  const scene = async (prefix: string, benHours = 50) => {
    const db = t.ctx.database.db;
    const z = await insertDefinitiveRanking(db, {
      preset: 'poliba',
      grants: 2,
      candidates: ['ada', 'ben', 'cloe'],
      prefix,
    });
    const o = await login('ufficio');
    const started = (await o.post(`/api/rankings/${z.rankingId}/offers`)).json();
    const offerOf = (key: string) =>
      started.items.find(
        (i: { applicationId: string }) => i.applicationId === z.candidates[key]?.applicationId,
      );
    for (const key of ['ada', 'ben']) {
      const candidate = await login(z.candidates[key]?.username as string);
      expect((await candidate.post(`/api/offers/${offerOf(key).id}/accept`)).statusCode).toBe(200);
    }
    const ada = await insertAppointmentOfOffer(db, offerOf('ada').id, {
      status: 'ended',
      ending: { kind: 'withdrawal', date: '2026-04-10', hoursDone: 20, hoursReturned: 30, note: '' },
    });
    const ben = await insertAppointmentOfOffer(db, offerOf('ben').id, {
      status: 'active',
      hours: benHours,
      amountCents: benHours === 50 ? 100_000 : 200_000,
    });
    return { z, o, ada, ben };
  };

  it('gives part of the hours to a tutor of the call, amends the tutor’s terms, and offers the rest to the next candidate', async () => {
    const { z, o, ada, ben } = await scene('rha');
    const before = (await o.get(`/api/appointments/${ada}/returned-hours`)).json();
    expect(before).toMatchObject({
      returned: { hours: 30, amountCents: 60_000 },
      left: { hours: 30, amountCents: 60_000 },
      offer: null,
      assignable: true,
      assignments: [],
    });
    expect(before.targets.map((x: { appointmentId: string }) => x.appointmentId)).toEqual([ben]);

    const reply = await o.post(`/api/appointments/${ada}/returned-hours/assignments`, {
      targetAppointmentId: ben,
      hours: 10,
      kind: 'tutoring',
      reason: 'Su indicazione della prof.ssa Greco, referente DMMM, sentiti i responsabili del progetto',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json()).toMatchObject({
      left: { hours: 20, amountCents: 40_000 },
      assignments: [{ targetAppointmentId: ben, hours: 10, amountCents: 20_000, kind: 'tutoring' }],
    });
    // Ben's letter is amended: 10 more hours and their EUR 200, the reason and where they came from kept.
    expect((await termsOf(ben))?.items).toEqual([{ kind: 'tutoring', hours: 60, costCents: 120_000 }]);
    const benView = (await o.get(`/api/appointments/${ben}`)).json();
    expect(benView.amendments).toEqual([
      expect.objectContaining({
        changed: ['amount', 'hours'],
        returnedHoursFrom: ada,
        reason: expect.stringContaining('prof.ssa Greco'),
      }),
    ]);
    // Ben is told his letter changed, and why.
    const mail = (
      await t.ctx.database.db
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.recipientId, benView.tutorId))
    ).filter((m) => m.subject.startsWith('Incarico modificato'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.textBody).toContain('Ore: 60 (prima: 50).');
    expect(mail[0]?.textBody).toContain('ore restituite da un altro incarico dello stesso bando');
    const audit = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, ada));
    expect(audit.map((a) => a.event)).toContain('appointment.returned-hours-assigned');
    const amended = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ben), eq(auditLog.event, 'appointment.amended')));
    expect(amended[0]?.data).toMatchObject({ returnedHours: { sourceAppointmentId: ada, hours: 10 } });

    // The ranking's page shows the part given; the offer to the next candidate carries only the 20 hours left.
    const ranking = (await o.get(`/api/rankings/${z.rankingId}/offers`)).json();
    expect(ranking.returnedHours[0]).toMatchObject({ hours: 30, assignedHours: 10, offered: false });
    const offered = await o.post(`/api/rankings/${z.rankingId}/returned-hours`, { appointmentId: ada });
    expect(offered.statusCode, offered.body).toBe(200);
    const [offer] = await t.ctx.database.db.select().from(offers).where(eq(offers.sourceAppointmentId, ada));
    expect(offer).toMatchObject({ status: 'pending', hours: 20, amountCents: 40_000 });

    // While Cloe's offer is pending the hours are hers: nothing more is given to a tutor.
    const refused = await o.post(`/api/appointments/${ada}/returned-hours/assignments`, {
      targetAppointmentId: ben,
      hours: 5,
      kind: 'tutoring',
      reason: 'Ancora ore',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ kind: 'returned-hours-assignment-refused' });
    expect(refused.json().title).toContain('offerte al prossimo candidato');
    const after = (await o.get(`/api/appointments/${ada}/returned-hours`)).json();
    expect(after).toMatchObject({ assignable: false, offer: { status: 'pending' } });
    expect(after.offer.candidateName).toContain('cloe');
  });

  it('refuses bad input at its field and changes nothing', async () => {
    const { o, ada, ben } = await scene('rhb');
    const other = await insertAcceptedOffer(t.ctx.database.db, { preset: 'poliba', prefix: 'rhb-other' });
    const elsewhere = await insertAppointmentOfOffer(t.ctx.database.db, other.offerId, { status: 'active' });
    const post = (body: Record<string, unknown>) =>
      o.post(`/api/appointments/${ada}/returned-hours/assignments`, body);
    const good = {
      targetAppointmentId: ben,
      hours: 10,
      kind: 'tutoring',
      reason: 'Indicazione del referente',
    };

    const noReason = await post({ ...good, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    const tooMany = await post({ ...good, hours: 31 });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().issues).toEqual([
      expect.objectContaining({
        field: 'hours',
        message: 'Restano da assegnare 30 ore: indica al massimo 30 ore.',
      }),
    ]);
    const otherCall = await post({ ...good, targetAppointmentId: elsewhere });
    expect(otherCall.json().issues).toEqual([expect.objectContaining({ field: 'targetAppointmentId' })]);
    const itself = await post({ ...good, targetAppointmentId: ada });
    expect(itself.json().issues).toEqual([expect.objectContaining({ code: 'same-appointment' })]);
    const fraction = await post({ ...good, hours: 2.5 });
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json().issues[0].field).toBe('hours');
    const benFromBen = await o.post(`/api/appointments/${ben}/returned-hours/assignments`, {
      ...good,
      targetAppointmentId: ada,
    });
    expect(benFromBen.json()).toMatchObject({ kind: 'returned-hours-assignment-refused' });

    expect(
      await t.ctx.database.db
        .select()
        .from(returnedHoursAssignments)
        .where(eq(returnedHoursAssignments.sourceAppointmentId, ada)),
    ).toEqual([]);
    expect((await termsOf(ben))?.items).toEqual([{ kind: 'tutoring', hours: 50, costCents: 100_000 }]);
  });

  it('checks the receiving tutor’s caps again: past Bari’s 400 hours a year it is refused whole', async () => {
    const { o, ada, ben } = await scene('rhc', 380);
    const over = await o.post(`/api/appointments/${ada}/returned-hours/assignments`, {
      targetAppointmentId: ben,
      hours: 30,
      kind: 'tutoring',
      reason: 'Indicazione del referente',
    });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ kind: 'caps-exceeded' });
    expect(over.json().breaches).toEqual([expect.objectContaining({ excess: 10 })]);
    expect((await o.get(`/api/appointments/${ada}/returned-hours`)).json().left.hours).toBe(30);
    expect((await termsOf(ben))?.items[0]?.hours).toBe(380);
    // Twenty fit exactly.
    const fits = await o.post(`/api/appointments/${ada}/returned-hours/assignments`, {
      targetAppointmentId: ben,
      hours: 20,
      kind: 'supplementary-teaching',
      reason: 'Indicazione del referente',
    });
    expect(fits.statusCode, fits.body).toBe(200);
    expect((await termsOf(ben))?.items).toEqual([
      { kind: 'tutoring', hours: 380, costCents: 200_000 },
      { kind: 'supplementary-teaching', hours: 20, costCents: 40_000 },
    ]);
  });

  it('two offices giving the last hours at once cannot give more than came back', async () => {
    const { o, ada, ben } = await scene('rhd');
    const o2 = await login('ufficio');
    const body = {
      targetAppointmentId: ben,
      hours: 20,
      kind: 'tutoring',
      reason: 'Indicazione del referente',
    };
    const replies = await Promise.all([
      o.post(`/api/appointments/${ada}/returned-hours/assignments`, body),
      o2.post(`/api/appointments/${ada}/returned-hours/assignments`, body),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const given = await t.ctx.database.db
      .select()
      .from(returnedHoursAssignments)
      .where(eq(returnedHoursAssignments.sourceAppointmentId, ada));
    expect(given.map((g) => g.hours)).toEqual([20]);
  });
});
