import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface Instance {
  url: URL;
  process: ChildProcess;
  pid: number;
  stderr: string[];
}

export interface ServerOptions {
  port: number;
  databaseUrl?: string;
  pgliteDir?: string;
  /** Node flags for the server, e.g. --cpu-prof --cpu-prof-dir=bench/profiles. */
  nodeFlags?: string[];
  /** DATABASE_POOL_SIZE (PostgreSQL connections of this instance). */
  poolSize?: number;
}

/**
 * Starts one application instance as `npm start` does without building the web app (node with tsx loading
 * server/main.ts), its own process so its CPU and memory can be read from /proc. Demo data is off: the bench
 * seeded the database before.
 */
export const startInstance = async (options: ServerOptions): Promise<Instance> => {
  const url = new URL(`http://127.0.0.1:${options.port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url.origin,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    TEST_CLOCK: 'false',
    // Thousands of logins come from 127.0.0.1; the limit counts failures only, but none should be refused for it.
    LOGIN_IP_LIMIT_PER_MINUTE: '1000000',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  delete env.SMTP_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.pgliteDir) env.PGLITE_DIR = options.pgliteDir;
  if (options.poolSize) env.DATABASE_POOL_SIZE = String(options.poolSize);
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 200) stderr.shift();
  });
  if (!child.pid) throw new Error('the application did not start');
  const instance: Instance = { url, process: child, pid: child.pid, stderr };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the application exited with ${child.exitCode}:\n${stderr.join('')}`);
    try {
      const response = await fetch(new URL('/health', url));
      if (response.ok) return instance;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the application on port ${options.port} was not ready in 3 minutes:\n${stderr.join('')}`);
};

/** SIGTERM (the server closes its pool and, with PGlite, its files), SIGKILL after 20 s. */
export const stopInstance = async (instance: Instance) => {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = once(instance.process, 'exit');
  instance.process.kill('SIGTERM');
  const timer = setTimeout(() => instance.process.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
};
