import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../db/client.ts';

export type Backend = 'pglite' | 'postgres';

/**
 * The backends every integration test runs on: PGlite always, and a real PostgreSQL server when
 * TEST_DATABASE_URL points at one. CI sets REQUIRE_POSTGRES so a missing server fails instead of shrinking the suite.
 */
export const testBackends = (): Backend[] => {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
  return ['pglite'];
};

/** A fresh, migrated database for one test file: in-memory PGlite, or a new database on the server. */
export const openTestDatabase = async (backend: Backend): Promise<Database> => {
  if (backend === 'pglite') return openPglite();
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `affianco_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 8);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
};
