import type { Pool, PoolClient } from 'pg';
import { type Log, type Profile, type ProfileStore, type StoreOptions, stderrLog } from './store.js';

/**
 * The schema, one step per version, applied in order by {@link PostgresProfileStore.open}. Steps
 * are only ever appended: a deployed database has run the earlier ones.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE sidedoor_profiles (
     sub text PRIMARY KEY,
     profile jsonb NOT NULL,
     updated timestamptz NOT NULL DEFAULT now()
   )`,
];

/** Any number that every instance of the add-on agrees on: the key of the migration lock. */
const MIGRATION_LOCK = 0x51de_d002;

/** How long a query may take before it fails (and the request goes on without it). */
const QUERY_TIMEOUT_MS = 5000;

/**
 * Saved details in PostgreSQL (Cloud SQL in production), shared by every instance of the add-on:
 * one row per account, the details as `jsonb`, written with one upsert so concurrent writes from
 * several instances never lose an account. Queries time out after 5 s.
 */
export class PostgresProfileStore implements ProfileStore {
  private constructor(
    private readonly pool: Pool,
    private readonly log: Log,
  ) {}

  /**
   * Connects, then brings the schema up to date under an advisory lock, so instances starting
   * together migrate once.
   */
  static async open(connectionString: string, options: StoreOptions = {}): Promise<PostgresProfileStore> {
    const { default: pg } = await import('pg');
    const log = options.log ?? stderrLog;
    const pool = new pg.Pool({
      connectionString,
      max: 5,
      connectionTimeoutMillis: QUERY_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      statement_timeout: QUERY_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      application_name: 'sidedoor-gmail-addon',
    });
    // An idle connection dropped by the server must not crash the process: the pool reconnects.
    pool.on('error', (error) => log(`PostgreSQL connection lost: ${error.message}`));
    try {
      const client = await pool.connect();
      try {
        await migrate(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresProfileStore(pool, log);
  }

  async get(sub: string): Promise<Profile | undefined> {
    const { rows } = await this.pool.query<{ profile: unknown }>(
      'SELECT profile FROM sidedoor_profiles WHERE sub = $1',
      [sub],
    );
    const value = rows[0]?.profile;
    if (value === undefined) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
    this.log(`the saved details of one account are not readable; treating them as none (sub ${sub.slice(0, 6)}…)`);
    return undefined;
  }

  async put(sub: string, profile: Profile): Promise<void> {
    // Most requests send the same details again: the row is only rewritten when they changed.
    await this.pool.query(
      `INSERT INTO sidedoor_profiles (sub, profile, updated) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (sub) DO UPDATE SET profile = excluded.profile, updated = excluded.updated
       WHERE sidedoor_profiles.profile IS DISTINCT FROM excluded.profile`,
      [sub, JSON.stringify(profile)],
    );
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

async function migrate(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS sidedoor_migrations (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM sidedoor_migrations',
    );
    for (let version = (rows[0]?.version ?? 0) + 1; version <= migrations.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(migrations[version - 1]!);
        await client.query('INSERT INTO sidedoor_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
