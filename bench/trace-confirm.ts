/**
 * Prints every SQL statement one application confirmation executes, by running the application's own service
 * (confirmApplication) on an in-memory PGlite with a query logger. bench/ceiling.ts replays these statements
 * straight against the database; run this after changing the confirm step to see whether the replay still matches:
 *
 *   npx tsx bench/trace-confirm.ts
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import type { AppContext } from '../server/context.ts';
import { type Db, MIGRATIONS_FOLDER } from '../server/db/client.ts';
import * as schema from '../server/db/schema/index.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { confirmApplication } from '../server/features/applications/service.ts';
import { makeDrafts } from './drafts.ts';
import { pickCandidates } from './seed.ts';

export const traceConfirm = async (): Promise<string[]> => {
  const statements: string[] = [];
  let recording = false;
  const client = new PGlite();
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query) => recording && statements.push(query.replace(/\s+/g, ' ')) },
  });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const database = { db: db as unknown as Db, kind: 'pglite' as const, close: () => client.close() };
  const ctx: AppContext = {
    config: loadConfig({ DEMO_STUDENTS: '300', LOG_LEVEL: 'silent' }),
    database,
    clock: systemClock,
  };
  await seedDemo(ctx);
  const [student] = await pickCandidates(database.db, 1, new Set());
  if (!student) throw new Error('no eligible student in the demo');
  const [draft] = await makeDrafts(database.db, [student]);
  if (!draft) throw new Error('no draft made');
  recording = true;
  await confirmApplication(ctx, draft.studentId, draft.applicationId, 'trace-key-0001');
  recording = false;
  await database.close();
  return statements;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const statements = await traceConfirm();
  statements.forEach((statement, index) => {
    console.log(`${String(index + 1).padStart(2)}. ${statement}`);
  });
  console.log(`(${statements.length} statements inside the transaction; BEGIN and COMMIT are not logged)`);
}
