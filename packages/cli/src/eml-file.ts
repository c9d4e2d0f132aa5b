import { unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Draft } from '@sidedoor/core';
import type { Io } from './errors.js';
import { printable } from './terminal.js';

/**
 * Deletes the `*.eml.<pid>.tmp` files that dead processes left in the folder `file` goes to (a
 * `draft --eml` or batch killed mid-write), saying which on standard error.
 */
export async function removeStaleTemporaries(file: string, io: Io): Promise<void> {
  const { removeLeftoverTemporaries } = await import('@sidedoor/mail');
  const removed = await removeLeftoverTemporaries(dirname(file));
  if (removed.length > 0)
    io.stderr.write(
      printable(
        `Removed ${removed.length === 1 ? 'a temporary file' : `${removed.length} temporary files`} an interrupted run left: ${removed.join(', ')}\n`,
      ),
    );
}

/**
 * Writes the draft to `file` as `.eml` (written as `<file>.<pid>.tmp`, then renamed, by the mail
 * package's `writeEml`). Interrupted by Ctrl-C or SIGTERM while writing, it deletes its temporary
 * file, says the file was not written, and ends by that signal (exit status 130 or 143 in a shell);
 * nothing half-written is left. The signal is raised again rather than `process.exit()` called,
 * since exiting waits for a write that may never finish (a stuck disk, a FIFO no one reads).
 */
export async function writeEmlFile(
  file: string,
  draft: Draft,
  from: { name: string; email: string },
  io: Io,
): Promise<void> {
  const { writeEml } = await import('@sidedoor/mail');
  const temporary = `${file}.${process.pid}.tmp`;
  const stop = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temporary);
    } catch {
      // Not created yet, or already renamed: nothing to clean.
    }
    io.stderr.write(printable(`Stopped: ${file} was not written.\n`));
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await writeEml(file, draft, { from });
  } finally {
    release();
  }
  io.stderr.write(printable(`Wrote ${file}\n`));
}
