import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { formatProtocolNumber } from '../domain/applications/protocol.ts';
import { romeDate } from '../domain/calendar/rome-time.ts';
import type { DbOrTx } from '../server/db/client.ts';
import {
  lockApplicationForConfirm,
  nextProtocolNumber,
  readConfirmContext,
  writeConfirmation,
} from '../server/features/applications/confirm-repository.ts';
import type { Draft } from './drafts.ts';
import { summarise } from './stats.ts';

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const dialect = new PgDialect();

/**
 * A transaction handle for the confirm step's repository functions that runs their statements through `query`:
 * the replay sends the very SQL text and parameters the application sends, built by the same code.
 */
const replayTx = (query: Query): DbOrTx =>
  ({
    execute: async (statement: SQL) => {
      const built = dialect.sqlToQuery(statement);
      return { rows: await query(built.sql, built.params) };
    },
  }) as unknown as DbOrTx;

/**
 * The statements one confirmation executes, in order, by the application's own repository functions
 * (server/features/applications/confirm-repository.ts, as confirmApplication in service.ts calls them): the
 * student's and application's locks with their rows, the read of the call, positions, attachments and enrolment,
 * the protocol counter, and the one write (application, audit, outbox, job). `npx tsx bench/trace-confirm.ts`
 * prints what the service runs; bench/ceiling.test.ts checks the two agree. Only the JavaScript between them (the
 * eligibility check, the email's words) is a stand-in of the same size.
 */
export const confirmOne = async (query: Query, draft: Draft, n: number) => {
  const tx = replayTx(query);
  const { applicationId: id, studentId, callId } = draft;
  const now = new Date();
  const locked = await lockApplicationForConfirm(tx, studentId, id);
  const context = await readConfirmContext(tx, studentId, id, locked?.callId ?? callId);
  const year = Number(romeDate(now).slice(0, 4));
  const protocolNumber = formatProtocolNumber(year, await nextProtocolNumber(tx, year));
  await writeConfirmation(tx, {
    applicationId: id,
    studentId,
    key: `ceiling-${n}`,
    protocolNumber,
    at: now,
    callVersion: context?.call.version ?? 1,
    eligibilitySnapshot: {
      career: { isStaff: false, enrolment: context?.enrolment ?? null },
      positions: (context?.positionIds ?? []).map((positionId) => ({
        positionId,
        eligibility: { eligible: true },
      })),
    },
    email: {
      to: locked?.contactEmail ?? locked?.person.email ?? 'candidato@studenti.poliba.it',
      subject: `Ricevuta della domanda ${protocolNumber} – POLIBA-TUT-2025`,
      textBody: `Gentile candidato,\n\nla tua domanda è stata confermata con numero di protocollo ${protocolNumber}.\n${'x'.repeat(480)}`,
      attachments: [
        {
          fileName: `ricevuta-${protocolNumber.replace('/', '-')}.pdf`,
          contentType: 'application/pdf',
          documentKind: 'application-receipt',
          documentId: id,
        },
      ],
    },
  });
};

/** How many statements confirmOne runs inside its transaction (the trace of the service must count as many). */
export const REPLAYED_STATEMENTS = 4;

export interface CeilingResult {
  confirmed: number;
  perSecond: number;
  ms: number;
  concurrency: number;
  latency: ReturnType<typeof summarise>;
}

/**
 * The database's own ceiling for the confirm step: the confirmation transaction straight against the database
 * (node-postgres, or PGlite in this process), on drafts made beforehand, with `concurrency` connections each
 * taking the next draft. PGlite has one connection, so it runs one transaction at a time.
 */
export const measureCeiling = async (
  target: { databaseUrl?: string; pgliteDir?: string },
  drafts: readonly Draft[],
  concurrency: number,
): Promise<CeilingResult> => {
  const latencies: number[] = [];
  let cursor = 0;
  let transaction: (work: (query: Query) => Promise<void>) => Promise<void>;
  let close: () => Promise<void>;
  let clients = concurrency;
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: concurrency });
    transaction = async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await work(async (text, params) => (await client.query(text, params)).rows);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    close = () => pool.end();
  } else {
    const db = new PGlite(target.pgliteDir);
    await db.waitReady;
    clients = 1;
    transaction = (work) =>
      db.transaction(async (tx) => {
        await work(async (text, params) => (await tx.query<Record<string, unknown>>(text, params)).rows);
      });
    close = () => db.close();
  }
  // A few transactions first so connections are open and plans cached, as in the application's warm pool.
  const warm = Math.min(drafts.length, clients);
  await Promise.all(
    drafts.slice(0, warm).map((draft, n) => transaction((query) => confirmOne(query, draft, n))),
  );
  cursor = warm;
  const started = performance.now();
  const worker = async () => {
    while (cursor < drafts.length) {
      const n = cursor++;
      const t0 = performance.now();
      await transaction((query) => confirmOne(query, drafts[n] as Draft, n));
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const ms = performance.now() - started;
  await close();
  return {
    confirmed: latencies.length,
    perSecond: (latencies.length / ms) * 1000,
    ms,
    concurrency: clients,
    latency: summarise(latencies),
  };
};
