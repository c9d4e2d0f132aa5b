// Builds dist/index.js: the add-on's function for functions-framework and Cloud Run, in one ESM
// file with @sidedoor/core bundled in (the framework, SQLite's native module and the auth library
// stay imports), and dist/config.js, which the start script uses to check the environment first.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { index: join(root, 'src', 'index.ts'), config: join(root, 'src', 'config.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Minified: less to parse at a cold start.
  minify: true,
  sourcemap: true,
  conditions: ['@sidedoor/source'],
  external: ['@google-cloud/functions-framework', 'better-sqlite3', 'google-auth-library'],
  logLevel: 'warning',
});
console.log('built addin/gmail/dist/index.js');
