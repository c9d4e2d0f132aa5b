import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** Path of the stored Gmail credentials. */
export function credentialsPath(io: Io): string {
  return join(configDir(io), 'gmail.json');
}

/** Saves credentials readable by the owner only (folder 0700, file 0600), written then renamed. */
export async function saveCredentials(credentials: GmailCredentials, io: Io): Promise<string> {
  const dir = configDir(io);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const file = credentialsPath(io);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
  return file;
}

/** Reads stored credentials, or undefined when there are none. */
export async function loadCredentials(io: Io): Promise<GmailCredentials | undefined> {
  try {
    return JSON.parse(await readFile(credentialsPath(io), 'utf8')) as GmailCredentials;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
