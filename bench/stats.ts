import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of a process so far, or null when it is gone. */
export const cpuSeconds = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
};

/** Resident memory now and its peak (VmRSS, VmHWM), in MiB. */
export const memoryMiB = (pid: number): { rss: number; peak: number } | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
};

/** CPU seconds of every PostgreSQL backend serving one database (their title names it), by pid. */
export const postgresBackends = (database: string): Map<number, number> => {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
      const cpu = cpuSeconds(Number(entry));
      if (cpu !== null) found.set(Number(entry), cpu);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
};

/** CPU seconds the backends of a database used between two snapshots (backends born in between count fully). */
export const backendCpuBetween = (before: Map<number, number>, after: Map<number, number>) => {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
};

/** Samples the resident memory of processes while a phase runs, to report the peak. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  readonly peakMiB = new Map<number, number>();

  constructor(private readonly pids: number[]) {}

  start(everyMs = 250) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    this.sample();
  }

  private sample() {
    for (const pid of this.pids) {
      const memory = memoryMiB(pid);
      if (memory) this.peakMiB.set(pid, Math.max(this.peakMiB.get(pid) ?? 0, memory.peak, memory.rss));
    }
  }
}

/** Exact percentiles of a sample (sorted copy; the bench keeps every latency, at most a few tens of thousands). */
export const summarise = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0
      ? 0
      : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? 0 };
};

/** Busy and total CPU ticks of the whole machine (/proc/stat), to show how much else was running. */
export const machineTicks = (): { busy: number; total: number } => {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
};

/**
 * CPU seconds the PostgreSQL backends of a database used while it ran, sampled every few hundred ms so that
 * backends that come and go (pgbench's, a pool's) are counted up to their last sample.
 */
export class BackendCpuSampler {
  private timer: NodeJS.Timeout | undefined;
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();

  constructor(private readonly database: string) {}

  start(everyMs = 200) {
    for (const [pid, cpu] of postgresBackends(this.database)) this.first.set(pid, cpu);
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  /** Stops and returns the CPU seconds used since start. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    let total = 0;
    for (const [pid, cpu] of this.last) total += cpu - (this.first.get(pid) ?? 0);
    return total;
  }

  private sample() {
    for (const [pid, cpu] of postgresBackends(this.database)) this.last.set(pid, cpu);
  }
}
