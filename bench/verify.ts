import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { LoadResult } from './load.ts';

export interface Verification {
  /** Confirmed applications of the bench candidates found in the database. */
  confirmedInDatabase: number;
  /** Receipts the clients received whose application is not confirmed with that protocol number. */
  missingReceipts: number;
  duplicateProtocolNumbers: number;
  queuedReceiptEmails: number;
}

/** After the load: every receipt a client got is in the database, once, with its protocol number. */
export const verify = async (
  target: { databaseUrl?: string; pgliteDir?: string },
  personIds: readonly string[],
  receipts: LoadResult['receipts'],
): Promise<Verification> => {
  let query: (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;
  let close: () => Promise<void>;
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    query = async (text, params) => (await client.query(text, params)).rows;
    close = () => client.end();
  } else {
    const db = new PGlite(target.pgliteDir);
    await db.waitReady;
    query = async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows;
    close = () => db.close();
  }
  try {
    const rows = await query(
      "select id, protocol_number from applications where status = 'confirmed' and student_id = any($1::uuid[])",
      [personIds],
    );
    const byId = new Map(rows.map((row) => [String(row.id), String(row.protocol_number)]));
    const missingReceipts = receipts.filter((r) => byId.get(r.applicationId) !== r.protocolNumber).length;
    const [duplicates] = await query(
      'select count(*)::int as n from (select protocol_number from applications where protocol_number is not null group by protocol_number having count(*) > 1) d',
      [],
    );
    const [emails] = await query(
      `select count(*)::int as n from outbound_emails e join applications a on a.id::text = e.attachments->0->>'documentId' where a.student_id = any($1::uuid[])`,
      [personIds],
    );
    return {
      confirmedInDatabase: rows.length,
      missingReceipts,
      duplicateProtocolNumbers: Number(duplicates?.n ?? 0),
      queuedReceiptEmails: Number(emails?.n ?? 0),
    };
  } finally {
    await close();
  }
};
