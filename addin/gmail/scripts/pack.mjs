// Writes deploy/: the built function and a package.json with only its runtime dependencies, the
// folder to hand to `gcloud run deploy --source` (see docs/gmail.md).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import('./build.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'deploy');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
cpSync(join(root, 'dist'), join(out, 'dist'), { recursive: true });
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify(
    {
      name: 'sidedoor-gmail-addon',
      private: true,
      type: 'module',
      engines: { node: '>=20' },
      main: 'dist/index.js',
      scripts: { start: 'functions-framework --target=sidedoor --source=dist/index.js' },
      dependencies: pkg.dependencies,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${out}`);
