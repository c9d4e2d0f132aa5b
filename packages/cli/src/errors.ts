import { isInputError } from '@sidedoor/core';
import { printable } from './terminal.js';

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

/** Streams and environment the commands use, so tests can run them in process. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Colours and progress bars only on a terminal. */
  tty: boolean;
}

/**
 * Prints any error the way a user can act on it and returns the exit code: input errors list
 * each problem with its file, row and field (2); usage errors say what was wrong (2); anything
 * else is one line (1), with the stack only when SIDEDOOR_DEBUG is set. What came from input is
 * printed {@link printable}.
 */
export function reportError(error: unknown, io: Io, where?: string): number {
  const prefix = where === undefined ? '' : `${where}: `;
  if (isInputError(error)) {
    for (const issue of error.issues) {
      const path = issue.path.join('.');
      io.stderr.write(printable(`${prefix}${path === '' ? '' : `${path}: `}${issue.message}`) + '\n');
    }
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`sidedoor: ${printable(error.message)}\nRun "sidedoor --help" for usage.\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`sidedoor: ${printable(`${prefix}${message}`)}\n`);
  if (io.env.SIDEDOOR_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 1;
}
