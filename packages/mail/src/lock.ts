import { randomBytes } from 'node:crypto';
import { linkSync, openSync, closeSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a batch lock. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO 8601). */
  started: string;
  /** Tells two holders with the same pid apart. */
  nonce: string;
}

/**
 * Another run of the same batch holds its lock: running both would create every draft twice.
 * `holder` says which process (pid, host, start time) and `lockPath` where the lock is.
 */
export class BatchLockedError extends Error {
  override name = 'BatchLockedError' as const;

  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Another run of this batch is in progress (process ${holder.pid} on ${holder.host}, started ${holder.started}): wait for it to finish. If no such run exists any more, delete ${lockPath}.`,
    );
  }
}

/** Whether a process of this machine is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof value.pid === 'number' &&
      Number.isInteger(value.pid) &&
      value.pid > 0 &&
      typeof value.host === 'string' &&
      typeof value.started === 'string' &&
      typeof value.nonce === 'string'
    )
      return value as LockHolder;
  } catch {
    // Not a lock this code wrote.
  }
  return 'unreadable';
}

/** Creates `path` holding `text`, atomically: a reader never sees it half written. */
function createExclusive(path: string, text: string, temporary: string): void {
  writeFileSync(temporary, text, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    // File systems without hard links: exclusive create, then write (a reader may see it empty).
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * Takes the lock file at `path` for this process, or throws {@link BatchLockedError} when a
 * running process holds it. A lock left by a process that no longer runs on this machine
 * (killed, crashed) is taken over; a lock held from another host is respected, since its
 * process cannot be checked. Returns the function that releases it.
 */
export function acquireLock(path: string): () => void {
  const nonce = randomBytes(8).toString('hex');
  const mine: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), nonce };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      createExclusive(path, text, `${path}.${process.pid}.${nonce}.tmp`);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const holder = readHolder(path);
        if (typeof holder === 'object' && holder.nonce === nonce) unlinkSync(path);
      };
      // A process that ends without releasing (an uncaught error) still frees the batch.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (holder !== 'unreadable' && (holder.host !== mine.host || isAlive(holder.pid)))
      throw new BatchLockedError(path, holder);
    // A stale lock: move it aside, and delete it only if it is still the one found stale (two
    // runs may find the same stale lock; the second must not delete the first one's new lock).
    const aside = `${path}.${process.pid}.${nonce}.stale`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readHolder(aside);
    const same =
      holder === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.nonce === holder.nonce;
    if (!same) {
      try {
        linkSync(aside, path);
      } catch {
        // Someone else holds it now; they will be refused or refuse us.
      }
    }
    unlinkSync(aside);
  }
  const holder = readHolder(path);
  throw new BatchLockedError(
    path,
    typeof holder === 'object' ? holder : { pid: 0, host: 'unknown', started: 'unknown', nonce: '' },
  );
}
