import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteProfileStore } from '../src/store';
import { event, type Json, MemoryStore, pitchInputs, post, serve } from './helpers';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sidedoor-store-')), 'nested', 'profiles.sqlite');
const silent = { log: () => {} };

const widgets = (json: Json): Json[] => {
  const navigations = (json.action?.navigations ?? json.renderActions?.action?.navigations) as Json[];
  const card = (navigations[0]!.pushCard ?? navigations[0]!.updateCard) as Json;
  return (card.sections as Json[]).flatMap((s) => s.widgets as Json[]);
};
const senderName = (json: Json) =>
  widgets(json).find((w) => w.textInput?.name === 'sender__name')?.textInput?.value as string | undefined;
const notices = (json: Json) =>
  widgets(json)
    .filter((w) => typeof w.textParagraph?.text === 'string' && w.textParagraph.text.startsWith('<i>'))
    .map((w) => w.textParagraph.text as string);

const preview = (sub: string, name = 'Alex Rivera') =>
  event({ sub, parameters: { action: 'preview' }, inputs: { ...pitchInputs, sender__name: name } });

describe('SqliteProfileStore', () => {
  test('profiles survive a restart of the service, and two users never see each other', async () => {
    const file = tempDb();
    const first = await SqliteProfileStore.open(file, silent);
    let server = await serve(first);
    await post(server.url, preview('alice', 'Alice A'));
    await post(server.url, preview('bob', 'Bob B'));
    await server.close();
    await first.close();

    const second = await SqliteProfileStore.open(file, silent);
    server = await serve(second);
    const name = async (sub: string) => senderName((await post(server.url, event({ sub }))).json);
    expect(await name('alice')).toBe('Alice A');
    expect(await name('bob')).toBe('Bob B');
    expect(await name('carol')).toBeUndefined();
    expect(await second.get('alice')).toEqual({
      name: 'Alice A',
      email: 'alex@example.com',
      proof: ['Cut checkout latency by 40% at Globex'],
    });
    await server.close();
    await second.close();
  });

  test('a request without a user ID token saves nothing', async () => {
    const file = tempDb();
    const store = await SqliteProfileStore.open(file, silent);
    const server = await serve(store);
    await post(server.url, event({ parameters: { action: 'preview' }, inputs: pitchInputs }));
    expect(new Database(file).prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    await server.close();
    await store.close();
  });

  test.each([
    ['invalid JSON', '{"name": "Alice'],
    ['JSON that is no object', '"Alice"'],
  ])('a row of %s reads as no saved details: Open shows the empty form, the next save repairs it', async (_c, text) => {
    const file = tempDb();
    const store = await SqliteProfileStore.open(file, silent);
    const server = await serve(store);
    await post(server.url, preview('alice', 'Alice A'));
    new Database(file).prepare('UPDATE profiles SET profile = ? WHERE sub = ?').run(text, 'alice');
    for (let i = 0; i < 2; i++) {
      const opened = await post(server.url, event({ sub: 'alice' }));
      expect(opened.status).toBe(200);
      expect(senderName(opened.json)).toBeUndefined();
    }
    await post(server.url, preview('alice', 'Alice B'));
    expect(senderName((await post(server.url, event({ sub: 'alice' }))).json)).toBe('Alice B');
    await server.close();
    await store.close();
  });

  test('a database that refuses writes: Preview shows a notice, Insert still inserts, the failure is logged', async () => {
    const file = tempDb();
    const logged: string[] = [];
    const store = await SqliteProfileStore.open(file, { log: (l) => logged.push(l) });
    // Another program makes every write fail, as a full or read-only disk would.
    const other = new Database(file);
    for (const op of ['INSERT', 'UPDATE'])
      other.exec(`CREATE TRIGGER refuse_${op} BEFORE ${op} ON profiles BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const server = await serve(store);
    const previewed = await post(server.url, preview('alice'));
    expect(previewed.status).toBe(200);
    expect(previewed.json.renderActions.action.notification).toEqual({
      text: 'Your details could not be saved this time; the draft is not affected.',
    });
    expect(notices(previewed.json)).toEqual([
      '<i>Your details could not be saved this time; the draft is not affected.</i>',
    ]);
    expect(widgets(previewed.json).some((w) => w.decoratedText?.topLabel === 'Subject')).toBe(true);
    const inserted = await post(
      server.url,
      event({ sub: 'alice', parameters: { action: 'insert' }, inputs: pitchInputs }),
    );
    expect(inserted.status).toBe(200);
    expect(inserted.json.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody).toBeDefined();
    expect(server.logged).toEqual(['saving details failed: disk full', 'saving details failed: disk full']);
    await server.close();
    await store.close();
    other.close();
  });

  test('a write lock held elsewhere holds no request: the answer comes while the lock is held, the details land after', async () => {
    const file = tempDb();
    const store = await SqliteProfileStore.open(file, silent);
    const server = await serve(store, {}, { storeWaitMs: 50 });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const during = await Promise.all([post(server.url, preview('alice', 'Alice A')), post(server.url, event())]);
    // Still inside the other connection's transaction: nothing waited for it.
    expect(other.inTransaction).toBe(true);
    expect(during.map((r) => r.status)).toEqual([200, 200]);
    expect(notices(during[0].json)).toEqual([]);
    expect(await store.get('alice')).toBeUndefined();
    other.exec('COMMIT');
    // The save was retried on a timer once the lock was gone.
    for (let i = 0; i < 100 && (await store.get('alice')) === undefined; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await store.get('alice')).toMatchObject({ name: 'Alice A' });
    expect(server.logged).toEqual([]);
    await server.close();
    await store.close();
    other.close();
  });

  test('a lock held past every retry ends in one logged line, and the newest details of an account win', async () => {
    const file = tempDb();
    const store = await SqliteProfileStore.open(file, silent);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const older = store.put('alice', { name: 'Old' });
    const newer = store.put('alice', { name: 'New' });
    await new Promise((r) => setTimeout(r, 100));
    other.exec('COMMIT');
    await Promise.all([older, newer]);
    expect(await store.get('alice')).toEqual({ name: 'New' });

    other.exec('BEGIN IMMEDIATE');
    await expect(store.put('bob', { name: 'Bob' })).rejects.toThrow(/locked|busy/i);
    other.exec('ROLLBACK');
    other.close();
    await store.close();
  }, 15_000);
});

describe('the handler and a failing store', () => {
  test('saved details that cannot be loaded: Open shows the empty form with a notice', async () => {
    const store = new MemoryStore();
    store.get = () => Promise.reject(new Error('connection refused'));
    const server = await serve(store);
    const { status, json } = await post(server.url, event({ sub: 'alice' }));
    expect(status).toBe(200);
    expect(json.action.notification).toEqual({ text: 'Your saved details could not be loaded this time.' });
    expect(senderName(json)).toBeUndefined();
    expect(server.logged).toEqual(['loading details failed: connection refused']);
    await server.close();
  });

  test('a store that hangs: the answer comes after the wait, without the details', async () => {
    const store = new MemoryStore();
    store.put = () => new Promise(() => {});
    store.get = () => new Promise(() => {});
    const server = await serve(store, {}, { storeWaitMs: 20 });
    expect((await post(server.url, preview('alice'))).status).toBe(200);
    const opened = await post(server.url, event({ sub: 'alice' }));
    expect(opened.status).toBe(200);
    expect(senderName(opened.json)).toBeUndefined();
    await server.close();
  });
});
