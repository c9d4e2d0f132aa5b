#!/usr/bin/env node
// `npx sidedoor …` (or `npm run sidedoor -- …`) in this repository: runs the CLI from source, with
// the packages resolved to their TypeScript, so edits show without a build. Only the CLI's own
// output is printed; its exit code is ours.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const child = spawn(
  process.execPath,
  [
    '--conditions=@sidedoor/source',
    '--import',
    import.meta.resolve('tsx'),
    join(root, 'packages', 'cli', 'src', 'main.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
// Ctrl-C in a terminal reaches the CLI too (one process group): let it finish what it prints.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
