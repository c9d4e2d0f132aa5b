// The pane's modes as separate page loads: taskpane.js is a router that loads one module per mode
// (dist/modes/*.js, each built apart). What each module holds (from esbuild's metafiles), what
// Chromium fetches for each mode, and a module that fails to arrive, on the real built pane.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axeViolations, browserSuite, calls, dist, type FakeOffice, state, type TestPage } from './browser';

const suite = browserSuite();
const compose: FakeOffice = { host: 'Outlook', bodyType: 'html', body: '<p>My own words.</p>', subject: '', to: [] };
const received: FakeOffice = {
  host: 'Outlook',
  body: 'Thank you for applying. We have decided to move forward with other candidates.',
  read: { subject: 'Your application', from: { displayName: 'Dana Kim', emailAddress: 'dana.kim@acme.example' } },
};

type Meta = {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string }[] }>;
};
const meta = (name: string) => JSON.parse(readFileSync(join(dist, `${name}.meta.json`), 'utf8')) as Meta;

/** The source files whose code is in `output` (dist/…), as paths relative to the add-in. */
function carried(name: string, output: string): string[] {
  const file = meta(name).outputs[`dist/${output}`];
  if (file === undefined) throw new Error(`${name}.meta.json has no dist/${output}`);
  return Object.entries(file.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}
const matching = (files: string[], pattern: RegExp) => files.filter((f) => pattern.test(f));

// What each kind of code looks like in a metafile's paths.
const CHECK_VIEW = /\bsrc\/check-view\.ts$/;
/** Kind inference and the phrases only it reads. */
const INFERENCE = /\bcore\/src\/checks\/(?:infer|signs)\.ts$/;
const DRAFT_VIEW = /\bsrc\/draft-view\.ts$/;
const BUILDERS = /\bcore\/src\/builders\//;
const TEMPLATES = /\bcore\/src\/templates\//;
const SCHEMAS = /\bcore\/src\/schemas\//;
const ZOD = /\/node_modules\/zod\//;
const CONTACTS = /papaparse|\bcore\/src\/contacts\/|\bsrc\/contacts-view\.ts$/;
const REJECTION = /\bcore\/src\/rejection\/|\bsrc\/read-view\.ts$/;

describe('what each of the pane’s modules holds', () => {
  test('taskpane.js is the router alone: none of the core, no view', () => {
    expect(Object.keys(meta('taskpane').outputs)).toEqual(['dist/taskpane.js']);
    expect(carried('taskpane', 'taskpane.js')).toEqual(['src/main.ts']);
  });

  test('the modules built are one per mode and the contacts picker, nothing shared between them', () => {
    expect(Object.keys(meta('modes').outputs).sort()).toEqual([
      'dist/modes/check.js',
      'dist/modes/intro.js',
      'dist/modes/pitch.js',
      'dist/modes/read.js',
    ]);
    expect(Object.keys(meta('lazy').outputs)).toEqual(['dist/lazy/contacts.js']);
    // Self-contained: no module imports another (the router's and the picker's imports are made
    // at run time from a computed path, which esbuild leaves out of the bundle and the metafile).
    for (const name of ['taskpane', 'modes', 'lazy'])
      for (const [file, output] of Object.entries(meta(name).outputs))
        expect([file, output.imports]).toEqual([file, []]);
  });

  test.each([
    ['pitch', 'manager-pitch', 'intro-request'],
    ['intro', 'intro-request', 'manager-pitch'],
  ])(
    'the %s module: its builder and the draft view; no other builder, check view, inference, contacts or rejection code',
    (mode, own, other) => {
      const draft = carried('modes', `modes/${mode}.js`);
      expect(matching(draft, DRAFT_VIEW)).toHaveLength(1);
      expect(matching(draft, new RegExp(`\\bcore/src/builders/${own}\\.ts$`))).toHaveLength(1);
      expect(matching(draft, new RegExp(`\\bcore/src/builders/${other}\\.ts$`))).toEqual([]);
      expect(matching(draft, TEMPLATES).length).toBeGreaterThan(0);
      expect(matching(draft, CHECK_VIEW)).toEqual([]);
      expect(matching(draft, INFERENCE)).toEqual([]);
      expect(matching(draft, CONTACTS)).toEqual([]);
      expect(matching(draft, REJECTION)).toEqual([]);
      // The intro form's picker: only its button; the picker itself is lazy/contacts.js.
      expect(matching(draft, /\bsrc\/contacts-button\.ts$/)).toHaveLength(mode === 'intro' ? 1 : 0);
    },
  );

  test('the check module: check() with kind inference and the check view; no builders, schemas, templates or zod', () => {
    const check = carried('modes', 'modes/check.js');
    expect(matching(check, CHECK_VIEW)).toHaveLength(1);
    expect(matching(check, INFERENCE)).toHaveLength(2);
    expect(matching(check, /\bcore\/src\/checks\/check\.ts$/)).toHaveLength(1);
    expect(matching(check, DRAFT_VIEW)).toEqual([]);
    expect(matching(check, BUILDERS)).toEqual([]);
    expect(matching(check, SCHEMAS)).toEqual([]);
    expect(matching(check, TEMPLATES)).toEqual([]);
    expect(matching(check, ZOD)).toEqual([]);
    expect(matching(check, CONTACTS)).toEqual([]);
    expect(matching(check, REJECTION)).toEqual([]);
  });

  test('the read module: the rejection reader with the draft view and both builders; no check view, inference or picker', () => {
    const read = carried('modes', 'modes/read.js');
    expect(matching(read, /\bcore\/src\/rejection\/read-rejection\.ts$/)).toHaveLength(1);
    expect(matching(read, /\bsrc\/read-view\.ts$/)).toHaveLength(1);
    expect(matching(read, DRAFT_VIEW)).toHaveLength(1);
    expect(matching(read, /\bcore\/src\/builders\/(?:manager-pitch|intro-request)\.ts$/)).toHaveLength(2);
    expect(matching(read, CHECK_VIEW)).toEqual([]);
    expect(matching(read, INFERENCE)).toEqual([]);
    expect(matching(read, /papaparse|\bsrc\/contacts-view\.ts$/)).toEqual([]);
  });
});

/** The pane's own scripts the page fetched (dist/ paths), in the order asked for. */
function scriptsOf(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) seen.push(url.pathname.slice(1));
  });
  return seen;
}

/** Gzip (level 9) bytes of dist/ files, summed. */
const gzipped = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);

describe('each mode loads its own module', () => {
  const cases: [mode: string, module: string, office: FakeOffice, ready: string][] = [
    ['pitch', 'modes/pitch.js', compose, '#f-manager-name'],
    ['intro', 'modes/intro.js', compose, '#who'],
    ['check', 'modes/check.js', compose, '#check'],
    ['read', 'modes/read.js', received, '#letter h2'],
  ];
  test.each(cases)(
    '?mode=%s fetches taskpane.js and %s only, and works',
    async (mode, module, office, ready) => {
      let seen: string[] = [];
      const page = await suite.open(`taskpane.html?mode=${mode}`, office, undefined, (p) => {
        seen = scriptsOf(p, suite.origin());
      });
      await page.waitForSelector(ready);
      await page.waitForSelector('#output');
      expect(seen).toEqual(['taskpane.js', module]);
      // The nav marks the mode (read mode has no tab: its nav is hidden).
      await expect(
        page.$$eval('nav a[aria-current="page"]', (a) => a.map((n) => n.getAttribute('href'))),
      ).resolves.toEqual(mode === 'read' ? [] : [`?mode=${mode}`]);
      expect(page.errors).toEqual([]);
    },
    60_000,
  );

  test('the standalone page (no Office host) loads the same modules, by the nav’s links', async () => {
    let seen: string[] = [];
    const page = await suite.open('taskpane.html', { host: null }, undefined, (p) => {
      seen = scriptsOf(p, suite.origin());
    });
    await page.waitForSelector('#f-manager-name');
    expect(seen).toEqual(['taskpane.js', 'modes/pitch.js']);
    await expect(page.$eval('nav a[href="?mode=pitch"]', (a) => a.getAttribute('aria-current'))).resolves.toBe('page');
    await expect(page.evaluate(() => document.body.classList.contains('standalone'))).resolves.toBe(true);
    await page.click('nav a[href="?mode=check"]');
    await page.waitForSelector('#f-body');
    expect(seen).toEqual(['taskpane.js', 'modes/pitch.js', 'taskpane.js', 'modes/check.js']);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('from a folder of a site, every module is found beside taskpane.js', async () => {
    let seen: string[] = [];
    const page = await suite.open('site/folder/taskpane.html?mode=intro', compose, undefined, async (p) => {
      seen = scriptsOf(p, suite.origin());
      // dist/ as it would be deployed under https://…/site/folder/.
      await p.route('**/site/folder/**', (route) =>
        route.fulfill({ path: join(dist, new URL(route.request().url()).pathname.replace('/site/folder/', '')) }),
      );
    });
    await page.waitForSelector('#who');
    await page.click('#who');
    await page.waitForSelector('#who-connections');
    expect(seen).toEqual(['site/folder/taskpane.js', 'site/folder/modes/intro.js', 'site/folder/lazy/contacts.js']);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('a mode this version does not know opens the pitch form', async () => {
    let seen: string[] = [];
    const page = await suite.open('taskpane.html?mode=later', compose, undefined, (p) => {
      seen = scriptsOf(p, suite.origin());
    });
    await page.waitForSelector('#f-manager-name');
    expect(seen).toEqual(['taskpane.js', 'modes/pitch.js']);
    expect(await page.$$('nav a[aria-current]')).toHaveLength(0);
    expect(page.errors).toEqual([]);
  }, 60_000);

  // The budget of the compose window's modes (docs/outlook.md); bench/run.mjs prints every mode's.
  // Read mode, on a received message, is over it by the core's rejection reader (docs/outlook.md).
  test.each(['pitch', 'intro', 'check'])(
    '?mode=%s: the JavaScript loaded before the user can act is at most 60 KB gzip',
    (mode) => {
      expect(gzipped(['taskpane.js', `modes/${mode}.js`])).toBeLessThanOrEqual(60 * 1024);
    },
  );
});

describe('a mode module that does not arrive', () => {
  test.each([
    ['pitch', 'modes/pitch.js'],
    ['intro', 'modes/intro.js'],
    ['check', 'modes/check.js'],
    ['read', 'modes/read.js'],
  ])(
    '?mode=%s: one line in the pane says so, and the message is untouched',
    async (mode, module) => {
      const office = mode === 'read' ? received : compose;
      const page: TestPage = await suite.open(`taskpane.html?mode=${mode}`, office, undefined, (p) =>
        p.route(`**/${module}`, (route) => route.abort('connectionrefused')),
      );
      await page.waitForSelector('#app [role="alert"]');
      // Chromium's own words name the file.
      await expect(page.$eval('#app', (n) => (n as HTMLElement).innerText)).resolves.toBe(
        `sidedoor could not load: Failed to fetch dynamically imported module: ${suite.origin()}/${module}. Close the pane and open it again.`,
      );
      expect(await page.$$('#app > *')).toHaveLength(1);
      // The failure is the browser's own console line for the request, nothing thrown.
      expect(page.errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
      // office.js was only ever asked whether it is ready: nothing read, nothing written.
      expect(await calls(page)).toEqual([]);
      expect((await state(page)).body).toBe(office.body);
      expect(await axeViolations(page)).toEqual([]);
    },
    60_000,
  );

  test('a module that arrives but does not run: the line names it, without a stack', async () => {
    const page = await suite.open('taskpane.html?mode=check', compose, undefined, (p) =>
      p.route('**/modes/check.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'export function mount() {}\nexport const broken = ;' }),
      ),
    );
    await page.waitForSelector('#app [role="alert"]');
    const shown = await page.$eval('#app', (n) => (n as HTMLElement).innerText);
    expect(shown).toMatch(
      /^sidedoor could not load: [^\n]+ \(modes\/check\.js\)\. Close the pane and open it again\.$/,
    );
    expect(shown).not.toMatch(/\bat\s+\S+:\d+/);
    expect(await calls(page)).toEqual([]);
    expect((await state(page)).body).toBe(compose.body);
  }, 60_000);
});
