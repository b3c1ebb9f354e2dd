/**
 * A small benchmark that checks the benchmark still works (CI): 60 candidates, 8 clients, once on PGlite and once
 * on PostgreSQL with two instances. Exits non-zero when any application failed or a report is malformed.
 *
 *   npm run bench:smoke
 *
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL's server, else the local test server; the database
 * affianco_bench_smoke there is created afresh. REQUIRE_POSTGRES=1 fails when no server answers instead of
 * skipping that run.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type BenchOptions, DEFAULT_DATABASE_URL, hasPgbench, reportProblems, runBench } from './run.ts';

const smokeDatabaseUrl = () => {
  const url = new URL(
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL,
  );
  url.pathname = '/affianco_bench_smoke';
  return url.toString();
};

const postgresAnswers = async (url: string) => {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};

const base: BenchOptions = {
  backend: 'pglite',
  databaseUrl: smokeDatabaseUrl(),
  pgliteDir: join(tmpdir(), 'affianco-bench-smoke'),
  candidates: 60,
  drafts: 60,
  concurrency: 8,
  instances: 1,
  mode: 'burst',
  closeAfterMinutes: 5,
  portBase: 3305,
  cpuProf: false,
  ceiling: 'node',
};

const runs: BenchOptions[] = [{ ...base }];
if (await postgresAnswers(base.databaseUrl))
  runs.push({ ...base, backend: 'postgres', instances: 2, ceiling: hasPgbench() ? 'pgbench' : 'node' });
else if (process.env.REQUIRE_POSTGRES) {
  console.error(`bench:smoke: no PostgreSQL at ${base.databaseUrl} and REQUIRE_POSTGRES is set`);
  process.exit(1);
} else console.log(`bench:smoke: no PostgreSQL at ${base.databaseUrl}; PGlite only`);

const started = Date.now();
let failed = false;
const outcomes = { passed: 0, failed: 0 };
for (const options of runs) {
  const problems = reportProblems(await runBench(options));
  outcomes[problems.length > 0 ? 'failed' : 'passed'] += 1;
  if (problems.length > 0) {
    failed = true;
    console.error(`bench:smoke ${options.backend} x${options.instances}: ${problems.join('; ')}`);
  }
  console.log('');
}
// CI counts each run as one test (.ci/summary.mjs).
const summaryDir = process.env.AFFIANCO_TEST_SUMMARY;
if (summaryDir) writeFileSync(join(summaryDir, 'bench.json'), JSON.stringify(outcomes));
console.log(`bench:smoke ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
