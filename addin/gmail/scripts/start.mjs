// Serves the add-on on PORT (default 8080) with functions-framework, after checking the
// configuration: a missing variable stops it with a message naming the variable.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) {
  await import('./build.mjs');
}
const { loadConfig, ConfigError } = await import(join(root, 'dist', 'config.js'));
try {
  loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`sidedoor add-on: ${error.message}\n`);
  process.exit(1);
}
// The framework's own command (its package exports do not list it).
const framework = join(dirname(createRequire(import.meta.url).resolve('@google-cloud/functions-framework')), 'main.js');
const child = spawn(
  process.execPath,
  [framework, '--target=sidedoor', `--source=${entry}`, '--signature-type=http', `--port=${process.env.PORT ?? 8080}`],
  {
    stdio: 'inherit',
    // Production mode: the framework's error pages (malformed JSON…) then carry no stack trace.
    env: { NODE_ENV: 'production', ...process.env },
  },
);
child.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
