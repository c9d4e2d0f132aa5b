import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FakeGmail } from '../../mail/test/fake-gmail';
import { bin, data, sidedoor, temp } from './helpers';

const gmail = new FakeGmail();
let rootUrl: string;
let tokenServer: Server;
let tokenUrl: string;
/** What the token endpoint does before it answers a request (a test may break the config folder). */
let beforeAnswer: () => void = () => {};
let tokenRequests = 0;

beforeAll(async () => {
  rootUrl = await gmail.start();
  tokenServer = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      tokenRequests++;
      beforeAnswer();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: 'refreshed-token',
          refresh_token: 'refresh-1',
          expires_in: 3600,
          token_type: 'Bearer',
          scope: 'https://www.googleapis.com/auth/gmail.compose',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
  tokenUrl = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
});
afterAll(async () => {
  await gmail.stop();
  await new Promise((resolve) => tokenServer.close(resolve));
});
beforeEach(() => {
  beforeAnswer = () => {};
  gmail.onCreate = undefined;
  tokenRequests = 0;
  gmail.drafts.length = 0;
  gmail.requests.length = 0;
});

/** A config folder holding a sign-in whose access token expires in `expiresIn` ms. */
function signedIn(expiresIn: number, mode = 0o600) {
  const config = join(temp(), 'config');
  mkdirSync(config, { mode: 0o700 });
  const file = join(config, 'gmail.json');
  writeFileSync(
    file,
    JSON.stringify({
      clientId: 'client-1',
      clientSecret: 'secret-1',
      tokens: { access_token: 'old-token', refresh_token: 'refresh-1', expiry_date: Date.now() + expiresIn },
    }),
  );
  chmodSync(file, mode);
  const env = {
    SIDEDOOR_CONFIG_DIR: config,
    SIDEDOOR_GOOGLE_TOKEN_URL: tokenUrl,
    SIDEDOOR_GMAIL_ROOT_URL: rootUrl,
  };
  return { config, file, env };
}

const draftArgs = ['gmail', 'draft', 'manager-pitch', '--in', join(data, 'pitch.json')];

/** One line on stderr, no stack, no Node warning. */
function expectOneLine(stderr: string, line: string): void {
  expect(stderr).toBe(`sidedoor: ${line}\n`);
}

describe('stored Gmail tokens', () => {
  test('a refreshed token that cannot be saved: one line naming the file, exit 1, nothing drafted', async () => {
    const { config, file, env } = signedIn(-1000);
    beforeAnswer = () => {
      // The folder disappears under the command: the token cannot be written back.
      rmSync(config, { recursive: true });
      writeFileSync(config, 'not a folder');
    };
    const run = await sidedoor(draftArgs, { env });
    expect(tokenRequests).toBe(1);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^sidedoor: Could not save the refreshed Gmail token to ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(E[A-Z]+\\): run \`sidedoor gmail login\` again\\.\\n$`,
      ),
    );
    expect(gmail.drafts).toHaveLength(0);
  });

  test('a batch whose token is refreshed midway and cannot be saved stops with one line', async () => {
    // Valid for an hour, so not refreshed at the start; midway, after the third draft, Gmail stops
    // taking the old token (401), and the client refreshes it. Set by the drafts made, not by the
    // clock, so a slow start under load cannot move the refresh to before the first row.
    const { config, file, env } = signedIn(60 * 60_000);
    gmail.onCreate = (draft, res) => {
      if (gmail.drafts.length <= 3 || gmail.requests[gmail.requests.length - 1]!.authorization !== 'Bearer old-token')
        return false;
      gmail.drafts.splice(gmail.drafts.indexOf(draft), 1);
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 401, message: 'Invalid Credentials', status: 'UNAUTHENTICATED' } }));
      return true;
    };
    beforeAnswer = () => {
      rmSync(config, { recursive: true });
      writeFileSync(config, 'not a folder');
    };
    const dir = temp();
    const targets = join(dir, 'targets.csv');
    const header = 'manager.name,manager.email,company,role,hook,proof,offer';
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `Manager ${i},m${i}@acme.example,Acme,Payments Engineer,your team is rebuilding checkout,Cut latency by ${i + 10}%,bring the same playbook`,
    );
    writeFileSync(targets, `${[header, ...rows].join('\n')}\n`);
    const base = join(dir, 'me.json');
    writeFileSync(base, JSON.stringify({ sender: { name: 'Alex Rivera', email: 'alex@example.com' } }));
    const run = await sidedoor(
      ['batch', targets, '--kind', 'manager-pitch', '--base', base, '--gmail', '--rate', '4'],
      {
        env,
      },
    );
    expect(tokenRequests).toBe(1);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `sidedoor: Could not save the refreshed Gmail token to ${file} (${/\((E[A-Z]+)\)/.exec(run.stderr)?.[1]}): run \`sidedoor gmail login\` again.`,
    ]);
    // The three rows drafted before the refresh stay drafted; the batch stopped at it.
    expect(gmail.drafts.length).toBeGreaterThanOrEqual(3);
    expect(gmail.drafts.length).toBeLessThan(30);
    expect(gmail.requests.some((r) => r.authorization === 'Bearer refreshed-token')).toBe(gmail.drafts.length > 3);
    expect(run.stdout).toBe(
      `Created ${gmail.drafts.length}, already done 0, invalid 0, failed 0 (of 30 rows). Progress: ${targets}.state.jsonl\n`,
    );
  }, 30_000);

  test('a damaged token file: one line naming it, run login again', async () => {
    const { file, env } = signedIn(3_600_000);
    writeFileSync(file, '{"clientId": "client-1", ');
    const run = await sidedoor(draftArgs, { env });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, `${file} is damaged (not valid JSON): run \`sidedoor gmail login\` again.`);
    writeFileSync(file, '{"clientId": 5}');
    const wrong = await sidedoor(draftArgs, { env });
    expectOneLine(
      wrong.stderr,
      `${file} does not hold a Gmail sign-in sidedoor can use: run \`sidedoor gmail login\` again.`,
    );
  });

  test('an unreadable token file: one line naming it', async () => {
    const { file, env } = signedIn(3_600_000);
    rmSync(file);
    mkdirSync(file);
    const run = await sidedoor(draftArgs, { env });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, `${file} is not a file: run \`sidedoor gmail login\` again.`);
  });

  test('a token file others can read is refused, with the chmod that fixes it', async () => {
    const { file, env } = signedIn(3_600_000, 0o644);
    const run = await sidedoor(draftArgs, { env });
    expect(run.code).toBe(1);
    expectOneLine(
      run.stderr,
      `${file} can be read by other users (mode 644), and it holds your Gmail sign-in: run \`chmod 600 ${file}\`, then try again.`,
    );
    expect(gmail.requests).toHaveLength(0);
    chmodSync(file, 0o600);
    expect(await sidedoor(draftArgs, { env })).toMatchObject({ code: 0, stdout: 'Created Gmail draft r-1\n' });
  });
});

describe('sidedoor gmail login', () => {
  /** Starts a login, sends the browser back with `query(state)`, and says how it went. */
  async function login(config: string, query: (state: string) => string) {
    const child = spawn(process.execPath, [bin, 'gmail', 'login'], {
      env: {
        ...process.env,
        NO_COLOR: '1',
        SIDEDOOR_CONFIG_DIR: config,
        SIDEDOOR_GOOGLE_CLIENT_ID: 'client-1',
        SIDEDOOR_GOOGLE_CLIENT_SECRET: 'secret-1',
        SIDEDOOR_GOOGLE_TOKEN_URL: tokenUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const authUrl = await new Promise<URL>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const match = /https:\/\/\S+/.exec(out);
        if (match) resolve(new URL(match[0]));
      }),
    );
    const redirect = new URL(authUrl.searchParams.get('redirect_uri')!);
    const page = await new Promise<{ status: number; body: string }>((resolve) =>
      request(`${redirect.origin}/?${query(authUrl.searchParams.get('state')!)}`, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).end(),
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { page, code, stdout: out, stderr: err };
  }

  test('the right state but no code: the page and the terminal say so, exit 1', async () => {
    const result = await login(join(temp(), 'config'), (state) => `state=${state}`);
    expect(result.page).toEqual({
      status: 400,
      body: 'Google sent no sign-in code. Run `sidedoor gmail login` again in the terminal.',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'sidedoor: Google sent the browser back without a sign-in code: run `sidedoor gmail login` again.\n',
    );
    expect(tokenRequests).toBe(0);
  }, 30_000);

  test('an existing config folder keeps its mode; the token file is 0600', async () => {
    const config = join(temp(), 'config');
    mkdirSync(config, { mode: 0o750 });
    chmodSync(config, 0o750);
    const result = await login(config, (state) => `code=the-code&state=${state}`);
    expect(result.code).toBe(0);
    expect(statSync(config).mode & 0o777).toBe(0o750);
    expect(statSync(join(config, 'gmail.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(config, 'gmail.json'), 'utf8'))).toMatchObject({
      tokens: { access_token: 'refreshed-token' },
    });
  }, 30_000);
});
