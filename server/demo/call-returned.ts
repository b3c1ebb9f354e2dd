import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { calls, units } from '../db/schema/index.ts';
import { endActivity } from '../features/appointments/service.ts';
import { appointThroughServices, pickFreeStudents, seedSelectedCallOffers } from './call-paid.ts';
import { at, personOf, romeDaysBefore } from './dei-calls.ts';

/*
 * Hours given back, waiting for the office: a DEI call of 2025/26 with two grants of subject tutoring. Both
 * winners were appointed through the services; the first withdrew a fortnight before the demo loads after 30 of their
 * 80 hours, so 50 hours (EUR 750) went back to the position; the second is still at work. The office may offer the
 * hours to the next candidate (there is none: the ranking held two) or give them, in parts, to the other tutor on the
 * supervisor's indication (seed 001 art. 8 c.4). The tutors are students without an account who applied to nothing
 * else (as in call-paid.ts), so no other demo flow meets them.
 */

export const DEMO_RETURNED_CALL_CODE = 'POLIBA-DEI-DID-2025';

const HOURS = 80;
const AMOUNT_CENTS = 120_000;
const HOURS_DONE = 30;

export const runDemoReturnedHoursCall = async (ctx: AppContext) => {
  const db = ctx.database.db;
  const office = await personOf(db, 'ufficio');
  const supervisorId = await personOf(db, 'referente');
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'DEI'));
  const [first, second] = await pickFreeStudents(db, 2);
  if (!office || !supervisorId || !unit || !first || !second) return;
  const now = ctx.clock.now();
  const before = romeDaysBefore(now);
  const day = (daysBefore: number) => romeDate(before(daysBefore));
  const activitiesEnd = Temporal.PlainDate.from(romeDate(now)).add({ days: 150 }).toString();
  const offerIds = await seedSelectedCallOffers(db, {
    code: DEMO_RETURNED_CALL_CODE,
    title:
      "Selezione per titoli per l'assegnazione di 2 assegni per attività di tutorato didattico presso il Dipartimento di Ingegneria Elettrica e dell'Informazione - A.A. 2025/26",
    unitId: unit.id,
    tutorId: first.personId,
    otherWinners: [{ tutorId: second.personId, protocolNumber: '2025/01802' }],
    activityType: 'Tutorato didattico di Analisi matematica',
    amountCents: AMOUNT_CENTS,
    academicYear: 2025,
    activitiesEndDate: activitiesEnd,
    opensAt: before(150, '00:00'),
    closesAt: before(130, '12:00'),
    applied: { at: before(135), protocolNumber: '2025/01801' },
    ranking: {
      groupKey: 'tutorato-didattico-LM',
      title: 'Tutorato didattico di Analisi matematica — DEI (LM)',
      computedAt: before(110),
      publishedAt: before(108),
      appealsCloseAt: before(98, '00:00'),
      decreeNumber: '327/2025',
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
  const ids: string[] = [];
  for (const [index, tutor] of [first, second].entries()) {
    ids.push(
      await appointThroughServices(ctx, {
        offerId: offerIds[index] as string,
        office,
        supervisorId,
        tutorId: tutor.personId,
        terms: { startDate: day(75), endDate: activitiesEnd, hours: HOURS, amountCents: AMOUNT_CENTS },
        madeAt: before(80),
        signed: { at: before(78), protocolNumber: `2025/0221${index}`, protocolDate: day(78) },
        acknowledgedAt: before(77),
        checklistOn: day(77),
        safetyTraining: true,
      }),
    );
  }
  await endActivity(at(ctx, before(14)), ids[0] as string, office, {
    kind: 'withdrawal',
    date: day(15),
    hoursDone: HOURS_DONE,
    note: 'Rinuncia scritta per trasferimento a un tirocinio all’estero.',
  });
};

/** The id of the returned hours' call (for tests). */
export const demoReturnedCallId = async (db: DbOrTx) => {
  const [row] = await db.select({ id: calls.id }).from(calls).where(eq(calls.code, DEMO_RETURNED_CALL_CODE));
  return row?.id ?? null;
};
