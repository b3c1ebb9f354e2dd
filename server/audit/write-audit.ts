import type { AuditEntry } from '../../domain/audit/events.ts';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

/** Call inside the transaction of the change it records, so both commit or neither does. */
export const writeAudit = async (tx: DbOrTx, entry: AuditEntry): Promise<void> => {
  await tx.insert(auditLog).values({
    event: entry.event,
    actorId: entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    reason: entry.reason ?? null,
    data: entry.data ?? null,
    ...(entry.at ? { at: entry.at } : {}),
  });
};
