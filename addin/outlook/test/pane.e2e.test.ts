import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumOptions, staticFiles } from '../scripts/static.mjs';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const artifacts = join(root, '..', '..', '.artifacts');
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(dist, 'taskpane.js'))) throw new Error('addin/outlook/dist is missing: run pnpm build');
  server = createServer(staticFiles(dist));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumOptions);
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A 320-px pane with office.js answered by the fake (Outlook or no host). */
async function open(mode: string, office: Record<string, unknown> | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const fake = readFileSync(join(__dirname, 'fake-office.js'), 'utf8');
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__office = ${JSON.stringify(office ?? { host: null })};\n${fake}`,
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(`${origin}/taskpane.html?mode=${mode}`);
  await page.waitForSelector('#output');
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function fillPitch(page: Page): Promise<void> {
  await page.fill('#f-sender-name', 'Alex Rivera');
  await page.fill('#f-sender-email', 'alex@example.com');
  await page.fill('#f-manager-name', 'Sam Lee');
  await page.fill('#f-manager-email', 'sam.lee@acme.example');
  await page.fill('#f-company', 'Acme');
  await page.fill('#f-role', 'Payments Engineer');
  await page.fill('#f-hook', 'your team is rebuilding checkout ahead of the launch');
  await page.fill('#f-proof-0', 'Cut checkout latency by 40% at Globex');
  await page.fill('#f-offer', 'bring the same playbook to your checkout');
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

describe('the task pane in Outlook', () => {
  test('a user fills the form, sees the draft and findings, and inserts at the cursor', async () => {
    const page = await open('pitch', {
      host: 'Outlook',
      bodyType: 'html',
      body: '<p>My own words.</p>',
      subject: '',
      to: [],
    });
    await expect(page.textContent('#output')).resolves.toMatch(/Fill in the highlighted fields/);
    await expect(page.getAttribute('#f-sender-name', 'aria-invalid')).resolves.toBe('true');
    await fillPitch(page);
    await page.waitForSelector('.verdict.ok');
    const preview = await page.textContent('.preview');
    expect(preview).toMatch(/^Hi Sam,\n\nI /);
    // Findings point at words: a hedge typed into the hook is marked in the draft.
    await page.fill('#f-hook', 'your team is basically rebuilding checkout ahead of the launch');
    await page.waitForSelector('mark.warning');
    await expect(page.textContent('mark.warning')).resolves.toBe('basically');
    await expect(page.textContent('.findings')).resolves.toContain(
      'Expected confident wording, found a hedge ("basically").',
    );

    // Keystrokes: each live update is timed in the page.
    await page.evaluate(() => (window.sidedoorTimings.length = 0));
    await page.click('#f-offer');
    await page.keyboard.type(' before the launch', { delay: 5 });
    const timings = await page.evaluate(() => window.sidedoorTimings.slice());
    expect(timings.length).toBeGreaterThanOrEqual(15);
    writeFileSync(
      join(artifacts, 'outlook-keystroke.json'),
      JSON.stringify({ updates: timings.length, p95_ms: p95(timings), max_ms: Math.max(...timings) }),
    );

    await page.screenshot({ path: join(artifacts, 'outlook-pane.png'), fullPage: true });
    await page.click('#insert');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Inserted'));
    await expect(page.textContent('#status')).resolves.toBe('Inserted at the cursor. Subject set. To: Sam Lee.');
    const calls = (await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls)).map((c) => c[0]);
    expect(calls).toEqual([
      'body.getTypeAsync',
      'body.setSelectedDataAsync',
      'subject.getAsync',
      'subject.setAsync',
      'to.getAsync',
      'to.addAsync',
      'settings.set',
      'settings.saveAsync',
    ]);
    const inserted = (await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls[1]))!;
    expect(inserted[2]).toBe('html');
    expect(inserted[1]).toMatch(/^<p>Hi Sam,<\/p>\n<p>I /);
    const state = await page.evaluate(
      () => (window as unknown as { __state: { body: string; to: unknown[] } }).__state,
    );
    expect(state.body.startsWith('<p>My own words.</p><p>Hi Sam,</p>')).toBe(true);
    expect(state.to).toEqual([{ displayName: 'Sam Lee', emailAddress: 'sam.lee@acme.example' }]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  }, 60_000);

  test('existing subject and recipients are left alone and the recipient is offered', async () => {
    const page = await open('pitch', {
      host: 'Outlook',
      bodyType: 'text',
      body: 'Hello',
      subject: 'Mine',
      to: [{ displayName: 'Dana', emailAddress: 'dana@example.com' }],
    });
    await fillPitch(page);
    await page.waitForSelector('.verdict.ok');
    await page.click('#insert');
    await page.waitForSelector('#add-to');
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.map((c) => c[0])).not.toContain('subject.setAsync');
    expect(calls.map((c) => c[0])).not.toContain('to.addAsync');
    expect(calls.find((c) => c[0] === 'body.setSelectedDataAsync')![2]).toBe('text');
    await page.click('#add-to');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Added to To.');
  }, 60_000);

  test('Check my draft reads the message and shows its findings', async () => {
    const page = await open('check', {
      host: 'Outlook',
      bodyType: 'html',
      body: 'Hi Sam,\n\nI just wanted to ask about any openings.\n\nBest,\nAlex',
      subject: 'Hi',
      to: [],
    });
    await page.waitForSelector('.findings li');
    const text = await page.textContent('.findings');
    expect(text).toContain('Expected confident wording');
    expect(text).toContain('Expected a subject of 2–6 words');
    await page.screenshot({ path: join(artifacts, 'outlook-check.png'), fullPage: true });
  }, 60_000);
});

describe('the standalone page (no Office host)', () => {
  test('drafts, shows findings and copies the draft', async () => {
    const page = await open('pitch', null);
    expect(await page.$('#insert')).toBeNull();
    await fillPitch(page);
    await page.waitForSelector('.verdict.ok');
    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Hi Sam,\n\nI /);
    await page.screenshot({ path: join(artifacts, 'outlook-standalone.png'), fullPage: true });
    // Details are remembered for next time.
    const again = await page.context().newPage();
    await again.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.__office={host:null};' + readFileSync(join(__dirname, 'fake-office.js'), 'utf8'),
      }),
    );
    await again.goto(`${origin}/taskpane.html?mode=intro`);
    await again.waitForSelector('#output');
    await expect(again.inputValue('#f-sender-name')).resolves.toBe('Alex Rivera');
  }, 60_000);

  test('Check my draft works on pasted text', async () => {
    const page = await open('check', null);
    await page.fill('#f-subject', 'Checkout latency');
    await page.fill('#f-body', 'Hi Sam,\n\nThe recruiter unfairly rejected me.\n\nBest,\nAlex');
    await page.waitForSelector('.verdict.bad');
    await expect(page.textContent('.findings')).resolves.toContain('Expected a neutral word about the screening');
  }, 60_000);
});

afterAll(() => {
  // Keep one screenshot with the docs.
  const shot = join(artifacts, 'outlook-pane.png');
  if (existsSync(shot)) copyFileSync(shot, join(root, '..', '..', 'docs', 'outlook-pane.png'));
});
