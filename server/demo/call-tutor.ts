import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls, units } from '../db/schema/index.ts';
import { appointThroughServices, seedSelectedCall } from './call-paid.ts';
import { personOf, romeDaysBefore } from './dei-calls.ts';

/*
 * The demo's tutor, Marco Santoro (account `tutor`, DMMM), holds an active appointment of this year: a DMMM call of
 * 2025/26 for peer tutoring with one position, he its only winner, his offer accepted (seeded as data, as in
 * call-paid.ts), then his letter made, signed and acknowledged, his checklist done and the activity started through
 * the services, each step some weeks before the demo loads. No other demo flow uses this call or this tutor, and he
 * holds no other grant (Bari: grants are not cumulative).
 */

export const DEMO_TUTOR_CALL_CODE = 'POLIBA-DMMM-PARI-2025';

const HOURS = 80;
const AMOUNT_CENTS = 120_000;

export const runDemoTutorCall = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const office = await personOf(db, 'ufficio');
  const supervisorId = await personOf(db, 'referente');
  const tutorId = await personOf(db, 'tutor');
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'DMMM'));
  if (!office || !supervisorId || !tutorId || !unit) return;
  const now = ctx.clock.now();
  const before = romeDaysBefore(now);
  const day = (daysBefore: number) => romeDate(before(daysBefore));
  const today = Temporal.PlainDate.from(romeDate(now));
  const activitiesEnd = today.add({ days: 150 }).toString();
  const offerId = await seedSelectedCall(db, {
    code: DEMO_TUTOR_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 1 assegno per attività di tutorato alla pari presso il Dipartimento di Meccanica, Matematica e Management - A.A. 2025/26",
    unitId: unit.id,
    tutorId,
    activityType: 'Tutorato alla pari',
    amountCents: AMOUNT_CENTS,
    academicYear: 2025,
    activitiesEndDate: activitiesEnd,
    opensAt: before(150, '00:00'),
    closesAt: before(130, '12:00'),
    applied: { at: before(135), protocolNumber: '2025/01733' },
    ranking: {
      groupKey: 'tutorato-pari-LM',
      title: 'Tutorato alla pari — DMMM (LM)',
      computedAt: before(110),
      publishedAt: before(108),
      appealsCloseAt: before(98, '00:00'),
      decreeNumber: '311/2025',
      decreeDate: day(90),
      validUntil: Temporal.PlainDate.from(day(90)).add({ years: 1 }).toString(),
    },
    offer: {
      offeredAt: before(89),
      expiresAt: before(81, '00:00'),
      lastDay: day(82),
      remindAt: before(82, '09:00'),
      acceptedAt: before(87),
    },
  });
  await appointThroughServices(ctx, {
    offerId,
    office,
    supervisorId,
    tutorId,
    terms: { startDate: day(75), endDate: activitiesEnd, hours: HOURS, amountCents: AMOUNT_CENTS },
    madeAt: before(80),
    signed: { at: before(78), protocolNumber: '2025/02208', protocolDate: day(78) },
    acknowledgedAt: before(77),
    checklistOn: day(77),
    safetyTraining: true,
  });
};

/** The id of the demo tutor's call (for tests). */
export const demoTutorCallId = async (db: DbOrTx) => {
  const [row] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_TUTOR_CALL_CODE));
  return row?.id ?? null;
};
