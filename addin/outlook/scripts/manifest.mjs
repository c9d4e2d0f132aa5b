// Renders manifest/manifest.template.xml for an origin: https://localhost:3000 for development
// (addin/outlook/manifest.xml), the deployment's origin for production (dist/manifest.xml).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_ORIGIN = 'https://localhost:3000';

/** The manifest for `origin` (an https origin, no trailing slash). */
export function manifest(origin) {
  if (!/^https:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(origin))
    throw new Error(
      `SIDEDOOR_OUTLOOK_ORIGIN must be an https origin like https://sidedoor.example.com, found "${origin}".`,
    );
  return readFileSync(join(root, 'manifest', 'manifest.template.xml'), 'utf8').replaceAll('{{ORIGIN}}', origin);
}
