import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { payouts } from '../../db/schema/index.ts';

export type PayoutRow = typeof payouts.$inferSelect;
export type NewPayoutRow = typeof payouts.$inferInsert;

export const findPayoutOfAppointment = async (
  db: DbOrTx,
  appointmentId: string,
): Promise<PayoutRow | null> => {
  const [row] = await db.select().from(payouts).where(eq(payouts.appointmentId, appointmentId));
  return row ?? null;
};

export const insertPayout = async (tx: DbOrTx, row: NewPayoutRow): Promise<PayoutRow> => {
  const [inserted] = await tx.insert(payouts).values(row).returning();
  if (!inserted) throw new Error('payout insert failed');
  return inserted;
};
