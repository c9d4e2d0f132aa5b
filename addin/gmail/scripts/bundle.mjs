// Writes the folder to deploy (default deploy/, or the folder given as the first argument): the
// built server and function, and a package.json with only their runtime dependencies. Nothing
// else: no sources, no tests, no saved details. Hand it to `gcloud run deploy --source`
// (docs/gmail.md).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import('./build.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(process.argv[2] ?? join(root, 'deploy'));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
for (const file of ['main.js', 'main.js.map', 'index.js', 'index.js.map'])
  cpSync(join(root, 'dist', file), join(out, 'dist', file));
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify(
    {
      name: 'sidedoor-gmail-addon',
      version: pkg.version,
      private: true,
      type: 'module',
      engines: { node: '>=20' },
      main: 'dist/main.js',
      scripts: { start: 'node dist/main.js' },
      dependencies: pkg.dependencies,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${out}`);
