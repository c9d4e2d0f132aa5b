// Before any test: build the packages whose dist is missing (a fresh clone), once, so tests that
// run the built code (the CLI, the CSP check) never race each other building it.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = function globalSetup() {
  const root = join(__dirname, '..');
  const steps = [
    ['core', join(root, 'packages', 'core', 'scripts', 'build.mjs'), 'index.js'],
    ['mail', join(root, 'scripts', 'build-package.mjs'), 'index.js'],
    ['cli', join(root, 'packages', 'cli', 'scripts', 'build.mjs'), 'sidedoor.js'],
    ['../addin/outlook', join(root, 'addin', 'outlook', 'scripts', 'build.mjs'), 'taskpane.js'],
  ];
  for (const [name, script, file] of steps) {
    const cwd = join(root, 'packages', name);
    if (!existsSync(join(cwd, 'dist', file))) execFileSync(process.execPath, [script], { cwd, stdio: 'ignore' });
  }
};
