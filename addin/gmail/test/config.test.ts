import { ConfigError, loadConfig } from '../src/config';

const valid = {
  ENDPOINT_URL: 'https://sidedoor.example.run.app/',
  SERVICE_ACCOUNT_EMAIL: 'sa@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
  OAUTH_CLIENT_ID: 'client',
};

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration', () => {
  test('reads the environment with defaults', () => {
    expect(loadConfig(valid)).toEqual({
      endpointUrl: valid.ENDPOINT_URL,
      serviceAccountEmail: valid.SERVICE_ACCOUNT_EMAIL,
      oauthClientId: 'client',
      profileDb: './data/profiles.sqlite',
      databaseUrl: undefined,
      maxBodyBytes: 262144,
      name: 'sidedoor',
      logoUrl: 'https://www.gstatic.com/images/icons/material/system/1x/mail_outline_black_24dp.png',
      gmailApiUrl: 'https://gmail.googleapis.com/',
      host: '127.0.0.1',
      port: 8080,
    });
  });

  test('names every missing and invalid variable in one error', () => {
    expect(problems({ MAX_BODY_BYTES: 'lots', LOGO_URL: 'http://logo.example/x.png' })).toEqual([
      'Missing ENDPOINT_URL: Public HTTPS URL Google calls (also the token audience), e.g. https://sidedoor-xyz.a.run.app/.',
      "Missing SERVICE_ACCOUNT_EMAIL: The add-on's service account: gcloud workspace-add-ons get-authorization.",
      'MAX_BODY_BYTES must be a whole number of at least 1024, found "lots".',
      'LOGO_URL must be an https:// URL, found "http://logo.example/x.png".',
    ]);
    expect(() => loadConfig({})).toThrow(/^Missing ENDPOINT_URL: .*\nMissing SERVICE_ACCOUNT_EMAIL: /);
  });

  test.each([
    [{ ENDPOINT_URL: 'http://sidedoor.example/' }, /^ENDPOINT_URL must be an https:\/\/ URL/],
    [{ SERVICE_ACCOUNT_EMAIL: 'nope' }, /^SERVICE_ACCOUNT_EMAIL is not an email address/],
    [{ DATABASE_URL: 'mysql://db/x' }, /^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ connection string\.$/],
    [{ PORT: '99999' }, /^PORT must be a port number, found "99999"\.$/],
    [{ GMAIL_API_URL: 'http://gmail.example/' }, /^GMAIL_API_URL must be an https:\/\/ URL ending in \//],
    [{ GMAIL_API_URL: 'https://gmail.googleapis.com' }, /^GMAIL_API_URL must be an https:\/\/ URL ending in \//],
  ])('refuses %j', (override, message) => {
    const found = problems({ ...valid, ...override });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  test('GMAIL_API_URL may point at a local stand-in for tests', () => {
    expect(loadConfig({ ...valid, GMAIL_API_URL: 'http://127.0.0.1:4010/' }).gmailApiUrl).toBe(
      'http://127.0.0.1:4010/',
    );
  });

  test('OAUTH_CLIENT_ID may come later: without it nobody is identified', () => {
    const { OAUTH_CLIENT_ID: _id, ...rest } = valid;
    expect(loadConfig(rest).oauthClientId).toBeUndefined();
  });

  test('listens on loopback, or on every interface on Cloud Run; PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig(valid).host).toBe('127.0.0.1');
    expect(loadConfig({ ...valid, K_SERVICE: 'sidedoor-gmail' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...valid, HOST: '::1', PORT: '9000' })).toMatchObject({ host: '::1', port: 9000 });
    expect(loadConfig({ ...valid, DATABASE_URL: 'postgresql://u:p@/db?host=/cloudsql/p:r:i' }).databaseUrl).toBe(
      'postgresql://u:p@/db?host=/cloudsql/p:r:i',
    );
  });
});
