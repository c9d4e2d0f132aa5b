import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SenderProfile } from '@sidedoor/core';

/** What the add-on remembers for a user: their own details, never a manager's. */
export type Profile = SenderProfile;

/** Saved details per Google account (the verified `sub`). Swap in a shared database for many instances. */
export interface ProfileStore {
  get(sub: string): Profile | undefined;
  put(sub: string, profile: Profile): void;
  close(): void;
}

/** The default store: one SQLite file, one row per account. */
export class SqliteProfileStore implements ProfileStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { profile: string }>;
  private readonly upsert: Database.Statement<[string, string, number]>;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
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

  get(sub: string): Profile | undefined {
    const row = this.select.get(sub);
    return row === undefined ? undefined : (JSON.parse(row.profile) as Profile);
  }

  put(sub: string, profile: Profile): void {
    const json = JSON.stringify(profile);
    // Most requests send the same details again: write only when they changed.
    if (this.select.get(sub)?.profile === json) return;
    this.upsert.run(sub, json, Date.now());
  }

  close(): void {
    this.db.close();
  }
}
