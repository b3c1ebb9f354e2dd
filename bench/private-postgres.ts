import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A PostgreSQL server of its own for a fault test, on loopback: a fresh cluster in a temporary directory (initdb,
 * pg_ctl from Debian's packages), so the test can restart it for real without touching the machine's shared
 * server and every other test using it. Null when the binaries are missing. As root the server runs as `postgres`
 * (it refuses root), through runuser.
 */
export interface PrivatePostgres {
  /** A URL for database `name` on this server (create it first). */
  url: (name: string) => string;
  /** Stops the server as a crash would (immediate: no checkpoint, clients cut) and starts it again. */
  crashAndRestart: (downMs: number) => Promise<void>;
  stop: () => Promise<void>;
}

const binDir = () => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b))
    .pop();
  return version ? join(root, version, 'bin') : null;
};

const postgresUid = async () => {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const gid = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(gid.stdout.trim()) };
};

export const startPrivatePostgres = async (port: number): Promise<PrivatePostgres | null> => {
  const bin = binDir();
  if (!bin) return null;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'affianco-private-pg-'));
  if (asRoot) {
    const { uid, gid } = await postgresUid();
    chownSync(dir, uid, gid);
  }
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(dir, 'data');
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'affianco', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () => exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const halt = () => exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();
  return {
    url: (name) => `postgres://affianco@127.0.0.1:${port}/${name}`,
    crashAndRestart: async (downMs) => {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    stop: async () => {
      await halt().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
