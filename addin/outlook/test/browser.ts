// What the browser tests share: dist/ served on loopback, Debian's Chromium, office.js answered by
// the fake (test/fake-office.js), and axe-core run in the page.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumOptions, staticFiles } from '../scripts/static.mjs';

export const root = join(__dirname, '..');
export const dist = join(root, 'dist');
export const artifacts = join(root, '..', '..', '.artifacts');

/** The fake compose window's starting state (see fake-office.js); `host: null` is a plain browser. */
export interface FakeOffice {
  host: 'Outlook' | null;
  bodyType?: 'html' | 'text';
  body?: string;
  subject?: string;
  to?: { displayName: string; emailAddress: string }[];
  settings?: Record<string, unknown>;
  /** The message's custom properties. */
  custom?: Record<string, unknown>;
  /** Make roaming settings' saveAsync fail. */
  failSave?: boolean;
  /** The context the pane is opened with (a Smart Alert's contextData). */
  context?: string;
  /** Highest Mailbox requirement set the fake supports (1.14 unless told). */
  mailbox?: number;
  /** A received message open in read mode (its body is `body`). */
  read?: { subject: string; from?: { displayName: string; emailAddress: string } };
  /** Make displayNewMessageFormAsync fail. */
  failOpen?: boolean;
  /** The body's selection, [start, end) in `body` (equal: the cursor; unless told, at the end); `null`: the cursor was never in the body. */
  selection?: [number, number] | null;
}

/** A page with what its test saw go wrong: uncaught errors and console errors. */
export type TestPage = Page & { errors: string[] };

/** A served dist/ and a browser, started before and stopped after the file's tests. */
export function browserSuite(): {
  /**
   * Opens `path` of dist/ with the fake office.js; `prepare` runs before the page is loaded (to
   * route or watch its requests).
   */
  open: (
    path: string,
    office: FakeOffice,
    size?: { width: number; height: number },
    prepare?: (page: Page) => unknown,
  ) => Promise<TestPage>;
  origin: () => string;
} {
  let server: Server;
  let origin = '';
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(join(dist, 'taskpane.js'))) throw new Error('addin/outlook/dist is missing: run pnpm build');
    server = createServer(staticFiles(dist));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumOptions);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  const fake = readFileSync(join(__dirname, 'fake-office.js'), 'utf8');
  return {
    origin: () => origin,
    async open(path, office, size = { width: 320, height: 570 }, prepare) {
      const context = await browser.newContext({ viewport: size });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = (await context.newPage()) as TestPage;
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `window.__office = ${JSON.stringify(office)};\n${fake}`,
        }),
      );
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => (m.type() === 'error' ? page.errors.push(m.text()) : undefined));
      await prepare?.(page);
      await page.goto(`${origin}/${path}`);
      return page;
    },
  };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.1 A/AA and best practice). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Calls the fake recorded, by name. */
export async function calls(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
}

/** What the fake compose window holds. */
export interface FakeState {
  body: string;
  subject: string;
  to: unknown[];
  settings: Record<string, unknown>;
  custom: Record<string, unknown>;
  selection: [number, number] | null;
  /** The new-message forms opened (read mode), as passed to Outlook. */
  opened: { toRecipients?: string[]; subject?: string; htmlBody?: string }[];
}

/** The fake compose window's state now. */
export async function state(page: Page): Promise<FakeState> {
  return page.evaluate(() => (window as unknown as { __state: FakeState }).__state);
}

/** Whether an element's box lies within the viewport (and is not empty). */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (node) => {
    const r = node.getBoundingClientRect();
    return (
      r.height > 0 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight + 0.5 &&
      r.left >= 0 &&
      r.right <= window.innerWidth + 0.5
    );
  });
}

/**
 * A plain-text message as Outlook on the web writes it in HTML: a style sheet, and each paragraph
 * a div with inline styles, blank lines as empty divs. Checking this HTML instead of its text
 * would count the markup as words (inspired by the markup of a message composed in
 * https://outlook.office.com).
 */
export function outlookHtml(text: string): string {
  const style =
    'font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
  const paragraphs = text
    .split('\n\n')
    .map((p) => `<div class="elementToProof" style="${style}">${escape(p).replace(/\n/g, '<br>')}</div>`);
  return `<html><head><style>p.MsoNormal{margin:0cm;font-family:"Aptos",sans-serif}</style></head><body>${paragraphs.join('<div><br></div>')}</body></html>`;
}

/**
 * Whether an element is in view inside its scroll container (`box`, e.g. the draft panel's
 * scrolling body) and that part of the box is within the viewport: what the user can see.
 */
export async function visibleIn(page: Page, selector: string, box: string): Promise<boolean> {
  return page.evaluate(
    (args) => {
      const node = document.querySelector(args[0]!);
      const container = document.querySelector(args[1]!);
      if (node === null || container === null || !container.contains(node)) return false;
      const r = node.getBoundingClientRect();
      const c = container.getBoundingClientRect();
      const top = Math.max(c.top, 0);
      const bottom = Math.min(c.bottom, window.innerHeight);
      return (
        r.height > 0 &&
        r.top >= top - 0.5 &&
        r.bottom <= bottom + 0.5 &&
        r.left >= c.left - 0.5 &&
        r.right <= c.right + 0.5
      );
    },
    [selector, box],
  );
}
