import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

const valid = {
  ENDPOINT_URL: 'https://sidedoor.example.run.app/',
  SERVICE_ACCOUNT_EMAIL: 'sa@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
  OAUTH_CLIENT_ID: 'client',
};

describe('configuration', () => {
  test('reads the environment with defaults', () => {
    expect(loadConfig(valid)).toMatchObject({
      endpointUrl: valid.ENDPOINT_URL,
      profileDb: './data/profiles.sqlite',
      maxBodyBytes: 262144,
      name: 'sidedoor',
    });
  });

  test.each(['ENDPOINT_URL', 'SERVICE_ACCOUNT_EMAIL', 'OAUTH_CLIENT_ID'])(
    'refuses to start without %s, naming it',
    (name) => {
      const env: Record<string, string> = { ...valid };
      delete env[name];
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`^Missing ${name}: `));
    },
  );

  test.each([
    [{ ENDPOINT_URL: 'http://sidedoor.example/' }, /^ENDPOINT_URL must be an https:\/\/ URL/],
    [{ MAX_BODY_BYTES: 'lots' }, /^MAX_BODY_BYTES must be a whole number/],
    [{ SERVICE_ACCOUNT_EMAIL: 'nope' }, /^SERVICE_ACCOUNT_EMAIL is not an email address/],
  ])('refuses %j', (override, message) => {
    expect(() => loadConfig({ ...valid, ...override })).toThrow(message);
  });

  test('the start command stops with one line naming the missing variable', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'start.mjs')], {
      env: { PATH: process.env.PATH, ...valid, OAUTH_CLIENT_ID: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "sidedoor add-on: Missing OAUTH_CLIENT_ID: The deployment's OAuth client id (audience of the user ID token).\n",
    );
  }, 30_000);
});
