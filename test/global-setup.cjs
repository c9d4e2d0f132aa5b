// Before any test: build each package whose dist is missing or older than its sources (a fresh
// clone, or sources edited since the last build), once, so tests that run the built code (the CLI,
// the CSP check, the pane in Chromium) never race each other building it, nor test stale code.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** The newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

module.exports = function globalSetup() {
  const root = join(__dirname, '..');
  const pkg = (name) => join(root, 'packages', name);
  // [folder, build script, the file it writes, source folders it is built from]
  const steps = [
    [pkg('core'), join(pkg('core'), 'scripts', 'build.mjs'), 'index.js', ['core']],
    [pkg('mail'), join(root, 'scripts', 'build-package.mjs'), 'index.js', ['mail']],
    [pkg('cli'), join(pkg('cli'), 'scripts', 'build.mjs'), 'sidedoor.js', ['core', 'mail', 'cli']],
    [join(root, 'addin', 'outlook'), join(root, 'addin', 'outlook', 'scripts', 'build.mjs'), 'taskpane.js', ['core']],
  ];
  for (const [cwd, script, file, sources] of steps) {
    const built = join(cwd, 'dist', file);
    const inputs = sources.map((name) => join(pkg(name), 'src'));
    if (cwd.endsWith('outlook')) inputs.push(join(cwd, 'src'));
    const stale = !existsSync(built) || Math.max(...inputs.map(newest)) > statSync(built).mtimeMs;
    if (!stale) continue;
    try {
      execFileSync(process.execPath, [script], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      // The build's own words (e.g. "compiled.ts is out of date … run …"), not a stack of ours.
      throw new Error(`Building ${cwd} failed: ${String(error.stderr || error.message).trim()}`, { cause: error });
    }
  }
};
