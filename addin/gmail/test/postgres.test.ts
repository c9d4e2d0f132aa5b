import pg from 'pg';
import { PostgresProfileStore } from '../src/postgres';
import { openStore } from '../src/store';
import { event, type Json, pitchInputs, post, serve } from './helpers';
import { startPostgres, type TestPostgres } from './postgres';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

const silent = { log: () => {} };

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const senderName = (json: Json) =>
  ((json.action.navigations[0].pushCard.sections as Json[])
    .flatMap((s) => s.widgets as Json[])
    .find((w) => w.textInput?.name === 'sender__name')?.textInput?.value ?? undefined) as string | undefined;

const preview = (sub: string, name: string) =>
  event({ sub, parameters: { action: 'preview' }, inputs: { ...pitchInputs, sender__name: name } });

describe('PostgresProfileStore', () => {
  test('is chosen by DATABASE_URL and migrates the schema on start, once, even when instances start together', async () => {
    const url = postgres.database('migrations');
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => openStore({ databaseUrl: url, profileDb: '/nonexistent/x.sqlite' }, silent)),
    );
    expect(stores.every((s) => s instanceof PostgresProfileStore)).toBe(true);
    expect(await query(url, 'SELECT version FROM sidedoor_migrations')).toEqual([{ version: 1 }]);
    const columns = await query<{ column_name: string; data_type: string }>(
      url,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'sidedoor_profiles' ORDER BY ordinal_position",
    );
    expect(columns).toEqual([
      { column_name: 'sub', data_type: 'text' },
      { column_name: 'profile', data_type: 'jsonb' },
      { column_name: 'updated', data_type: 'timestamp with time zone' },
    ]);
    await Promise.all(stores.map((s) => s.close()));
    // A restart finds the schema current and changes nothing.
    const again = await PostgresProfileStore.open(url, silent);
    expect(await query(url, 'SELECT count(*)::int AS n FROM sidedoor_migrations')).toEqual([{ n: 1 }]);
    await again.close();
  });

  test('two handler instances sharing one database keep every user’s details under concurrent writes', async () => {
    const url = postgres.database('instances');
    const stores = [await PostgresProfileStore.open(url, silent), await PostgresProfileStore.open(url, silent)];
    const servers = await Promise.all(stores.map((s) => serve(s, {}, { storeWaitMs: 5000 })));
    const users = Array.from({ length: 30 }, (_, i) => `user-${i}`);
    const rounds = 5;
    // Every user writes in rounds, each round through the other instance, all users at once;
    // within a round both instances also write a second user's details at the same moment.
    for (let round = 0; round < rounds; round++) {
      const answers = await Promise.all(
        users.flatMap((sub, i) => [
          post(servers[(i + round) % 2]!.url, preview(sub, `${sub} round ${round}`)),
          post(servers[(i + round + 1) % 2]!.url, preview(`${sub}-twin`, `${sub}-twin round ${round}`)),
        ]),
      );
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      expect(answers.filter((a) => a.json.renderActions.action.notification !== undefined)).toEqual([]);
    }
    const rows = await query<{ sub: string; name: string }>(
      url,
      "SELECT sub, profile->>'name' AS name FROM sidedoor_profiles ORDER BY sub",
    );
    expect(rows).toHaveLength(users.length * 2);
    for (const { sub, name } of rows) expect(name).toBe(`${sub} round ${rounds - 1}`);
    // Each instance reads what the other wrote.
    for (const server of servers)
      expect(senderName((await post(server.url, event({ sub: 'user-7' }))).json)).toBe('user-7 round 4');
    // The same user saved from both instances at the same instant ends with one whole profile.
    await Promise.all(servers.map((s, i) => post(s.url, preview('user-0', `from instance ${i}`))));
    const [row] = await query<{ profile: Json }>(url, "SELECT profile FROM sidedoor_profiles WHERE sub = 'user-0'");
    expect(['from instance 0', 'from instance 1']).toContain(row!.profile.name);
    expect(row!.profile).toEqual({
      name: row!.profile.name as string,
      email: 'alex@example.com',
      proof: ['Cut checkout latency by 40% at Globex'],
    });
    for (const server of servers) {
      expect(server.logged).toEqual([]);
      await server.close();
    }
    await Promise.all(stores.map((s) => s.close()));
  }, 60_000);

  test('unchanged details are not rewritten', async () => {
    const url = postgres.database('unchanged');
    const store = await PostgresProfileStore.open(url, silent);
    await store.put('alice', { name: 'Alice' });
    const [first] = await query<{ xmin: string }>(url, "SELECT xmin::text FROM sidedoor_profiles WHERE sub = 'alice'");
    await store.put('alice', { name: 'Alice' });
    expect(await query(url, "SELECT xmin::text FROM sidedoor_profiles WHERE sub = 'alice'")).toEqual([first]);
    await store.put('alice', { name: 'Alice B' });
    expect(await store.get('alice')).toEqual({ name: 'Alice B' });
    await store.close();
  });

  test('a stored value that is no profile reads as none; a failing database only costs a notice', async () => {
    const url = postgres.database('failures');
    const logged: string[] = [];
    const store = await PostgresProfileStore.open(url, { log: (l) => logged.push(l) });
    const server = await serve(store);
    await query(url, "INSERT INTO sidedoor_profiles (sub, profile) VALUES ('alice', '\"just a string\"')");
    const opened = await post(server.url, event({ sub: 'alice' }));
    expect(opened.status).toBe(200);
    expect(senderName(opened.json)).toBeUndefined();
    expect(logged).toEqual([expect.stringMatching(/^the saved details of one account are not readable/) as string]);

    await query(url, 'ALTER TABLE sidedoor_profiles RENAME TO elsewhere');
    const previewed = await post(server.url, preview('alice', 'Alice'));
    expect(previewed.status).toBe(200);
    expect(previewed.json.renderActions.action.notification.text).toBe(
      'Your details could not be saved this time; the draft is not affected.',
    );
    expect(server.logged).toEqual(['saving details failed: relation "sidedoor_profiles" does not exist']);
    await server.close();
    await store.close();
  });

  test('an unreachable database stops the start with the driver’s reason', async () => {
    const url = postgres.url.replace(/:\d+\//, ':1/');
    await expect(PostgresProfileStore.open(url, silent)).rejects.toThrow(/ECONNREFUSED/);
  });
});
