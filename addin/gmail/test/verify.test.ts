import { endpointUrl, event, post, serve, serviceAccount, systemToken, token } from './helpers';

describe('request verification', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());

  test('a request signed by Google for this add-on gets the card', async () => {
    const { status, json } = await post(server.url, event());
    expect(status).toBe(200);
    expect(json).toHaveProperty('action.navigations.0.pushCard.sections');
  });

  const now = Math.floor(Date.now() / 1000);
  test.each([
    ['wrong audience', `Bearer ${systemToken({ aud: 'https://evil.example/' })}`],
    ['audience without the exact path', `Bearer ${systemToken({ aud: endpointUrl.replace(/\/$/, '') })}`],
    ['wrong issuer', `Bearer ${systemToken({ iss: 'https://evil.example' })}`],
    ['expired', `Bearer ${systemToken({ iat: now - 7200, exp: now - 3600 })}`],
    [
      'bad signature',
      `Bearer ${token({ aud: endpointUrl, email: serviceAccount, email_verified: true }, { forged: true })}`,
    ],
    ['alg none', `Bearer ${token({ aud: endpointUrl, email: serviceAccount, email_verified: true }, { alg: 'none' })}`],
    [
      'unknown key id',
      `Bearer ${token({ aud: endpointUrl, email: serviceAccount, email_verified: true }, { kid: 'other' })}`,
    ],
    [
      'wrong service account',
      `Bearer ${systemToken({ email: 'someone-else@gcp-sa-gsuiteaddons.iam.gserviceaccount.com' })}`,
    ],
    ['service account not verified', `Bearer ${systemToken({ email_verified: false })}`],
    ['malformed header', 'Basic abc'],
    ['missing header', null],
  ])('%s → 401 with no details', async (_case, authorization) => {
    const { status, json } = await post(server.url, event(), authorization);
    expect(status).toBe(401);
    expect(json).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) as string } });
    expect(JSON.stringify(json)).not.toMatch(/ at |stack/i);
  });

  test('a user ID token for another client → 401', async () => {
    const body = event();
    (body.authorizationEventObject as Record<string, unknown>).userIdToken = token({
      aud: 'another-client',
      sub: 'u1',
    });
    expect((await post(server.url, body)).status).toBe(401);
  });
});
