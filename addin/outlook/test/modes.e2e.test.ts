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

  test('the read module: the rejection reader and the banner; no draft view, builder, template, check view, inference or picker', () => {
    const read = carried('modes', 'modes/read.js');
    expect(matching(read, /\bcore\/src\/rejection\/read-rejection\.ts$/)).toHaveLength(1);
    expect(matching(read, /\bsrc\/read-view\.ts$/)).toHaveLength(1);
    // The forms are the pitch and intro modules', imported on a click.
    expect(matching(read, DRAFT_VIEW)).toEqual([]);
    expect(matching(read, /\bsrc\/read-draft\.ts$/)).toEqual([]);
    expect(matching(read, BUILDERS)).toEqual([]);
    expect(matching(read, TEMPLATES)).toEqual([]);
    expect(matching(read, CHECK_VIEW)).toEqual([]);
    expect(matching(read, INFERENCE)).toEqual([]);
    expect(matching(read, /papaparse|\bsrc\/contacts-(?:view|button)\.ts$/)).toEqual([]);
    // Read mode's form, in each drafting module.
    for (const mode of ['pitch', 'intro'])
      expect(matching(carried('modes', `modes/${mode}.js`), /\bsrc\/read-draft\.ts$/)).toHaveLength(1);
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

  // The budget (docs/outlook.md); bench/run.mjs prints every mode's, and what read mode's clicks add.
  test.each(['pitch', 'intro', 'check', 'read'])(
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

describe('read mode: the banner first, each form loaded when its route is picked', () => {
  const letter: FakeOffice = {
    ...received,
    body: 'Thank you for applying for the Senior Payments Engineer role at Acme. We have decided to move forward with other candidates.',
  };
  const text = (page: Page, selector: string) => page.$eval(selector, (n) => n.textContent ?? '');
  const value = (page: Page, selector: string) => page.$eval(selector, (n) => (n as HTMLInputElement).value);
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  /** What was asked of office.js beyond reading the message and the saved settings: nothing. */
  const written = async (page: Page) =>
    (await calls(page))
      .map((c) => String(c[0]))
      .filter((c) => /set|add|prepend|display/i.test(c) && !c.startsWith('settings.'));

  /** Opens read mode on `office` and waits for the banner's routes, recording the scripts fetched. */
  async function openBanner(office: FakeOffice, refuse?: string): Promise<{ page: TestPage; seen: string[] }> {
    let seen: string[] = [];
    const page = await suite.open('taskpane.html?mode=read', office, undefined, async (p) => {
      seen = scriptsOf(p, suite.origin());
      if (refuse !== undefined) await p.route(`**/${refuse}`, (route) => route.abort('connectionrefused'));
    });
    await page.waitForSelector('#route-intro');
    await page.waitForLoadState('networkidle');
    return { page, seen };
  }

  test('start-up fetches taskpane.js and modes/read.js only, within 60 KB gzip, and shows the letter’s verdict', async () => {
    const { page, seen } = await openBanner(letter);
    expect(seen).toEqual(['taskpane.js', 'modes/read.js']);
    expect(gzipped(seen)).toBeLessThanOrEqual(60 * 1024);
    await expect(text(page, '#letter h2')).resolves.toBe('HR said no. Reach the hiring manager.');
    await expect(text(page, '#letter')).resolves.toMatch(/“move forward with other candidates”/);
    await expect(text(page, '#route-pitch')).resolves.toBe('Write to the hiring manager');
    await expect(page.getAttribute('#route-pitch', 'class')).resolves.toBe('primary');
    await expect(text(page, '#route-intro')).resolves.toBe('Ask someone who knows them');
    for (const route of ['#route-pitch', '#route-intro'])
      await expect(page.getAttribute(route, 'aria-pressed')).resolves.toBe('false');
    expect(await page.$('#output')).toBeNull();
    expect(await page.isVisible('#route-failed')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('each route fetches its module on the click and shows its form prefilled, with the letter’s words', async () => {
    const { page, seen } = await openBanner(letter);
    await page.click('#route-pitch');
    await page.waitForSelector('#output');
    expect(seen).toEqual(['taskpane.js', 'modes/read.js', 'modes/pitch.js']);
    await expect(value(page, '#f-company')).resolves.toBe('Acme');
    await expect(value(page, '#f-role')).resolves.toBe('Senior Payments Engineer');
    await expect(page.isChecked('#f-screenedOut')).resolves.toBe(true);
    await expect(text(page, '#f-company-from')).resolves.toMatch(/^From the letter: “.*Acme.*”$/);
    await expect(text(page, '#f-screenedOut-from')).resolves.toBe(
      'From the letter: “move forward with other candidates”',
    );
    // The banner sits above the form's first field; Open as new message is the main button.
    await expect(page.$eval('#letter', (n) => n.parentElement?.tagName)).resolves.toBe('FORM');
    await expect(page.getAttribute('#open-new', 'class')).resolves.toBe('primary');
    expect(await page.$('#insert')).toBeNull();
    await expect(page.getAttribute('#route-pitch', 'aria-pressed')).resolves.toBe('true');
    // Focus is on the first field left to fill in.
    const first = await focused(page);
    expect(first).toMatch(/^f-/);
    await expect(value(page, `#${first}`)).resolves.toBe('');
    await expect(page.getAttribute(`#${first}`, 'aria-required')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#f-manager-name', 'Sam Lee');
    await page.click('#route-intro');
    await page.waitForSelector('#who-connections');
    // The picker opens at once, so its code follows (as it does today).
    expect(seen).toEqual(['taskpane.js', 'modes/read.js', 'modes/pitch.js', 'modes/intro.js', 'lazy/contacts.js']);
    await expect(page.getAttribute('#route-intro', 'aria-pressed')).resolves.toBe('true');
    await expect(page.getAttribute('#route-pitch', 'aria-pressed')).resolves.toBe('false');
    await expect(value(page, '#f-manager-name')).resolves.toBe('Sam Lee');
    await expect(value(page, '#f-company')).resolves.toBe('Acme');
    await expect(text(page, '#f-company-from')).resolves.toMatch(/^From the letter: “.*Acme.*”$/);
    await expect(page.getAttribute('#who', 'aria-expanded')).resolves.toBe('true');
    expect(await page.$('#open-new')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // Back to the pitch: its module is already here, and what was typed is kept.
    await page.click('#route-pitch');
    await page.waitForSelector('#f-screenedOut');
    await expect(value(page, '#f-manager-name')).resolves.toBe('Sam Lee');
    expect(seen).toEqual(['taskpane.js', 'modes/read.js', 'modes/pitch.js', 'modes/intro.js', 'lazy/contacts.js']);
    expect(await written(page)).toEqual([]);
    expect((await state(page)).body).toBe(letter.body);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('the intro route first: its module alone, the picker open', async () => {
    const { page, seen } = await openBanner(letter);
    await page.click('#route-intro');
    await page.waitForSelector('#who-connections');
    expect(seen).toEqual(['taskpane.js', 'modes/read.js', 'modes/intro.js', 'lazy/contacts.js']);
    await expect(value(page, '#f-company')).resolves.toBe('Acme');
    await expect(text(page, '#who')).resolves.toBe('Who do I know at Acme?');
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('from the keyboard alone: Tab to a route, Enter or Space, and type where focus lands', async () => {
    const { page, seen } = await openBanner(letter);
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && (await focused(page)) !== id; i++) await page.keyboard.press('Tab');
      await expect(focused(page)).resolves.toBe(id);
    };
    await tabTo('route-pitch');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#output');
    const first = await focused(page);
    expect(first).toMatch(/^f-/);
    await page.keyboard.type('Sam Lee');
    await expect(value(page, `#${first}`)).resolves.toBe('Sam Lee');
    // The routes stay in the tab order, above the form.
    await tabTo('route-intro');
    await page.keyboard.press('Space');
    await page.waitForSelector('#who-connections');
    expect(seen).toEqual(['taskpane.js', 'modes/read.js', 'modes/pitch.js', 'modes/intro.js', 'lazy/contacts.js']);
    await expect(value(page, `#${first}`)).resolves.toBe('Sam Lee');
    // The intro route opens the picker: focus goes to its first field once it has loaded.
    await page.waitForFunction(() => document.activeElement?.id === 'who-company');
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('a letter that is not a rejection: said so, the same two routes, screened out off', async () => {
    const { page } = await openBanner({
      ...received,
      body: 'Thanks for applying. We would like to invite you to a call with the hiring team next week.',
    });
    await expect(text(page, '#letter h2')).resolves.toBe('This message does not read as a rejection');
    await expect(text(page, '#route-pitch')).resolves.toBe('Write to the hiring manager');
    await expect(text(page, '#route-intro')).resolves.toBe('Ask someone who knows them');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#route-pitch');
    await page.waitForSelector('#output');
    await expect(page.isChecked('#f-screenedOut')).resolves.toBe(false);
    expect(await page.$('#f-screenedOut-from')).toBeNull();
  }, 60_000);

  test.each(['pitch', 'intro'])(
    'a refused modes/%s.js: one line where the user clicked, the banner kept, the other route still works',
    async (route) => {
      const other = route === 'pitch' ? 'intro' : 'pitch';
      const { page } = await openBanner(letter, `modes/${route}.js`);
      await page.click(`#route-${route}`);
      await page.waitForSelector('#route-failed:not([hidden])');
      await expect(text(page, '#route-failed')).resolves.toBe(
        `sidedoor could not load: Failed to fetch dynamically imported module: ${suite.origin()}/modes/${route}.js. Close the pane and open it again.`,
      );
      await expect(page.getAttribute('#route-failed', 'role')).resolves.toBe('alert');
      // Right under the buttons, in the banner, which stays as it was.
      await expect(page.$eval('#route-failed', (n) => n.previousElementSibling?.className)).resolves.toBe('route');
      await expect(text(page, '#letter h2')).resolves.toBe('HR said no. Reach the hiring manager.');
      await expect(page.getAttribute(`#route-${route}`, 'aria-pressed')).resolves.toBe('false');
      expect(await page.$('#output')).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      expect(page.errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);

      await page.click(`#route-${other}`);
      await page.waitForSelector('#output');
      expect(await page.isVisible('#route-failed')).toBe(false);
      await expect(value(page, '#f-company')).resolves.toBe('Acme');
      expect(await written(page)).toEqual([]);
      expect((await state(page)).body).toBe(letter.body);
    },
    60_000,
  );
});
