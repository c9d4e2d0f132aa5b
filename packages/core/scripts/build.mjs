// Builds packages/core/dist: the shared package build for a platform-neutral ESM file (it runs
// in browsers too) and the type declarations. The precompiled templates are checked in and not
// rewritten here (so the test that they are fresh can fail): a stale file stops the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './compile-templates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (readFileSync(join(root, 'src', 'templates', 'compiled.ts'), 'utf8') !== generate()) {
  console.error(
    'src/templates/compiled.ts is out of date with src/templates/*.hbs: run `pnpm --filter @sidedoor/core templates`.',
  );
  process.exit(1);
}
execFileSync(process.execPath, [join(root, '..', '..', 'scripts', 'build-package.mjs'), '--platform=neutral'], {
  cwd: root,
  stdio: 'inherit',
});
