import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** An arbitrary constant: every instance takes the same advisory lock so only one migrates at a time. */
const MIGRATION_LOCK = 4242_0001;

export const openPostgres = async (url: string, poolSize = 10): Promise<Database> => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A connection can be lost at any time: the server restarts, an administrator or a failover ends it. Lost while
  // idle in the pool it is an 'error' event of the pool; lost while a request holds it between two statements, an
  // 'error' event of that client. Either one unheard would end the whole process (Node's rule for 'error'
  // events). Heard: the request holding it fails on its next statement, the pool drops the dead connection and
  // opens a new one on demand, and the application carries on by itself (bench/faults.test.ts shows it).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
};

/** PGlite on disk (a directory) or in memory (dataDir undefined, used by tests). */
export const openPglite = async (dataDir?: string, loadDataDir?: Blob): Promise<Database> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, loadDataDir ? { loadDataDir } : undefined);
  await client.waitReady;
  const pgliteDb = drizzlePglite(client, { schema });
  await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: pgliteDb as unknown as Db, kind: 'pglite', close: () => client.close() };
};

/** PostgreSQL when a URL is given (DATABASE_POOL_SIZE connections, 10 by default), else PGlite on disk. */
export const openDatabase = (options: {
  databaseUrl?: string;
  pgliteDir: string;
  poolSize?: number;
}): Promise<Database> =>
  options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize) : openPglite(options.pgliteDir);
