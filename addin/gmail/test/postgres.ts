import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL server on loopback, for one test file. */
export interface TestPostgres {
  /** A connection string for the `postgres` database as the `postgres` superuser. */
  url: string;
  /** A connection string for another, empty database (created on first use). */
  database(name: string): string;
  stop(): void;
}

/** Where Debian's PostgreSQL keeps initdb and pg_ctl (`pg_config --bindir`, else the newest installed). */
function bindir(): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // Look in Debian's folder below.
  }
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(base, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (found === undefined)
    throw new Error('These tests need PostgreSQL: install Debian\'s "postgresql" package (npm test does it as root).');
  return found;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Starts a fresh cluster in a temporary folder: as the `postgres` user when running as root (the
 * server refuses root), listening on 127.0.0.1 only at a free port, its socket in that folder.
 * `stop()` shuts it down and deletes the folder.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = bindir();
  const dir = mkdtempSync(join(tmpdir(), 'sidedoor-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  const as = (command: string, args: string[]) => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  as(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const created = new Set<string>();
  return {
    url,
    database(name) {
      if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a simple database name: ${name}`);
      if (!created.has(name)) {
        execFileSync(join(bin, 'psql'), [url, '-qc', `CREATE DATABASE ${name}`], { stdio: 'ignore' });
        created.add(name);
      }
      return `postgresql://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
