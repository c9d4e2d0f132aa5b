// Builds dist/: the task pane (a small router, taskpane.js, and one module per mode in modes/, plus
// the on-demand modules in lazy/; office.js stays on Microsoft's CDN), its stylesheet, icons, the Check before Send handler (commands.js, one classic script for Outlook's
// event runtime, and commands.html), manifest.xml (the pane) and manifest.json with its app
// package sidedoor-outlook.zip (the pane and Check before Send) for SIDEDOOR_OUTLOOK_ORIGIN
// (default https://localhost:3000; an https origin or a folder of one, e.g.
// https://you.github.io/sidedoor). Also refreshes the development manifests beside this folder.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from '@swc/core';
import { build } from 'esbuild';
import { icon, outline } from './icons.mjs';
import { DEV_ORIGIN, manifest, root, siteOf } from './manifest.mjs';
import { unifiedManifest, zip } from './unified.mjs';

const address = process.env.SIDEDOOR_OUTLOOK_ORIGIN || DEV_ORIGIN;
try {
  siteOf(address);
} catch (error) {
  // A wrong address is the user's to fix: one line, no stack.
  console.error(error.message);
  process.exit(1);
}
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });
// What every bundle here shares: minified, resolved as for a browser, the core from source.
const common = {
  bundle: true,
  minify: true,
  platform: 'browser',
  conditions: ['@sidedoor/source'],
  // papaparse (the core's CSV reader) names Node's `stream` for its Node-only streaming mode.
  external: ['stream'],
  metafile: true,
  // The metafiles' paths relative to this package, wherever the build is started from.
  absWorkingDir: root,
  logLevel: 'warning',
};
// The pane's modules: ES2022 for the browsers Outlook's task panes run in.
const module = { ...common, format: 'esm', target: ['es2022', 'chrome100', 'safari15', 'edge100'] };

/**
 * Minifies a build's JavaScript again with swc, in place: esbuild minifies one statement at a time,
 * swc's compressor (three passes) also inlines and folds across them — 1.5 KB fewer gzip bytes
 * on the pitch module (bench/run.mjs prints the figures). Every browser test runs on this output.
 * `ecma` caps the syntax swc may write at what the build targets.
 */
async function minifyAgain(result, ecma) {
  for (const file of Object.keys(result.metafile.outputs)) {
    const path = join(root, file);
    const { code } = await minify(readFileSync(path, 'utf8'), {
      compress: { passes: 3 },
      mangle: true,
      module: ecma !== 2017,
      ecma,
    });
    writeFileSync(path, code);
  }
}

/** Builds `entryPoints` into `outdir`, minifies again, and writes the metafile as dist/<name>.meta.json. */
async function modules(name, entryPoints, outdir) {
  const result = await build({ ...module, entryPoints, outdir });
  await minifyAgain(result, 2022);
  writeFileSync(join(dist, `${name}.meta.json`), JSON.stringify(result.metafile));
}
// The router: reads the mode and imports its module (src/main.ts); none of the core.
await modules('taskpane', { taskpane: join(root, 'src', 'main.ts') }, dist);
// One module per mode, each built apart so each holds only what its mode runs (src/modes/), and
// the pane's on-demand modules (src/lazy.ts): the contacts picker (papaparse and the core's
// contacts ranking), loaded when the user opens it. (esbuild's code splitting would not do: the
// core's one index makes every chunk it re-exports part of each mode's start-up imports.)
const mode = (name) => join(root, 'src', 'modes', `${name}.ts`);
const modes = Object.fromEntries(['pitch', 'intro', 'check', 'read'].map((name) => [name, mode(name)]));
await modules('modes', modes, join(dist, 'modes'));
await modules('lazy', { contacts: join(root, 'src', 'contacts-view.ts') }, join(dist, 'lazy'));
// The event runtime: classic Outlook on Windows loads this file alone in a JavaScript-only
// runtime (no modules, no DOM), so it is one classic script, lowered to ES2017 to be safe there.
// Resolved as for a browser (libraries' browser builds), though it touches no DOM.
const commands = await build({
  ...common,
  entryPoints: [join(root, 'src', 'commands.ts')],
  outfile: join(dist, 'commands.js'),
  format: 'iife',
  target: ['es2017'],
});
await minifyAgain(commands, 2017);
writeFileSync(join(dist, 'commands.meta.json'), JSON.stringify(commands.metafile));
copyFileSync(join(root, 'src', 'commands.html'), join(dist, 'commands.html'));
copyFileSync(join(root, 'src', 'taskpane.html'), join(dist, 'taskpane.html'));
copyFileSync(join(root, 'src', 'taskpane.css'), join(dist, 'taskpane.css'));
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(dist, 'assets', `icon-${size}.png`), icon(size));
writeFileSync(join(dist, 'manifest.xml'), manifest(address));
writeFileSync(join(root, 'manifest.xml'), manifest(DEV_ORIGIN));
const unified = unifiedManifest(address);
writeFileSync(join(dist, 'manifest.json'), unified);
writeFileSync(join(root, 'manifest.json'), unifiedManifest(DEV_ORIGIN));
writeFileSync(
  join(dist, 'sidedoor-outlook.zip'),
  zip({ 'manifest.json': unified, 'assets/color.png': icon(192), 'assets/outline.png': outline() }),
);
console.log(`built addin/outlook/dist for ${siteOf(address).base}`);
