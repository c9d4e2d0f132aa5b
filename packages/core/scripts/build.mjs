// Builds packages/core/dist: the templates precompiled, then the shared package build for a
// platform-neutral ESM file (it runs in browsers too) and the type declarations.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './compile-templates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'src', 'templates', 'compiled.ts'), generate());
execFileSync(process.execPath, [join(root, '..', '..', 'scripts', 'build-package.mjs'), '--platform=neutral'], {
  cwd: root,
  stdio: 'inherit',
});
