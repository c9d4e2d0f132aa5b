import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenOnLoopback, staticFiles } from '../scripts/static.mjs';

const dir = mkdtempSync(join(tmpdir(), 'sidedoor-static-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'taskpane.html'), '<!doctype html><title>pane</title>');
writeFileSync(join(dir, 'assets', 'icon-16.png'), 'png');

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));
const make = () => {
  const server = createServer(staticFiles(dir));
  servers.push(server);
  return server;
};

function get(host: string, port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host, port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .setTimeout(5000, function (this: ReturnType<typeof request>) {
        this.destroy(new Error(`no answer to GET ${path}`));
      })
      .end();
  });
}

describe('staticFiles', () => {
  let port: number;
  beforeAll(async () => {
    port = (await listenOnLoopback(make, 0))[0]!.port;
  });

  test('should serve files, and the pane at /', async () => {
    expect(await get('127.0.0.1', port, '/')).toEqual({ status: 200, body: '<!doctype html><title>pane</title>' });
    expect(await get('127.0.0.1', port, '/assets/icon-16.png')).toEqual({ status: 200, body: 'png' });
  });

  test('should answer 404 for a folder (GET /assets) and keep serving', async () => {
    for (const path of ['/assets', '/assets/', '/assets/./'])
      expect([path, (await get('127.0.0.1', port, path)).status]).toEqual([path, 404]);
    expect((await get('127.0.0.1', port, '/taskpane.html')).status).toBe(200);
  });

  test('should never serve outside its folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../etc/passwd', '/missing.js'])
      expect([path, (await get('127.0.0.1', port, path)).status]).toEqual([path, 404]);
  });
});

describe('listenOnLoopback', () => {
  test('should listen on loopback addresses only', async () => {
    const addresses = await listenOnLoopback(make, 0);
    expect(addresses.map((a) => a.address)).toEqual(expect.arrayContaining(['127.0.0.1']));
    for (const { address } of addresses) expect(['127.0.0.1', '::1']).toContain(address);
    const port = addresses[0]!.port;
    expect(new Set(addresses.map((a) => a.port))).toEqual(new Set([port]));
    expect((await get('localhost', port, '/')).status).toBe(200);
    // From this machine's other addresses, the port is closed.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i): i is NonNullable<typeof i> => i !== undefined && !i.internal && i.family === 'IPv4');
    for (const other of others) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: other.address, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect([other.address, refused]).toEqual([other.address, 'ECONNREFUSED']);
    }
  });

  test('should reject when the port is taken', async () => {
    const port = (await listenOnLoopback(make, 0))[0]!.port;
    await expect(listenOnLoopback(make, port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
