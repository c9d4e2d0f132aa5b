// Serves dist/ on https://localhost:3000 with a certificate from office-addin-dev-certs (which
// creates and trusts a local development CA on first use), rebuilding first. Sideload
// manifest.xml in Outlook (docs/outlook.md).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import devCerts from 'office-addin-dev-certs';
import { root } from './manifest.mjs';

await import('./build.mjs');
const dist = join(root, 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};
let options;
try {
  options = await devCerts.getHttpsServerOptions();
} catch (error) {
  // Trusting the CA needs sudo on Linux; the certificates are generated before that step.
  const dir = join(homedir(), '.office-addin-dev-certs');
  if (!existsSync(join(dir, 'localhost.crt'))) throw error;
  console.warn(
    `Could not trust the development CA (${error.message.split('\n')[0]}).\nServing anyway: trust ${join(dir, 'ca.crt')} in your browser or system to avoid certificate warnings.`,
  );
  options = {
    ca: readFileSync(join(dir, 'ca.crt')),
    cert: readFileSync(join(dir, 'localhost.crt')),
    key: readFileSync(join(dir, 'localhost.key')),
  };
}
const port = Number(process.env.PORT ?? 3000);
createServer(options, (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'https://localhost').pathname).replace(/^\/+/, '') || 'taskpane.html';
  const file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  res
    .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    .end(readFileSync(file));
}).listen(port, () =>
  console.log(`sidedoor task pane on https://localhost:${port}/taskpane.html — sideload addin/outlook/manifest.xml`),
);
