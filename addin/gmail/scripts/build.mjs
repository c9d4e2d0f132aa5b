// Builds dist/: main.js, the add-on's own server (what `start` and the deploy folder run);
// index.js, the same handler as a function for functions-framework; lib.js, every part for the
// bench. Each is one ESM file with @sidedoor/core bundled in; the framework, the database drivers,
// the auth library and the HTML-to-text converter (loaded only for HTML-only letters) stay imports.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (tests that run the built code without racing other builds);
// DIR must sit below addin/gmail so the external imports resolve from its node_modules.
const at = process.argv.indexOf('--outdir');
const outdir = at === -1 ? join(root, 'dist') : resolve(process.argv[at + 1]);
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: join(root, 'src', 'main.ts'),
    index: join(root, 'src', 'index.ts'),
    lib: join(root, 'src', 'lib.ts'),
  },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Minified: less to parse at a cold start.
  minify: true,
  sourcemap: true,
  conditions: ['@sidedoor/source'],
  external: ['@google-cloud/functions-framework', 'better-sqlite3', 'google-auth-library', 'html-to-text', 'pg'],
  logLevel: 'warning',
});
if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(at === -1 ? 'built addin/gmail/dist/' : `built ${outdir}`);
