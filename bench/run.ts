/**
 * The last hour before a call closes, on loopback (issue 6): see bench/README.md.
 *
 *   npm run bench -- --backend postgres --candidates 1000
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEMO_CALL_CODE } from '../server/demo/call-poliba.ts';
import { type CeilingResult, measureCeiling } from './ceiling.ts';
import { runLoad, STEPS } from './load.ts';
import { measureCeilingWithPgbench } from './pgbench.ts';
import { prepare } from './seed.ts';
import { type Instance, startInstance, stopInstance } from './server.ts';
import {
  BackendCpuSampler,
  backendCpuBetween,
  cpuSeconds,
  MemorySampler,
  machineTicks,
  postgresBackends,
  summarise,
} from './stats.ts';
import { verify } from './verify.ts';

export const DEFAULT_DATABASE_URL = 'postgres://affianco:affianco@127.0.0.1:5432/affianco_bench';

export interface BenchOptions {
  backend: 'postgres' | 'pglite';
  databaseUrl: string;
  pgliteDir: string;
  candidates: number;
  drafts: number;
  concurrency: number;
  instances: number;
  mode: 'burst' | 'journey';
  closeAfterMinutes: number;
  portBase: number;
  cpuProf: boolean;
  /** DATABASE_POOL_SIZE of each instance (PostgreSQL); undefined keeps the application's default. */
  poolSize?: number;
  /** How the database ceiling is measured: pgbench (PostgreSQL, when installed) or node-postgres / PGlite. */
  ceiling: 'pgbench' | 'node';
}

const romeTime = (date: Date) =>
  new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(date);

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const runBench = async (options: BenchOptions, log: (line: string) => void = console.log) => {
  if (options.backend === 'pglite' && options.instances > 1)
    throw new Error('PGlite lives inside one process: --instances 2 needs --backend postgres');
  const target =
    options.backend === 'postgres'
      ? { backend: 'postgres' as const, databaseUrl: options.databaseUrl }
      : { backend: 'pglite' as const, pgliteDir: options.pgliteDir };
  const databaseName = options.backend === 'postgres' ? new URL(options.databaseUrl).pathname.slice(1) : '';
  log(
    `# Affianco bench: ${options.backend}, ${options.instances} instance(s), ${options.candidates} candidates, concurrency ${options.concurrency}, mode ${options.mode}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  // 1. A fresh database: the demo university scaled up, the candidates' accounts, drafts for the ceiling.
  const provisionalClose = new Date(Date.now() + (options.closeAfterMinutes + 15) * 60_000);
  const prepared = await prepare(target, {
    candidates: options.candidates,
    drafts: options.drafts,
    closesAt: provisionalClose,
  });
  log(
    `seeded in ${(prepared.seedMs / 1000).toFixed(1)} s: ${prepared.demoStudents} demo students, ${prepared.candidates.length} candidates with local accounts (one shared argon2id hash), ${prepared.drafts.length} drafts for the ceiling`,
  );

  // 2. The application, as separate processes.
  const instances: Instance[] = [];
  let result: Awaited<ReturnType<typeof runLoad>>;
  const cpu = { start: [] as number[], confirm: [] as number[], end: [] as number[] };
  let pgCpu = { load: 0, confirm: 0 };
  let closesAt = provisionalClose;
  const sampler = { current: undefined as MemorySampler | undefined };
  const own = {
    start: process.cpuUsage(),
    used: { user: 0, system: 0 },
    machine: machineTicks(),
    machineBusy: 0,
    loadBefore: loadavg()[0] ?? 0,
    loadAfter: 0,
  };
  try {
    for (let i = 0; i < options.instances; i++) {
      // One folder per instance: Node writes one profile per thread (the main thread is the largest file).
      const profileFlags = options.cpuProf
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${join(tmpdir(), 'affianco-bench-profiles', `${Date.now()}-instance-${i}`)}`,
          ]
        : [];
      instances.push(
        await startInstance({
          port: options.portBase + i,
          nodeFlags: profileFlags,
          ...(options.poolSize ? { poolSize: options.poolSize } : {}),
          ...(target.backend === 'postgres'
            ? { databaseUrl: target.databaseUrl }
            : { pgliteDir: target.pgliteDir }),
        }),
      );
    }
    const startedAt = new Date();
    if (target.backend === 'postgres') {
      // The window closes a few minutes after the load starts (whole minutes, Rome time).
      closesAt = new Date(
        Math.ceil((startedAt.getTime() + options.closeAfterMinutes * 60_000) / 60_000) * 60_000,
      );
      const client = new pg.Client({ connectionString: target.databaseUrl });
      await client.connect();
      await client.query('update calls set closes_at = $1 where code = $2', [closesAt, DEMO_CALL_CODE]);
      await client.end();
    }
    log(
      `load starts ${romeTime(startedAt)} Rome time; the call closes ${romeTime(closesAt)} Rome time; instances on ports ${instances.map((i) => i.url.port).join(', ')} (pids ${instances.map((i) => i.pid).join(', ')})`,
    );

    // 3. The load.
    const memory = new MemorySampler(instances.map((i) => i.pid));
    sampler.current = memory;
    memory.start();
    const readCpu = () => instances.map((i) => cpuSeconds(i.pid) ?? 0);
    cpu.start = readCpu();
    own.start = process.cpuUsage();
    own.machine = machineTicks();
    const pgBefore = databaseName ? postgresBackends(databaseName) : new Map<number, number>();
    let pgAtConfirm = pgBefore;
    result = await runLoad({
      instances: instances.map((i) => i.url),
      candidates: prepared.candidates,
      concurrency: options.concurrency,
      mode: options.mode,
      onConfirmStart: () => {
        cpu.confirm = readCpu();
        if (databaseName) pgAtConfirm = postgresBackends(databaseName);
      },
    });
    cpu.end = readCpu();
    own.used = process.cpuUsage(own.start);
    const machine = machineTicks();
    own.machineBusy = (machine.busy - own.machine.busy) / Math.max(1, machine.total - own.machine.total);
    own.loadAfter = loadavg()[0] ?? 0;
    memory.stop();
    if (databaseName) {
      const pgAfter = postgresBackends(databaseName);
      pgCpu = {
        load: backendCpuBetween(pgBefore, pgAfter),
        confirm: backendCpuBetween(pgAtConfirm, pgAfter),
      };
    }
  } finally {
    for (const instance of instances) await stopInstance(instance);
  }
  if (Date.now() > closesAt.getTime())
    log(
      `warning: the load ended after the call closed (${romeTime(closesAt)}): late confirmations were refused`,
    );

  // 4. Every receipt is in the database, once.
  const verification = await verify(
    target,
    prepared.candidates.map((c) => c.personId),
    result.receipts,
  );

  // 5. The database's own ceiling for the confirm step, at the same concurrency, on the pre-made drafts.
  const ceilingSampler = databaseName ? new BackendCpuSampler(databaseName) : null;
  ceilingSampler?.start();
  const usePgbench = options.ceiling === 'pgbench' && target.backend === 'postgres';
  const ceiling: CeilingResult = usePgbench
    ? await measureCeilingWithPgbench(options.databaseUrl, prepared.drafts, options.concurrency)
    : await measureCeiling(target, prepared.drafts, options.concurrency);
  const ceilingPgCpu = ceilingSampler?.stop() ?? 0;

  // 6. The report.
  const steps = Object.fromEntries(STEPS.map((step) => [step, summarise(result.latencies[step])]));
  const confirmed = result.receipts.length;
  const confirmPerSecond = (confirmed / result.confirmMs) * 1000;
  const loadSeconds = result.totalMs / 1000;
  const confirmSeconds = result.confirmMs / 1000;
  const cpuPercent = (from: number[], to: number[], seconds: number) =>
    instances.map((_, i) => round((((to[i] ?? 0) - (from[i] ?? 0)) / seconds) * 100));
  const report = {
    backend: options.backend,
    instances: options.instances,
    mode: options.mode,
    cores: availableParallelism(),
    concurrency: options.concurrency,
    candidates: options.candidates,
    closesAtRome: romeTime(closesAt),
    confirmed,
    failedCandidates: result.failedCandidates,
    errors: Object.fromEntries(result.errors),
    loadSeconds: round(loadSeconds, 2),
    confirmSeconds: round(confirmSeconds, 2),
    applicationsPerSecond: round((confirmed / result.totalMs) * 1000, 2),
    confirmPerSecond: round(confirmPerSecond, 2),
    steps: Object.fromEntries(
      Object.entries(steps).map(([step, s]) => [
        step,
        { count: s.count, p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max) },
      ]),
    ),
    server: {
      cpuPercentLoad: cpuPercent(cpu.start, cpu.end, loadSeconds),
      cpuPercentConfirm: cpuPercent(cpu.confirm, cpu.end, confirmSeconds),
      peakRssMiB: instances.map((i) => round(sampler.current?.peakMiB.get(i.pid) ?? 0)),
      /** CPU ms the application processes spent per candidate (whole load) and per confirmation (burst). */
      cpuMsPerCandidate: round(((sum(cpu.end) - sum(cpu.start)) * 1000) / Math.max(1, options.candidates)),
      cpuMsPerConfirmation: round(((sum(cpu.end) - sum(cpu.confirm)) * 1000) / Math.max(1, confirmed)),
    },
    loadGeneratorCpuPercent: round(((own.used.user + own.used.system) / 1e6 / loadSeconds) * 100),
    machine: {
      busyPercent: round(own.machineBusy * 100),
      loadAverageBefore: round(own.loadBefore, 2),
      loadAverageAfter: round(own.loadAfter, 2),
    },
    postgres: databaseName
      ? {
          cpuPercentLoad: round((pgCpu.load / loadSeconds) * 100),
          cpuPercentConfirm: round((pgCpu.confirm / confirmSeconds) * 100),
          cpuPercentCeiling: round((ceilingPgCpu / (ceiling.ms / 1000)) * 100),
          /** CPU ms of PostgreSQL per confirmation through the application, and per ceiling transaction. */
          cpuMsPerConfirmation: round((pgCpu.confirm * 1000) / Math.max(1, confirmed)),
          cpuMsPerCeilingConfirmation: round((ceilingPgCpu * 1000) / Math.max(1, ceiling.confirmed)),
        }
      : null,
    verification,
    ceiling: {
      method: usePgbench
        ? 'pgbench'
        : options.backend === 'postgres'
          ? 'node-postgres'
          : 'pglite (in process, one connection)',
      concurrency: ceiling.concurrency,
      confirmed: ceiling.confirmed,
      perSecond: round(ceiling.perSecond, 2),
      p50: round(ceiling.latency.p50),
      p99: round(ceiling.latency.p99),
    },
    ratio: round(confirmPerSecond / ceiling.perSecond, 3),
  };

  log('');
  log('step           count     p50 ms    p95 ms    p99 ms    max ms');
  for (const [step, s] of Object.entries(report.steps))
    log(
      `${step.padEnd(13)} ${String(s.count).padStart(6)} ${[s.p50, s.p95, s.p99, s.max].map((v) => v.toFixed(1).padStart(9)).join(' ')}`,
    );
  log('');
  log(
    `applications confirmed: ${confirmed} of ${options.candidates} in ${report.loadSeconds} s (${report.applicationsPerSecond}/s over the whole load); failed candidates: ${result.failedCandidates}`,
  );
  log(
    `confirm ${options.mode === 'burst' ? 'burst' : 'throughput'}: ${report.confirmPerSecond}/s over ${report.confirmSeconds} s`,
  );
  log(`errors by status: ${result.errors.size === 0 ? 'none' : JSON.stringify(report.errors)}`);
  log(
    `server CPU (100% = one core) per instance: ${report.server.cpuPercentLoad.join(', ')}% over the load, ${report.server.cpuPercentConfirm.join(', ')}% during the confirmations; peak RSS ${report.server.peakRssMiB.join(', ')} MiB; CPU ${report.server.cpuMsPerCandidate} ms per candidate, ${report.server.cpuMsPerConfirmation} ms per confirmation`,
  );
  log(
    `load generator CPU ${report.loadGeneratorCpuPercent}%; the whole machine was ${report.machine.busyPercent}% busy during the load (load average ${report.machine.loadAverageAfter} at its end): other processes share these cores`,
  );
  if (report.postgres)
    log(
      `PostgreSQL backends CPU: ${report.postgres.cpuPercentLoad}% over the load, ${report.postgres.cpuPercentConfirm}% during the confirmations, ${report.postgres.cpuPercentCeiling}% during the ceiling; CPU ${report.postgres.cpuMsPerConfirmation} ms per confirmation through the app, ${report.postgres.cpuMsPerCeilingConfirmation} ms per ceiling transaction`,
    );
  log(
    `database: ${verification.confirmedInDatabase} confirmed, ${verification.missingReceipts} receipts missing, ${verification.duplicateProtocolNumbers} duplicate protocol numbers, ${verification.queuedReceiptEmails} receipt emails queued`,
  );
  log(
    `ceiling (${report.ceiling.method}, ${ceiling.concurrency} connection(s), ${ceiling.confirmed} drafts): ${report.ceiling.perSecond} confirmations/s, transaction p50 ${report.ceiling.p50} ms p99 ${report.ceiling.p99} ms`,
  );
  log(
    `RESULT ratio ${report.ratio} | app ${report.confirmPerSecond} confirm/s | db ceiling ${report.ceiling.perSecond} confirm/s | confirm p99 ${report.steps.confirm?.p99 ?? 0} ms | ${options.backend} x${options.instances} c${options.concurrency}`,
  );
  return report;
};

export type BenchReport = Awaited<ReturnType<typeof runBench>>;

/** Everything a run must show for its report to count: used by the smoke run. */
export const reportProblems = (report: BenchReport): string[] => {
  const problems: string[] = [];
  if (report.confirmed !== report.candidates)
    problems.push(`${report.confirmed} of ${report.candidates} applications confirmed`);
  if (report.failedCandidates > 0) problems.push(`${report.failedCandidates} candidates failed`);
  if (Object.keys(report.errors).length > 0) problems.push(`errors: ${JSON.stringify(report.errors)}`);
  if (report.verification.confirmedInDatabase !== report.confirmed)
    problems.push(`${report.verification.confirmedInDatabase} confirmed in the database`);
  if (report.verification.missingReceipts > 0)
    problems.push(`${report.verification.missingReceipts} receipts lost`);
  if (report.verification.duplicateProtocolNumbers > 0) problems.push('duplicate protocol numbers');
  if (report.verification.queuedReceiptEmails !== report.confirmed) problems.push('receipt emails missing');
  for (const step of STEPS) {
    const s = report.steps[step];
    if (
      !s ||
      s.count !== report.candidates ||
      !(s.p50 > 0) ||
      s.p50 > s.p95 ||
      s.p95 > s.p99 ||
      s.p99 > s.max
    )
      problems.push(`step ${step}: malformed latencies ${JSON.stringify(s)}`);
  }
  if (!(report.confirmPerSecond > 0) || !(report.ceiling.perSecond > 0) || !(report.ratio > 0))
    problems.push('throughput or ratio missing');
  if (report.ceiling.confirmed === 0) problems.push('the ceiling confirmed nothing');
  if (!report.server.peakRssMiB.every((m) => m > 0) || !report.server.cpuPercentLoad.every((c) => c > 0))
    problems.push('server CPU or memory not read');
  return problems;
};

export const hasPgbench = () => {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const parseBenchArgs = (argv: string[]): BenchOptions & { json?: string; check: boolean } => {
  const { values } = parseArgs({
    args: argv,
    options: {
      backend: { type: 'string', default: 'postgres' },
      'database-url': { type: 'string' },
      'pglite-dir': { type: 'string' },
      candidates: { type: 'string', default: '5000' },
      drafts: { type: 'string' },
      concurrency: { type: 'string' },
      instances: { type: 'string', default: '1' },
      mode: { type: 'string', default: 'burst' },
      'close-after-minutes': { type: 'string', default: '5' },
      'port-base': { type: 'string', default: '3300' },
      'cpu-prof': { type: 'boolean', default: false },
      'pool-size': { type: 'string' },
      ceiling: { type: 'string' },
      json: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const int = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return n;
  };
  if (values.backend !== 'postgres' && values.backend !== 'pglite')
    throw new Error('--backend is postgres or pglite');
  if (values.mode !== 'burst' && values.mode !== 'journey') throw new Error('--mode is burst or journey');
  const candidates = int('candidates', values.candidates, 1);
  if (values.ceiling !== undefined && values.ceiling !== 'pgbench' && values.ceiling !== 'node')
    throw new Error('--ceiling is pgbench or node');
  return {
    backend: values.backend,
    databaseUrl: values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL,
    pgliteDir: values['pglite-dir'] ?? join(tmpdir(), 'affianco-bench-pglite'),
    candidates,
    drafts: values.drafts !== undefined ? int('drafts', values.drafts, 1) : Math.min(candidates, 2000),
    concurrency:
      values.concurrency !== undefined
        ? int('concurrency', values.concurrency, 1)
        : 2 * availableParallelism() * 8,
    instances: int('instances', values.instances, 1),
    mode: values.mode,
    closeAfterMinutes: int('close-after-minutes', values['close-after-minutes'], 1),
    portBase: int('port-base', values['port-base'], 1),
    cpuProf: values['cpu-prof'],
    ...(values['pool-size'] !== undefined ? { poolSize: int('pool-size', values['pool-size'], 1) } : {}),
    ceiling: (values.ceiling as 'pgbench' | 'node' | undefined) ?? (hasPgbench() ? 'pgbench' : 'node'),
    ...(values.json ? { json: values.json } : {}),
    check: values.check,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseBenchArgs(process.argv.slice(2));
  const report = await runBench(options);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  const problems = reportProblems(report);
  if (problems.length > 0) {
    console.error(`bench: ${problems.join('; ')}`);
    if (options.check) process.exit(1);
  }
  process.exit(0);
}
