// Builds dist/sidedoor.js: the command in one ESM file with a shebang. Dependencies stay
// imports; the Gmail and MIME code is imported only by the commands that need it, so
// `sidedoor check` starts fast.
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'main.ts')],
  outdir: join(root, 'dist'),
  entryNames: 'sidedoor',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(join(root, 'dist', 'sidedoor.js'), 0o755);
console.log('built packages/cli/dist/sidedoor.js');
