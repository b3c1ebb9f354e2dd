import { buildApp } from './app.ts';
import { offsetClock, systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import type { AppContext } from './context.ts';
import { openDatabase } from './db/client.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { startWorker } from './jobs/worker.ts';
import { requeueWaitingEmails } from './mail/send-email-job.ts';
import { startCleanup } from './maintenance/cleanup.ts';

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  pgliteDir: config.PGLITE_DIR,
  poolSize: config.DATABASE_POOL_SIZE,
});
const testClock = config.TEST_CLOCK ? offsetClock() : null;
const ctx: AppContext = { config, database, clock: testClock ?? systemClock, testClock };
const app = await buildApp(ctx, { logger: { level: config.LOG_LEVEL } });

if (config.DEMO_DATA) await seedDemoIfEmpty(ctx, app.log);
// Emails queued while SMTP_URL was not set go out now that it is.
if (config.JOBS_ENABLED && config.SMTP_URL) await requeueWaitingEmails(ctx);
const stopWorker = config.JOBS_ENABLED
  ? startWorker(ctx, jobHandlers, { onError: (error) => app.log.error({ err: error }, 'job worker') })
  : async () => undefined;

const stopCleanup = startCleanup(ctx, (error) => app.log.error({ err: error }, 'cleanup'));

await app.listen({ port: config.PORT, host: config.HOST });
if (testClock) app.log.warn("TEST_CLOCK is on: anyone can move this server's clock");
app.log.info(`Affianco is running at ${config.PUBLIC_URL} (database: ${database.kind})`);

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: shutting down`);
  await app.close();
  stopCleanup();
  await stopWorker();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
