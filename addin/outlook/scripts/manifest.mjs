// Renders manifest/manifest.template.xml for where the pane is served: https://localhost:3000 for
// development (addin/outlook/manifest.xml), the deployment's address for production
// (dist/manifest.xml) — an origin, or a folder of one such as a GitHub Pages project site.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Reads where the pane is served: `{ base, origin }`, `base` without a trailing slash. Throws an
 * Error with a one-line message for anything but an https address without query or fragment.
 */
export function siteOf(address, name = 'SIDEDOOR_OUTLOOK_ORIGIN') {
  const example = 'like https://sidedoor.example.com or https://you.github.io/sidedoor';
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`${name} must be an https address ${example}, found "${address}".`);
  }
  if (url.protocol === 'http:')
    throw new Error(`${name} must use https, found "${address}": Outlook loads add-ins only over HTTPS.`);
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash || address.includes('?'))
    throw new Error(`${name} must be an https address ${example}, without a query or #, found "${address}".`);
  let path = url.pathname;
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (!/^[\w.~%/-]*$/.test(path)) throw new Error(`${name} has characters a URL path should not have: "${address}".`);
  return { base: `${url.origin}${path}`, origin: url.origin };
}

/** The manifest for the pane served at `address` (see {@link siteOf}). */
export function manifest(address) {
  const { base, origin } = siteOf(address);
  return readFileSync(join(root, 'manifest', 'manifest.template.xml'), 'utf8')
    .replaceAll('{{APP_DOMAIN}}', origin)
    .replaceAll('{{ORIGIN}}', base);
}
