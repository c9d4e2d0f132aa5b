// Serves the add-on from this checkout: rebuilds dist/ from the current sources first (about a
// second, so an edit is never served stale), then runs the add-on's own server (dist/main.js),
// which checks the environment and prints where it listens.
await import('./build.mjs');
await import('../dist/main.js');
