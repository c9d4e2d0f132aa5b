import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SenderProfile } from '@sidedoor/core';
import type Database from 'better-sqlite3';

/** What the add-on remembers for a user: their own details, never a manager's. */
export type Profile = SenderProfile;

/**
 * Saved details per Google account (the verified `sub`). Every call may fail or be slow; the
 * handler never lets that fail a draft. A stored value that is not readable JSON reads as no
 * saved details.
 */
export interface ProfileStore {
  /** The saved details, or `undefined` when there are none or they cannot be read. */
  get(sub: string): Promise<Profile | undefined>;
  /** Saves the details (a no-op when they did not change). */
  put(sub: string, profile: Profile): Promise<void>;
  /** Finishes pending work and releases the database. */
  close(): Promise<void>;
}

/** Where a store reports what it recovered from (a corrupt row, a retried write). */
export type Log = (line: string) => void;

/** Options shared by the stores. */
export interface StoreOptions {
  /** Defaults to one line on stderr. */
  log?: Log;
}

/** The default log: one line on stderr. */
export const stderrLog: Log = (line) => {
  process.stderr.write(`sidedoor add-on: ${line}\n`);
};

/** Reads a stored value: JSON of an object, or nothing (a corrupt value is logged and ignored). */
export function parseStored(sub: string, text: string, log: Log): Profile | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // Reported below.
  }
  log(`the saved details of one account are not readable; treating them as none (sub ${sub.slice(0, 6)}…)`);
  return undefined;
}

/** Waits between attempts while another connection holds SQLite's write lock: about 3 s in all. */
const RETRY_DELAYS_MS = [10, 25, 50, 100, 200, 400, 800, 1600];

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

const isBusy = (error: unknown) =>
  typeof (error as { code?: unknown } | null)?.code === 'string' &&
  /^SQLITE_(?:BUSY|LOCKED)/.test((error as { code: string }).code);

/**
 * The default store: one SQLite file, one row per account, for a single instance.
 *
 * SQLite's own busy wait (better-sqlite3's `timeout`) is synchronous and would stop the whole
 * server while another connection holds the write lock, so it is off: a busy write is retried
 * on timers instead, while other requests go on. The newest details of an account win: an
 * older write still waiting gives way to a newer one.
 */
export class SqliteProfileStore implements ProfileStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { profile: string }>;
  private readonly upsert: Database.Statement<[string, string, number]>;
  private readonly log: Log;
  private readonly versions = new Map<string, number>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; cancel: () => void }>();

  /** Opens (and creates) the SQLite file, loading better-sqlite3 only then. */
  static async open(file: string, options: StoreOptions = {}): Promise<SqliteProfileStore> {
    const { default: Sqlite } = await import('better-sqlite3');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    // No busy wait: it would block the event loop (see the class comment).
    return new SqliteProfileStore(new Sqlite(file, { timeout: 0 }), options);
  }

  private constructor(db: Database.Database, options: StoreOptions) {
    this.log = options.log ?? stderrLog;
    this.db = db;
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps every commit across a crash of the service and skips an fsync per write.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS profiles (sub TEXT PRIMARY KEY, profile TEXT NOT NULL, updated INTEGER NOT NULL)',
    );
    this.select = this.db.prepare('SELECT profile FROM profiles WHERE sub = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO profiles (sub, profile, updated) VALUES (?, ?, ?) ON CONFLICT(sub) DO UPDATE SET profile = excluded.profile, updated = excluded.updated',
    );
  }

  get(sub: string): Promise<Profile | undefined> {
    try {
      const row = this.select.get(sub);
      return Promise.resolve(row === undefined ? undefined : parseStored(sub, row.profile, this.log));
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }

  put(sub: string, profile: Profile): Promise<void> {
    const json = JSON.stringify(profile);
    const version = (this.versions.get(sub) ?? 0) + 1;
    this.versions.set(sub, version);
    return new Promise((resolve, reject) => {
      const attempt = (tries: number) => {
        // A newer write of the same account came in while this one waited: it carries the newest details.
        if (this.versions.get(sub) !== version) return resolve();
        try {
          // Most requests send the same details again: write only when they changed.
          if (this.select.get(sub)?.profile !== json) this.upsert.run(sub, json, Date.now());
          if (this.versions.get(sub) === version) this.versions.delete(sub);
          resolve();
        } catch (error) {
          const delay = RETRY_DELAYS_MS[tries];
          if (!isBusy(error) || delay === undefined) {
            if (this.versions.get(sub) === version) this.versions.delete(sub);
            return reject(asError(error));
          }
          const entry = {
            timer: setTimeout(() => {
              this.timers.delete(entry);
              attempt(tries + 1);
            }, delay),
            cancel: () => reject(new Error('The profile store was closed before the details could be saved.')),
          };
          this.timers.add(entry);
        }
      };
      attempt(0);
    });
  }

  close(): Promise<void> {
    for (const entry of this.timers) {
      clearTimeout(entry.timer);
      entry.cancel();
    }
    this.timers.clear();
    this.db.close();
    return Promise.resolve();
  }
}

/**
 * The store the configuration asks for: PostgreSQL when `databaseUrl` is set (its schema
 * migrated first), SQLite at `profileDb` otherwise. Each driver is loaded only when chosen.
 */
export async function openStore(
  config: { databaseUrl: string | undefined; profileDb: string },
  options: StoreOptions = {},
): Promise<ProfileStore> {
  if (config.databaseUrl !== undefined) {
    const { PostgresProfileStore } = await import('./postgres.js');
    return PostgresProfileStore.open(config.databaseUrl, options);
  }
  return SqliteProfileStore.open(config.profileDb, options);
}
