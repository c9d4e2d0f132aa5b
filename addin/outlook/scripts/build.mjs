// Builds dist/: the task pane (one minified module; office.js stays on Microsoft's CDN), its
// stylesheet, icons, and manifest.xml for SIDEDOOR_OUTLOOK_ORIGIN (default https://localhost:3000;
// an https origin or a folder of one, e.g. https://you.github.io/sidedoor).
// Also refreshes addin/outlook/manifest.xml, the development manifest.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { icon } from './icons.mjs';
import { DEV_ORIGIN, manifest, root, siteOf } from './manifest.mjs';

const address = process.env.SIDEDOOR_OUTLOOK_ORIGIN || DEV_ORIGIN;
try {
  siteOf(address);
} catch (error) {
  // A wrong address is the user's to fix: one line, no stack.
  console.error(error.message);
  process.exit(1);
}
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'main.ts')],
  outfile: join(dist, 'taskpane.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'safari15', 'edge100'],
  conditions: ['@sidedoor/source'],
  metafile: true,
  logLevel: 'warning',
});
copyFileSync(join(root, 'src', 'taskpane.html'), join(dist, 'taskpane.html'));
copyFileSync(join(root, 'src', 'taskpane.css'), join(dist, 'taskpane.css'));
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(dist, 'assets', `icon-${size}.png`), icon(size));
writeFileSync(join(dist, 'manifest.xml'), manifest(address));
writeFileSync(join(root, 'manifest.xml'), manifest(DEV_ORIGIN));
console.log(`built addin/outlook/dist for ${siteOf(address).base}`);
