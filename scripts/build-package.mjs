// Builds the package in the current directory: src/index.ts bundled into one ESM file
// (dependencies left as imports) and the type declarations (tsconfig.build.json).
// `--platform=neutral` for packages that must also run in browsers (the core).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cwd = process.cwd();
const neutral = process.argv.includes('--platform=neutral');
rmSync(join(cwd, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(cwd, 'src', 'index.ts')],
  outfile: join(cwd, 'dist', 'index.js'),
  bundle: true,
  format: 'esm',
  platform: neutral ? 'neutral' : 'node',
  target: neutral ? 'es2022' : 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(cwd, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
console.log(`built ${cwd.slice(root.length + 1)}/dist`);
