import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { payouts } from '../../db/schema/index.ts';

export type PayoutRow = typeof payouts.$inferSelect;
export type NewPayoutRow = typeof payouts.$inferInsert;

export const findPayoutOfAppointment = async (
  db: DbOrTx,
  appointmentId: string,
): Promise<PayoutRow | null> => {
  const [row] = await db
    .select()
    .from(payouts)
    .where(and(eq(payouts.appointmentId, appointmentId), isNull(payouts.cancelledAt)));
  return row ?? null;
};

/** The appointment's cancelled orders, the latest first. */
export const cancelledPayoutsOf = async (db: DbOrTx, appointmentId: string): Promise<PayoutRow[]> =>
  db
    .select()
    .from(payouts)
    .where(and(eq(payouts.appointmentId, appointmentId), isNotNull(payouts.cancelledAt)))
    .orderBy(desc(payouts.cancelledAt));

export const markPayoutCancelled = async (
  tx: DbOrTx,
  id: string,
  change: { cancelledAt: Date; cancelledBy: string; cancellationReason: string },
) => {
  await tx.update(payouts).set(change).where(eq(payouts.id, id));
};

export const insertPayout = async (tx: DbOrTx, row: NewPayoutRow): Promise<PayoutRow> => {
  const [inserted] = await tx.insert(payouts).values(row).returning();
  if (!inserted) throw new Error('payout insert failed');
  return inserted;
};
