import { request } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { bin, data, sidedoor, temp } from './helpers';
import { FakeGmail } from '../../mail/test/fake-gmail';

const me = { sender: { name: 'Alex Rivera', email: 'alex@example.com' }, tone: 'direct' };
const header = 'manager.name,manager.email,company,role,hook,proof,offer';
const row = (n: number) =>
  `Manager ${n},m${n}@acme.example,Acme,Payments Engineer,your team is rebuilding checkout,Cut latency by ${n + 10}%,bring the same playbook`;

function files(rows: string[]): { dir: string; targets: string; base: string } {
  const dir = temp();
  const targets = join(dir, 'targets.csv');
  writeFileSync(targets, `${[header, ...rows].join('\n')}\n`);
  const base = join(dir, 'me.json');
  writeFileSync(base, JSON.stringify(me));
  return { dir, targets, base };
}

describe('sidedoor batch', () => {
  test('should write .eml files, name invalid rows by file, row and field, and resume', async () => {
    const { dir, targets, base } = files([
      row(1),
      'Manager 2,nope,Acme,Engineer,a hook here,Cut costs 30%,help',
      row(3),
    ]);
    const out = join(dir, 'out');
    const first = await sidedoor(['batch', targets, '--kind', 'manager-pitch', '--base', base, '--eml-dir', out]);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(
      `${targets}:3: manager.email: Expected manager's email to be an email address like name@example.com, found "nope".\n`,
    );
    expect(first.stdout).toMatch(/^Created 2, already done 0, invalid 1, failed 0 \(of 3 rows\)\./);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.eml'))
        .sort(),
    ).toEqual(['0002-manager-1.eml', '0004-manager-3.eml']);
    const again = await sidedoor(['batch', targets, '--kind', 'manager-pitch', '--base', base, '--eml-dir', out]);
    expect(again.stdout).toMatch(/^Created 0, already done 2, invalid 1/);
  });

  test('should refuse to run without exactly one output', async () => {
    const { targets } = files([row(1)]);
    const run = await sidedoor(['batch', targets, '--kind', 'manager-pitch']);
    expect(run).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^sidedoor: Choose one output: --eml-dir DIR or --gmail\./) as string,
    });
  });
});

describe('sidedoor gmail', () => {
  const gmail = new FakeGmail();
  let rootUrl: string;
  let tokenServer: Server;
  let tokenUrl: string;
  const tokenRequests: string[] = [];
  beforeAll(async () => {
    rootUrl = await gmail.start();
    tokenServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        tokenRequests.push(body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: 'fresh-token',
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

  test('login should run the loopback flow with PKCE and store the token for the owner only; draft should then create a Gmail draft', async () => {
    const config = join(temp(), 'config');
    const env = {
      NO_COLOR: '1',
      SIDEDOOR_CONFIG_DIR: config,
      SIDEDOOR_GOOGLE_CLIENT_ID: 'client-1',
      SIDEDOOR_GOOGLE_CLIENT_SECRET: 'secret-1',
      SIDEDOOR_GOOGLE_TOKEN_URL: tokenUrl,
      SIDEDOOR_GMAIL_ROOT_URL: rootUrl,
    };
    const child = spawn(process.execPath, [bin, 'gmail', 'login'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const authUrl = await new Promise<URL>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const match = /https:\/\/\S+/.exec(out);
        if (match) resolve(new URL(match[0]));
      }),
    );
    expect(authUrl.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/gmail.compose');
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const redirect = new URL(authUrl.searchParams.get('redirect_uri')!);
    expect(redirect.hostname).toBe('127.0.0.1');
    // Google sends the browser back with a code; a wrong state is refused.
    const get = (query: string) =>
      new Promise<number>((resolve) =>
        request(`${redirect.origin}/?${query}`, (res) => resolve(res.statusCode ?? 0)).end(),
      );
    expect(await get('code=forged&state=wrong')).toBe(400);
    expect(await get(`code=the-code&state=${authUrl.searchParams.get('state')}`)).toBe(200);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(tokenRequests.at(-1)).toMatch(/code=the-code/);
    expect(tokenRequests.at(-1)).toMatch(/code_verifier=/);
    const stored = join(config, 'gmail.json');
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    expect(statSync(config).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(stored, 'utf8'))).toMatchObject({
      clientId: 'client-1',
      tokens: { access_token: 'fresh-token', refresh_token: 'refresh-1' },
    });

    const draft = await sidedoor(['gmail', 'draft', 'manager-pitch', '--in', join(data, 'pitch.json')], { env });
    expect(draft).toMatchObject({ code: 0, stdout: 'Created Gmail draft r-1\n' });
    expect(gmail.requests.at(-1)).toMatchObject({ method: 'POST', authorization: 'Bearer fresh-token' });
  }, 60_000);

  test('draft should ask to log in first', async () => {
    const run = await sidedoor(['gmail', 'draft', 'manager-pitch', '--in', join(data, 'pitch.json')]);
    expect(run).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^sidedoor: Not signed in to Gmail: run "sidedoor gmail login" first\./) as string,
    });
  });
});
