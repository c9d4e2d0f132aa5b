import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { endpointUrl, event, hosts, publicPem, serviceAccount, systemToken } from './helpers';

const MB = 1024 * 1024;
const LIMIT = 256 * 1024;
const repo = join(__dirname, '..', '..', '..');

/** The server's resident memory now and at its peak (VmHWM), in MB, from /proc. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)![1]) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * Sends up to `total` bytes of a JSON-looking body, 1 MB at a time, with a declared length or
 * chunked, and stops at the answer. Resolves with the status, the time to the answer and how
 * much was sent by then.
 */
function send(
  url: string,
  total: number,
  options: { authorization?: string; declare: boolean },
): Promise<{ status: number; ms: number; sentMb: number; body: string }> {
  const chunk = Buffer.alloc(MB, 'x');
  chunk.write('{"a":"', 0);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let sent = 0;
    let answered = false;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.declare ? { 'content-length': String(total) } : {}),
        ...(options.authorization === undefined ? {} : { authorization: options.authorization }),
      },
    });
    req.on('response', (res) => {
      answered = true;
      const ms = performance.now() - start;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, ms, sentMb: sent / MB, body });
        req.destroy();
      });
    });
    // Once answered, the server closes the connection: a failing write after that is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function child(host: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(
    process.execPath,
    ['--conditions=@sidedoor/source', '--import', 'tsx', join(__dirname, 'fixtures', 'body-server.ts'), host],
    {
      cwd: repo,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        ENDPOINT_URL: endpointUrl,
        SERVICE_ACCOUNT_EMAIL: serviceAccount,
        OAUTH_CLIENT_ID: 'test-client',
        MAX_BODY_BYTES: String(LIMIT),
        TEST_PUBLIC_KEY: publicPem(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      const match = /^ready (\S+)/m.exec(d.toString());
      if (match) resolve(match[1]!);
    });
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { proc, url };
}

describe.each(hosts)('a 200 MB body (%s, server in a child process)', (host) => {
  let server: Awaited<ReturnType<typeof child>>;
  let before: number;
  beforeAll(async () => {
    server = await child(host);
    before = memory(server.proc.pid!).rss;
  }, 30_000);
  afterAll(() => {
    server.proc.kill();
  });

  test.each([
    ['without a token, length declared', undefined, true, 401, 'unauthenticated'],
    ['without a token, chunked', undefined, false, 401, 'unauthenticated'],
    ['with a valid token, length declared', `Bearer ${systemToken()}`, true, 413, 'too_large'],
    ['with a valid token, chunked', `Bearer ${systemToken()}`, false, 413, 'too_large'],
  ])(
    '%s: answered without reading it, and the memory stays flat',
    async (_case, authorization, declare, status, code) => {
      const answer = await send(server.url, 200 * MB, { declare, ...(authorization ? { authorization } : {}) });
      expect(answer.status).toBe(status);
      expect(JSON.parse(answer.body)).toEqual({ error: { code, message: expect.any(String) as string } });
      // The answer came long before the body could have been sent.
      expect(answer.sentMb).toBeLessThan(200);
      const { peak } = memory(server.proc.pid!);
      // Buffering the body would cost 200 MB or more (1.5 GB under the framework before).
      expect(peak - before).toBeLessThan(40);
    },
    30_000,
  );

  test('a valid request is still served after them', async () => {
    const body = JSON.stringify(event());
    const answer = await new Promise<number>((resolve, reject) => {
      const req = http.request(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${systemToken()}` },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(answer).toBe(200);
  });
});
