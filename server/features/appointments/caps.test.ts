import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments, auditLog, localAccounts, people } from '../../db/schema/index.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { demoSupervisor, insertAcceptedOffer } from './test-fixture.ts';

/**
 * Ferrara caps what a student receives in a calendar year at EUR 4,000 across appointments (seed 001 art. 10 c.6).
 * Two calls each give the same student an accepted offer of EUR 2,500: either appointment alone fits, both do not.
 */
describe.each(testBackends())('caps under concurrency on %s', (backend) => {
  let t: TestApp;
  let first: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let second: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let supervisorId = '';
  const terms = { startDate: '2026-03-02', endDate: '2026-06-30' };

  const office = async (ip: string) => {
    const client = new TestClient(t.app, ip);
    expect((await client.login('ufficio')).statusCode).toBe(200);
    return client;
  };
  const rows = () =>
    t.ctx.database.db.select().from(appointments).where(eq(appointments.tutorId, first.studentId));

  beforeAll(async () => {
    t = await startTestApp(backend);
    const db = t.ctx.database.db;
    first = await insertAcceptedOffer(db, { preset: 'unife', prefix: 'capa', amountCents: 250_000 });
    second = await insertAcceptedOffer(db, {
      preset: 'unife',
      prefix: 'capb',
      amountCents: 250_000,
      studentId: first.studentId,
    });
    supervisorId = (await demoSupervisor(db)).id;
  });
  afterAll(async () => t?.close());

  it('two offices appointing the same student at the same moment: one passes, the other gets 409 naming the cap and the excess', async () => {
    const [a, b] = await Promise.all([office('10.20.0.1'), office('10.20.0.2')]);
    const replies = await Promise.all([
      a.post(`/api/offers/${first.offerId}/appointment`, { supervisorId, terms }),
      b.post(`/api/offers/${second.offerId}/appointment`, { supervisorId, terms }),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = replies.find((r) => r.statusCode === 409);
    const body = refused?.json();
    expect(body.kind).toBe('caps-exceeded');
    expect(body.overridable).toBe(false);
    expect(body.breaches).toEqual([
      {
        cap: 'amount-per-year',
        unit: 'cents',
        limit: 400_000,
        value: 500_000,
        excess: 100_000,
        period: '2026',
        overridable: false,
      },
    ]);
    expect(body.title).toContain("nell'anno solare 2026");
    expect(body.title).toMatch(/limite annuo di 4\.000,00\s€ di 1\.000,00\s€/);
    // Exactly one appointment exists, and one creation was audited.
    expect(await rows()).toHaveLength(1);
    // (The demo's own appointments were created before: only this student's count.)
    const ids = (await rows()).map((r) => r.id);
    const created = (
      await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.event, 'appointment.created'))
    ).filter((e) => ids.includes(e.entityId ?? ''));
    expect(created).toHaveLength(1);
  });

  it('the refused one again, with a reason: still refused (the yearly amount is not overridable), in English too, nothing written', async () => {
    const client = await office('10.20.0.3');
    const [made] = await rows();
    const other = made?.offerId === first.offerId ? second : first;
    // The reply speaks the signed-in person's saved language.
    const [account] = await t.ctx.database.db
      .select()
      .from(localAccounts)
      .where(eq(localAccounts.username, 'ufficio'));
    await t.ctx.database.db
      .update(people)
      .set({ locale: 'en' })
      .where(eq(people.id, account?.personId as string));
    const reply = await client.post(`/api/offers/${other.offerId}/appointment`, {
      supervisorId,
      terms,
      overrideReason: 'Continuità del progetto',
    });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().kind).toBe('caps-exceeded');
    expect(reply.json().title).toMatch(
      /in the calendar year 2026 .* exceeds the yearly limit of €4,000\.00 by €1,000\.00/,
    );
    expect(await rows()).toHaveLength(1);
    // Smaller terms fit: 1,500.00 EUR brings the year to exactly 4,000.00.
    const fits = await client.post(`/api/offers/${other.offerId}/appointment`, {
      supervisorId,
      terms: { ...terms, items: [{ kind: 'tutoring', hours: 30, costCents: 150_000 }] },
    });
    expect(fits.statusCode).toBe(201);
    expect(fits.json()).toMatchObject({ grossCents: 150_000, hours: 30, status: 'generated' });
    expect(await rows()).toHaveLength(2);
  });
});

/** Ca' Foscari's 30-hour minimum per contract is the one cap the office may override (decision 010), with a reason. */
describe.each(testBackends())('caps override on %s', (backend) => {
  let t: TestApp;
  let offer: Awaited<ReturnType<typeof insertAcceptedOffer>>;
  let supervisorId = '';

  beforeAll(async () => {
    t = await startTestApp(backend);
    offer = await insertAcceptedOffer(t.ctx.database.db, {
      preset: 'unive',
      prefix: 'ovr',
      hours: 20,
      amountCents: 40_000,
    });
    supervisorId = (await demoSupervisor(t.ctx.database.db)).id;
  });
  afterAll(async () => t?.close());

  it('20 hours are refused without a reason and made with one, the breach and the reason audited', async () => {
    const client = new TestClient(t.app, '10.21.0.1');
    expect((await client.login('ufficio')).statusCode).toBe(200);
    const terms = { startDate: '2026-03-02', endDate: '2026-06-30' };
    const refused = await client.post(`/api/offers/${offer.offerId}/appointment`, { supervisorId, terms });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      kind: 'caps-exceeded',
      overridable: true,
      breaches: [{ cap: 'contract-min-hours', limit: 30, value: 20, excess: 10 }],
    });
    expect(refused.json().title).toContain('indicando una motivazione');
    const blank = await client.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId,
      terms,
      overrideReason: '   ',
    });
    expect(blank.statusCode).toBe(409);
    expect(
      await t.ctx.database.db.select().from(appointments).where(eq(appointments.offerId, offer.offerId)),
    ).toHaveLength(0);
    const made = await client.post(`/api/offers/${offer.offerId}/appointment`, {
      supervisorId,
      terms,
      overrideReason: 'Ore residue di un altro tutor (art. 8 c.4)',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().capOverride).toEqual({
      reason: 'Ore residue di un altro tutor (art. 8 c.4)',
      caps: ['contract-min-hours'],
    });
    const [audit] = await t.ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.event, 'appointment.caps-overridden'));
    expect(audit?.reason).toBe('Ore residue di un altro tutor (art. 8 c.4)');
    expect(audit?.entityId).toBe(made.json().id);
  });
});
