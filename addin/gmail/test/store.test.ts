import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteProfileStore } from '../src/store';
import { event, pitchInputs, post, serve } from './helpers';

describe('SqliteProfileStore', () => {
  test('profiles survive a restart of the service, and two users never see each other', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sidedoor-store-')), 'nested', 'profiles.sqlite');
    const first = new SqliteProfileStore(file);
    let server = await serve(first);
    await post(
      server.url,
      event({
        sub: 'alice',
        parameters: { action: 'preview' },
        inputs: { ...pitchInputs, sender__name: 'Alice A', sender__email: 'alice@example.com' },
      }),
    );
    await post(
      server.url,
      event({
        sub: 'bob',
        parameters: { action: 'preview' },
        inputs: { ...pitchInputs, sender__name: 'Bob B', sender__email: 'bob@example.com' },
      }),
    );
    await server.close();
    first.close();

    const second = new SqliteProfileStore(file);
    server = await serve(second);
    const name = async (sub: string) => {
      const { json } = await post(server.url, event({ sub }));
      const widgets = (
        json.action.navigations[0].pushCard.sections as {
          widgets: Record<string, { name: string; value?: string }>[];
        }[]
      ).flatMap((s) => s.widgets);
      return widgets.find((w) => w.textInput?.name === 'sender__name')?.textInput?.value;
    };
    expect(await name('alice')).toBe('Alice A');
    expect(await name('bob')).toBe('Bob B');
    expect(await name('carol')).toBeUndefined();
    expect(second.get('alice')).toEqual({
      name: 'Alice A',
      email: 'alice@example.com',
      proof: ['Cut checkout latency by 40% at Globex'],
    });
    await server.close();
    second.close();
  });

  test('a request without a user ID token saves nothing', async () => {
    const store = new SqliteProfileStore(':memory:');
    const server = await serve(store);
    await post(server.url, event({ parameters: { action: 'preview' }, inputs: pitchInputs }));
    expect(store.get('undefined')).toBeUndefined();
    await server.close();
    store.close();
  });
});
