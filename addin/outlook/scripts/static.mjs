// What the dev server, the browser tests and the bench share: serving dist/ and starting
// Debian's Chromium headless.
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/**
 * A request handler serving the files of `dir` (taskpane.html for `/`), never outside it; a
 * folder, a missing file or an unreadable one is a 404.
 */
export function staticFiles(dir) {
  return (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '') || 'taskpane.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  };
}

/**
 * Starts `server` on `port` of the loopback interfaces only (127.0.0.1, and ::1 where the machine
 * has IPv6), so nothing else on the network can reach a development server. `makeServer` makes
 * one more server for ::1 (a server listens on one address). Resolves with the addresses.
 */
export async function listenOnLoopback(makeServer, port) {
  const listen = (server, host, at) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, host, () => {
        server.off('error', reject);
        resolve(server.address());
      });
    });
  const first = await listen(makeServer(), '127.0.0.1', port);
  const addresses = [first];
  const second = makeServer();
  try {
    addresses.push(await listen(second, '::1', first.port));
  } catch (error) {
    second.close();
    if (!['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(error.code)) throw error;
  }
  return addresses;
}

/** Launch options for Debian's Chromium, headless, with no calls to Google's services. */
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
