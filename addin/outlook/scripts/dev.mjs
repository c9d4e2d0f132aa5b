// Serves dist/ on https://localhost:3000 with a certificate from office-addin-dev-certs (which
// creates and trusts a local development CA on first use), rebuilding first. Sideload
// manifest.xml in Outlook (docs/outlook.md).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createServer } from 'node:https';
import { join } from 'node:path';
import devCerts from 'office-addin-dev-certs';
import { root } from './manifest.mjs';
import { listenOnLoopback, staticFiles } from './static.mjs';

await import('./build.mjs');
const dist = join(root, 'dist');
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
try {
  await listenOnLoopback(() => createServer(options, staticFiles(dist)), port);
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use (another dev server?): stop it, or set PORT — the manifest expects 3000.`
      : `Could not start the dev server: ${error.message}`,
  );
  process.exit(1);
}
// Loopback only: Outlook on this machine reaches it as localhost; nothing else on the network can.
console.log(`sidedoor task pane on https://localhost:${port}/taskpane.html — sideload addin/outlook/manifest.xml`);
