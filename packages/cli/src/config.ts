import { chmodSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Io } from './errors.js';

/** The user's sidedoor config folder: $SIDEDOOR_CONFIG_DIR, else $XDG_CONFIG_HOME/sidedoor, else ~/.config/sidedoor. */
export function configDir(io: Io): string {
  return io.env.SIDEDOOR_CONFIG_DIR ?? join(io.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'sidedoor');
}

/** What `sidedoor gmail login` stores. */
export interface GmailCredentials {
  clientId: string;
  clientSecret: string;
  tokens: {
    access_token?: string | null;
    refresh_token?: string | null;
    expiry_date?: number | null;
    scope?: string;
    token_type?: string | null;
  };
}

/** The stored Gmail sign-in cannot be used (damaged, unreadable, readable by others, not saved): one line says what to do. */
export class CredentialsError extends Error {
  override name = 'CredentialsError' as const;
}

const LOGIN_AGAIN = 'run `sidedoor gmail login` again';

/** Path of the stored Gmail credentials. */
export function credentialsPath(io: Io): string {
  return join(configDir(io), 'gmail.json');
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Saves credentials readable by the owner only (file 0600, written then renamed), synchronously,
 * so that a token refreshed in the middle of a request is saved, or its failure known, at once.
 * A config folder that does not exist is created 0700; an existing one is left as it is.
 *
 * @param what what is saved, for the error message.
 * @throws {CredentialsError} naming the file when it cannot be saved.
 */
export function saveCredentials(credentials: GmailCredentials, io: Io, what = 'the Gmail sign-in'): string {
  const dir = configDir(io);
  const file = credentialsPath(io);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  } catch (error) {
    throw new CredentialsError(`Could not save ${what} to ${file} (${codeOf(error)}): ${LOGIN_AGAIN}.`);
  }
  return file;
}

function isCredentials(value: unknown): value is GmailCredentials {
  const v = value as Partial<GmailCredentials> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.clientId === 'string' &&
    typeof v.clientSecret === 'string' &&
    typeof v.tokens === 'object' &&
    v.tokens !== null &&
    !Array.isArray(v.tokens)
  );
}

/**
 * Reads stored credentials, or undefined when there are none.
 *
 * @throws {CredentialsError} naming the file when it cannot be read, is not sidedoor's sign-in,
 * or can be read by other users (with the `chmod 600` that fixes it).
 */
export function loadCredentials(io: Io): GmailCredentials | undefined {
  const file = credentialsPath(io);
  let text: string;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CredentialsError(`Cannot read the Gmail sign-in in ${file} (${codeOf(error)}): ${LOGIN_AGAIN}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CredentialsError(`${file} is not a file: ${LOGIN_AGAIN}.`);
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      throw new CredentialsError(
        `${file} can be read by other users (mode ${(stat.mode & 0o777).toString(8)}), and it holds your Gmail sign-in: run \`chmod 600 ${file}\`, then try again.`,
      );
    }
    try {
      text = readFileSync(fd, 'utf8');
    } catch (error) {
      throw new CredentialsError(`Cannot read the Gmail sign-in in ${file} (${codeOf(error)}): ${LOGIN_AGAIN}.`);
    }
  } finally {
    closeSync(fd);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${file} is damaged (not valid JSON): ${LOGIN_AGAIN}.`);
  }
  if (!isCredentials(value))
    throw new CredentialsError(`${file} does not hold a Gmail sign-in sidedoor can use: ${LOGIN_AGAIN}.`);
  return value;
}
