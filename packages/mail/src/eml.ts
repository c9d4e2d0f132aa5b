import { readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '@sidedoor/core';
import { isAlive } from './lock.js';
import { type MimeOptions, toMime } from './mime.js';

/**
 * Writes a draft as an `.eml` file that mail apps open as a message to send (`X-Unsent: 1`).
 * The file is written next to its final name (`<file>.<pid>.tmp`) and then renamed, so a reader
 * never sees half a message.
 *
 * @throws {InputError} as `toMime` does; file-system errors as they come.
 * @example
 * await writeEml('pitch.eml', draft, { from: { email: 'alex@example.com' } })
 */
export async function writeEml(file: string, draft: Draft, options: MimeOptions): Promise<void> {
  const bytes = await toMime(draft, { unsent: true, ...options });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

const TEMPORARY = /\.eml\.(\d+)\.tmp$/;

/**
 * Deletes the `*.eml.<pid>.tmp` files of `dir` that no running process is writing: what a
 * process killed in the middle of `writeEml` leaves behind. Returns the names deleted.
 * Call it before writing into the folder (this process's own temporary files count as left over).
 */
export async function removeLeftoverTemporaries(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? 0);
    if (pid === 0 || (pid !== process.pid && isAlive(pid))) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
