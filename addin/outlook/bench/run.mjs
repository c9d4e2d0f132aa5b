// Outlook pane figures: the JavaScript each of the pane's modes loads before the user can act
// (everything but office.js: the router taskpane.js and the mode's module), what read mode's
// route buttons add on a click, the modules loaded on demand and the Check before Send handler, minified and gzipped (level 9), and the time of a live
// update per keystroke in Chromium (performance.now() around each update, 200 keystrokes), on a
// half-filled form and on a complete one, 95th percentile; on the half-filled form also the
// stand-in previews' drawing.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumOptions, staticFiles } from '../scripts/static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const line = (name, figures) =>
  console.log(
    `${name} ${Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
/** The minified and gzipped sizes of dist/ files, summed, in KB. */
const sizes = (...files) => {
  const bytes = files.map((file) => readFileSync(join(dist, file)));
  const total = (measure) => (bytes.reduce((sum, b) => sum + measure(b), 0) / 1024).toFixed(1);
  return { min_kb: total((b) => b.length), gzip_kb: total((b) => gzipSync(b, { level: 9 }).length) };
};

// Each mode is its own page load: the router, then the mode's module (src/main.ts).
line('outlook.bundle_router', sizes('taskpane.js'));
for (const mode of ['pitch', 'intro', 'check', 'read'])
  line('outlook.bundle', { mode, ...sizes('taskpane.js', `modes/${mode}.js`) });
// Read mode starts with the letter's banner alone (the line above); the click on a route loads
// that route's drafting module (src/read-view.ts): what each click adds, and the total after it
// (the intro route also opens the contacts picker, lazy/contacts.js, below).
for (const route of ['pitch', 'intro'])
  line('outlook.read_click', {
    route,
    added_gzip_kb: sizes(`modes/${route}.js`).gzip_kb,
    total_gzip_kb: sizes('taskpane.js', 'modes/read.js', `modes/${route}.js`).gzip_kb,
  });

// Loaded only when opened (src/lazy.ts): the contacts picker.
line('outlook.lazy_contacts', sizes('lazy/contacts.js'));
line('outlook.send_check_bundle', sizes('commands.js'));

const server = createServer(staticFiles(dist));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch(chromiumOptions);
const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
const fake = readFileSync(join(root, 'test', 'fake-office.js'), 'utf8');
await page.route('https://appsforoffice.microsoft.com/**', (route) =>
  route.fulfill({
    contentType: 'text/javascript',
    body: `window.__office={host:'Outlook',bodyType:'html',body:'',subject:'',to:[]};${fake}`,
  }),
);
await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html?mode=pitch`);
await page.waitForSelector('#output');
const fill = {
  '#f-sender-name': 'Alex Rivera',
  '#f-sender-email': 'alex@example.com',
  '#f-manager-name': 'Sam Lee',
  '#f-company': 'Acme',
  '#f-role': 'Payments Engineer',
  '#f-hook': 'your team is rebuilding checkout',
  '#f-proof-0': 'Cut checkout latency by 40% at Globex',
  '#f-offer': 'bring the same playbook',
};
const percentiles = (values) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return {
    p50_ms: sorted[Math.floor(sorted.length / 2)].toFixed(2),
    p95_ms: sorted[Math.floor(sorted.length * 0.95)].toFixed(2),
    max_ms: sorted.at(-1).toFixed(2),
  };
};
/**
 * Types 200 characters into `selector` and prints the update times' percentiles as `name`, and,
 * while fields are missing, those of the stand-in previews drawn after the keystrokes.
 */
async function keystrokes(name, selector) {
  await page.evaluate(() => {
    window.sidedoorTimings.length = 0;
    window.sidedoorPreviewTimings.length = 0;
  });
  await page.click(selector);
  await page.keyboard.type(' to your checkout before the launch in Germany, with the team, '.repeat(4).slice(0, 200), {
    delay: 2,
  });
  await page.waitForTimeout(50);
  const [timings, previews] = await page.evaluate(() => [
    window.sidedoorTimings.slice(),
    window.sidedoorPreviewTimings.slice(),
  ]);
  line(name, { updates: timings.length, ...percentiles(timings) });
  if (previews.length > 0) line(`${name}.preview`, { drawn: previews.length, ...percentiles(previews) });
}
// A half-filled form first: each keystroke validates the form; the preview, a draft with stand-ins
// for the missing fields, is drawn after it (for the latest values when keystrokes queue up).
await page.fill('#f-manager-name', fill['#f-manager-name']);
await keystrokes('outlook.keystroke_incomplete', '#f-hook');
for (const [selector, value] of Object.entries(fill)) await page.fill(selector, value);
await keystrokes('outlook.keystroke', '#f-offer');
await browser.close();
server.close();
