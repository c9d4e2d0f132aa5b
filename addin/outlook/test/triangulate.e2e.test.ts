// Issue 13 in the built pane, in Chromium with the fake office.js: "Who do I know at ‹company›?"
// over a made-up LinkedIn export (examples/data/linkedin), and read mode ("Reach the hiring
// manager") on a received rejection letter. Outlook itself is the fake here (test/fake-office.js).
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InputError, MAX_EXPORT_BYTES, parseConnections } from '@sidedoor/core';
import type { Page } from 'playwright-core';
import { artifacts, axeViolations, browserSuite, calls, dist, type FakeOffice, state, type TestPage } from './browser';

const suite = browserSuite();
const linkedin = join(__dirname, '..', '..', '..', 'examples', 'data', 'linkedin');
const connectionsCsv = join(linkedin, 'Connections.csv');
const messagesCsv = join(linkedin, 'messages.csv');
const compose: FakeOffice = { host: 'Outlook', bodyType: 'html', body: '<p>My own words.</p>', subject: '', to: [] };
const saved = { 'sidedoor.details': { name: 'Jordan Reyes', email: 'jordan.reyes@mail.example' } };
const shots = join(artifacts, 'outlook');
const scratch = mkdtempSync(join(tmpdir(), 'sidedoor-picker-'));

/** Every URL the page asked for, and every request that carried a body. */
function recordRequests(page: Page): { urls: string[]; bodies: string[] } {
  const seen = { urls: [] as string[], bodies: [] as string[] };
  page.on('request', (request) => {
    seen.urls.push(request.url());
    const body = request.postData();
    if (body !== null) seen.bodies.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

async function openIntro(office: FakeOffice = { ...compose, settings: saved }): Promise<TestPage> {
  const page = await suite.open('taskpane.html?mode=intro', office);
  await page.waitForSelector('#output');
  return page;
}

const text = (page: Page, selector: string) => page.$eval(selector, (n) => n.textContent ?? '');
const value = (page: Page, selector: string) => page.$eval(selector, (n) => (n as HTMLInputElement).value);
const names = (page: Page) => page.$$eval('#who-list .who-name strong', (n) => n.map((x) => x.textContent));

/** Opens the picker and gives it the export's files. */
async function pickFiles(page: Page, files: { connections?: string; messages?: string }): Promise<void> {
  if ((await page.getAttribute('#who', 'aria-expanded')) !== 'true') await page.click('#who');
  await page.waitForSelector('#who-connections');
  if (files.messages !== undefined) await page.setInputFiles('#who-messages', files.messages);
  if (files.connections !== undefined) await page.setInputFiles('#who-connections', files.connections);
}

describe('"Who do I know at ‹company›?" in the intro form', () => {
  test('the button names the company; the picker is loaded only when opened, and reads nothing before', async () => {
    const page = await suite.open('taskpane.html?mode=intro', { ...compose, settings: saved });
    const requests = recordRequests(page);
    await page.waitForSelector('#output');
    await expect(text(page, '#who')).resolves.toBe('Who do I know there?');
    await page.fill('#f-company', 'Acme');
    await expect(text(page, '#who')).resolves.toBe('Who do I know at Acme?');
    expect(requests.urls.filter((u) => u.includes('/lazy/'))).toEqual([]);
    await page.click('#who');
    await page.waitForSelector('#who-connections');
    expect(requests.urls.filter((u) => u.includes('/lazy/')).map((u) => new URL(u).pathname)).toEqual([
      '/lazy/contacts.js',
    ]);
    await expect(text(page, '#who-privacy')).resolves.toBe(
      'Your export is read here in the pane: never uploaded, and forgotten when the pane closes.',
    );
    await expect(value(page, '#who-company')).resolves.toBe('Acme');
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('ranks the export for the company, best first with reasons, and a pick fills the contact fields', async () => {
    const page = await openIntro();
    const requests = recordRequests(page);
    await page.fill('#f-manager-name', 'Sam Lee');
    await page.fill('#f-company', 'Acme');
    await page.fill('#f-role', 'Senior Payments Engineer');
    await pickFiles(page, { messages: messagesCsv, connections: connectionsCsv });
    await page.waitForSelector('#who-list li');
    await expect(text(page, '#who-status')).resolves.toBe(
      '9 people at Acme, best first. Ask one of the first two, not ten.',
    );
    const listed = await names(page);
    expect(listed.slice(0, 2)).toEqual(['Ana Souza', 'Ravi Patel']);
    expect(listed).toHaveLength(5);
    // Never by part of a name, and a formula is text, not Acme.
    await page.click('#who-all');
    const all = await names(page);
    expect(all).toHaveLength(9);
    for (const other of ['Bo Chen', 'Lea Martin', 'Cy Dee', 'Mo Haddad', 'Eve Mallory'])
      expect(all).not.toContain(other);
    const first = await page.$eval('#who-list li', (li) => ({
      recommended: li.querySelector('.chip')?.textContent,
      why: [...li.querySelectorAll('.why li')].map((p) => p.textContent),
    }));
    expect(first.recommended).toBe('Recommended');
    expect(first.why).toEqual([
      'Works at Acme (listed as "Acme, Inc.")',
      "Staff Software Engineer - Payments: senior in engineering, the manager's side, so likely works with Sam",
      'You wrote each other 3 times, last in September 2026',
      'Connected since March 2019',
      'Email: ana.souza@mail.example',
    ]);
    await expect(page.$eval('#who-list li:nth-child(2) .why', (n) => n.lastElementChild?.textContent)).resolves.toBe(
      'No email in the export: send a LinkedIn message',
    );
    await expect(page.$$eval('#who-list .chip', (n) => n.length)).resolves.toBe(2);

    await page.click('#who-pick-0');
    await expect(text(page, '#who-status')).resolves.toBe(
      `Filled in for Ana Souza: Contact's name, Contact's email, How you know the contact. "How you know the contact" is from the export: make it yours.`,
    );
    await expect(value(page, '#f-contact-name')).resolves.toBe('Ana Souza');
    await expect(value(page, '#f-contact-email')).resolves.toBe('ana.souza@mail.example');
    await expect(value(page, '#f-relationship')).resolves.toBe(
      'last wrote to each other on LinkedIn in September 2026',
    );
    await expect(value(page, '#f-help')).resolves.toBe('introduce');
    // The connection is the user's to confirm: offered, not filled.
    await expect(value(page, '#f-connection')).resolves.toBe('');
    await expect(text(page, '#who-next')).resolves.toMatch(
      /^"How the contact knows the manager" is yours to confirm: the export only says Ana works at Acme, not that they know Sam Lee\.Use "work at Acme with Sam"$/,
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('who-use');
    await page.click('#who-use');
    await expect(value(page, '#f-connection')).resolves.toBe('work at Acme with Sam');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-connection');
    // The draft follows.
    await expect(text(page, '#draft-body .preview')).resolves.toMatch(/^Hi Ana,/);

    // Someone without an address: the previous pick's address goes, the user's own words stay.
    await page.fill('#f-relationship', 'we worked together at Globex');
    await page.click('#who-pick-1');
    await expect(value(page, '#f-contact-name')).resolves.toBe('Ravi Patel');
    await expect(value(page, '#f-contact-email')).resolves.toBe('');
    await expect(value(page, '#f-relationship')).resolves.toBe('we worked together at Globex');
    await expect(text(page, '#who-status')).resolves.toMatch(/Kept what you wrote in "How you know the contact"\./);
    await page.screenshot({ path: join(shots, 'who-picked-320.png') });

    // Nothing left the page, and nothing of the export was stored.
    expect(requests.bodies).toEqual([]);
    expect(requests.urls.every((u) => u.startsWith(suite.origin()))).toBe(true);
    const stored = JSON.stringify([
      (await state(page)).settings,
      await page.evaluate(() => ({ ...localStorage })),
      await page.evaluate(() => ({ ...sessionStorage })),
    ]);
    for (const word of ['Ana', 'Ravi', 'Souza', 'linkedin']) expect(stored).not.toContain(word);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('a company no one works at says so; another company re-ranks without picking the files again', async () => {
    const page = await openIntro();
    await page.fill('#f-company', 'Fabrikam');
    await pickFiles(page, { connections: connectionsCsv });
    await page.waitForFunction(() => document.querySelector('#who-status')?.textContent?.startsWith('No one'));
    await expect(text(page, '#who-status')).resolves.toBe(
      'No one among your 19 connections works at Fabrikam (as their current employer).',
    );
    await page.fill('#who-company', 'Globex');
    await page.press('#who-company', 'Enter');
    await page.waitForSelector('#who-list li');
    await expect(names(page)).resolves.toEqual(['Priya Raman']);
    // The pick is at the company searched: the form follows, and the button names it.
    await page.click('#who-pick-0');
    await expect(value(page, '#f-company')).resolves.toBe('Globex');
    await expect(value(page, '#f-contact-name')).resolves.toBe('Priya Raman');
    await expect(text(page, '#who')).resolves.toBe('Who do I know at Globex?');
  }, 60_000);

  test('the manager themself, when in the export, is listed first to pitch, not to ask for an intro', async () => {
    const page = await openIntro();
    await page.fill('#f-manager-name', 'Ana Souza');
    await page.fill('#f-company', 'Acme');
    await pickFiles(page, { connections: connectionsCsv });
    await page.waitForSelector('#who-list li');
    expect((await names(page))[0]).toBe('Ana Souza');
    await expect(page.$eval('#who-list li .why li:nth-child(2)', (n) => n.textContent)).resolves.toMatch(
      /^Is Ana Souza, the hiring manager: write to them directly/,
    );
    expect(await page.$('#who-list li:first-child button')).toBeNull();
    expect(await page.$('#who-pick-1')).not.toBeNull();
  }, 60_000);

  test('bad files are refused in place, in the core’s words: broken CSV, another encoding, 50 MB', async () => {
    const page = await openIntro();
    await page.fill('#f-company', 'Acme');
    const broken = join(scratch, 'Connections-broken.csv');
    writeFileSync(
      broken,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,"Souza,https://x,,Acme,Eng,12 Mar 2019\n',
    );
    await pickFiles(page, { connections: broken });
    await page.waitForFunction(() => document.querySelector('#who-connections-error')?.textContent !== '');
    await expect(text(page, '#who-connections-error')).resolves.toMatch(/^Connections-broken\.csv: line 2: /);
    await expect(page.getAttribute('#who-connections', 'aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    const latin1 = join(scratch, 'Connections-latin1.csv');
    writeFileSync(latin1, Buffer.from('First Name,Last Name,Company\nZo\xeb,M\xfcller,Acm\xe9\n', 'latin1'));
    await page.setInputFiles('#who-connections', latin1);
    await page.waitForFunction(() =>
      /encoding/.test(document.querySelector('#who-connections-error')?.textContent ?? ''),
    );
    await expect(text(page, '#who-connections-error')).resolves.toBe(
      'Connections-latin1.csv: line 2: expected UTF-8 or UTF-16 text, found bytes in another encoding. Download the export again from LinkedIn, or save it as "CSV UTF-8".',
    );

    const huge = join(scratch, 'Connections-huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_EXPORT_BYTES);
    await page.setInputFiles('#who-connections', huge);
    await page.waitForFunction(() => /50 MB/.test(document.querySelector('#who-connections-error')?.textContent ?? ''));
    // Refused before reading, in the words the core uses for the same file.
    const core = (() => {
      try {
        parseConnections(new Uint8Array(MAX_EXPORT_BYTES), 'Connections-huge.csv');
      } catch (error) {
        return (error as InputError).issues[0]!.message;
      }
      return 'not refused';
    })();
    expect(core).toBe(
      'Connections-huge.csv: expected a LinkedIn export under 50 MB, found 50.0 MB. Use the Connections.csv or messages.csv file itself, not the whole archive.',
    );
    await expect(text(page, '#who-connections-error')).resolves.toBe(core);

    // A spreadsheet's "Unicode text" (UTF-16 with a mark) is read like the original; the error goes.
    const utf16 = join(scratch, 'Connections-utf16.csv');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(readFileSync(connectionsCsv, 'utf8').replace(/^\uFEFF/, ''), 'utf16le'),
      ]),
    );
    await page.setInputFiles('#who-connections', utf16);
    await page.waitForSelector('#who-list li');
    await expect(text(page, '#who-connections-error')).resolves.toBe('');
    expect(await page.getAttribute('#who-connections', 'aria-invalid')).toBeNull();
    await page.click('#who-all');
    await expect(names(page)).resolves.toContain('Zoë Müller');
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('the picker has no accessibility violations, open, listed and picked', async () => {
    const page = await openIntro();
    await page.fill('#f-company', 'Acme');
    await page.click('#who');
    await page.waitForSelector('#who-connections');
    expect(await axeViolations(page)).toEqual([]);
    await pickFiles(page, { connections: connectionsCsv, messages: messagesCsv });
    await page.waitForSelector('#who-list li');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#who-pick-0');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'who-list-320.png'), fullPage: true });
  }, 60_000);

  test('works from the keyboard alone: open the picker, choose the file, pick a person, confirm', async () => {
    const page = await openIntro();
    // Listening from the start: Playwright turns on catching the file chooser asynchronously.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    await page.fill('#f-company', 'Acme');
    await page.fill('#f-manager-name', 'Sam Lee');
    await page.focus('#f-sender-name').catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    /** Tabs until `id` has focus (at most 60 times). */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 60; i++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo('who');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#who-connections');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('who-company');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('who-connections');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(connectionsCsv);
    await page.waitForSelector('#who-list li');
    await tabTo('who-pick-0');
    await page.keyboard.press('Enter');
    await expect(value(page, '#f-contact-name')).resolves.toBe('Ana Souza');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('who-use');
    await page.keyboard.press('Enter');
    await expect(value(page, '#f-connection')).resolves.toBe('work at Acme with Sam');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-connection');
  }, 60_000);
});

describe('the pane bundle', () => {
  type Meta = { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  /** The source files whose code is in dist/<output>, from dist/<name>.meta.json. */
  const of = (name: string, output: string) =>
    Object.entries(
      (JSON.parse(readFileSync(join(dist, `${name}.meta.json`), 'utf8')) as Meta).outputs[`dist/${output}`]!.inputs,
    )
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file);

  test('no mode module holds papaparse or the contacts picker; only read mode’s holds the rejection reader', () => {
    const contacts = /papaparse|core\/src\/contacts\/|src\/contacts-view\.ts$/;
    const rejection = /core\/src\/rejection\/|src\/read-view\.ts$/;
    for (const mode of ['pitch', 'intro', 'check', 'read']) {
      const inputs = of('modes', `modes/${mode}.js`);
      // Read mode's rejection reader shares the core's job-title words (contacts/roles.ts).
      expect(inputs.filter((f) => contacts.test(f) && !(mode === 'read' && f.endsWith('contacts/roles.ts')))).toEqual(
        [],
      );
      expect(readFileSync(join(dist, 'modes', `${mode}.js`), 'utf8')).not.toMatch(/papaparse|Papa\.parse/i);
      if (mode !== 'read') expect(inputs.filter((f) => rejection.test(f))).toEqual([]);
    }
    expect(of('modes', 'modes/read.js').some((f) => f.includes('core/src/rejection/read-rejection.ts'))).toBe(true);
    expect(of('modes', 'modes/intro.js').some((f) => f.endsWith('src/contacts-button.ts'))).toBe(true);
  });

  test('lazy/contacts.js holds papaparse and the ranking, and no copy of a view of the pane', () => {
    const inputs = of('lazy', 'lazy/contacts.js');
    expect(inputs.some((f) => f.includes('node_modules/papaparse/'))).toBe(true);
    expect(inputs.some((f) => f.includes('core/src/contacts/rank.ts'))).toBe(true);
    // The picker works on the draft view it is handed, so it carries none of its own.
    expect(inputs.filter((f) => /src\/(?:draft-view|check-view|read-view|main)\.ts$/.test(f))).toEqual([]);
  });
});

const LETTER = readFileSync(join(linkedin, 'rejection.txt'), 'utf8');
const reading = (body: string, subject: string, extra: Partial<FakeOffice> = {}): FakeOffice => ({
  host: 'Outlook',
  body,
  read: { subject, from: { displayName: 'Dana Kim', emailAddress: 'dana.kim@acme.example' } },
  settings: saved,
  ...extra,
});
const ME: [string, string][] = [
  ['#f-manager-name', 'Sam Lee'],
  ['#f-manager-email', 'sam.lee@acme.example'],
  ['#f-hook', 'your team is moving checkout onto the new ledger before the spring launch'],
  ['#f-proof-0', 'Cut checkout latency by 38% at Globex'],
  ['#f-offer', "bring the same playbook to Acme's ledger migration"],
];

/** Opens read mode on `office` and picks "Write to the hiring manager" (its form is loaded on that click). */
async function openRead(office: FakeOffice): Promise<TestPage> {
  const page = await suite.open('taskpane.html?mode=read', office);
  await page.waitForSelector('#letter h2');
  await page.click('#route-pitch');
  await page.waitForSelector('#output');
  return page;
}

describe('read mode: "Reach the hiring manager" on a received message', () => {
  test('a rejection prefills the pitch with the letter’s words and opens the draft as a new message', async () => {
    const page = await openRead(reading(LETTER, 'Your application for Senior Payments Engineer'));
    await expect(text(page, '#letter h2')).resolves.toBe('HR said no. Reach the hiring manager.');
    await expect(page.getAttribute('#route-pitch', 'aria-pressed')).resolves.toBe('true');
    await expect(page.getAttribute('#route-intro', 'aria-pressed')).resolves.toBe('false');
    await expect(text(page, '#letter')).resolves.toMatch(/“move forward with other candidates/);
    await expect(value(page, '#f-company')).resolves.toBe('Acme');
    await expect(value(page, '#f-role')).resolves.toBe('Senior Payments Engineer');
    await expect(page.isChecked('#f-screenedOut')).resolves.toBe(true);
    await expect(text(page, '#f-company-from')).resolves.toBe('From the letter: “role at Acme”');
    await expect(text(page, '#f-role-from')).resolves.toMatch(/^From the letter: “.*Senior Payments Engineer.*”$/);
    await expect(text(page, '#f-screenedOut-from')).resolves.toMatch(/^From the letter: “move forward with other/);
    await expect(page.getAttribute('#f-company', 'aria-describedby')).resolves.toBe(
      'f-company-help f-company-error f-company-from',
    );
    // Read mode has no compose body: no Insert, and the tabs for compose are hidden.
    expect(await page.$('#insert')).toBeNull();
    expect(await page.isVisible('nav')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'read-rejection-320.png') });

    // Fields missing: Open says which, as Insert does, and opens nothing.
    await page.click('#open-new');
    await expect(text(page, '#status')).resolves.toMatch(/^Fill in \d+ fields? first/);
    expect((await state(page)).opened).toEqual([]);

    for (const [selector, v] of ME) await page.fill(selector, v);
    await page.click('#open-new');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Opened'));
    const [opened] = (await state(page)).opened;
    expect(opened!.toRecipients).toEqual(['sam.lee@acme.example']);
    expect(opened!.subject).not.toBe('');
    expect(opened!.htmlBody).toMatch(/^<p>\w+ Sam,<\/p>/);
    expect(opened!.htmlBody).toContain('Senior Payments Engineer');
    // The received message was only read: body as text, nothing written anywhere.
    const made = (await calls(page)).map((c) => c[0]);
    expect(made).toContain('body.getAsync');
    expect((await calls(page)).find((c) => c[0] === 'body.getAsync')![1]).toBe('text');
    expect(made.filter((c) => /set|add|prepend/i.test(String(c)) && !String(c).startsWith('settings.'))).toEqual([]);
    expect(made).toContain('mailbox.displayNewMessageFormAsync');
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('the intro route is one tap away, carries what was typed, and opens the picker', async () => {
    const page = await openRead(reading(LETTER, 'Your application for Senior Payments Engineer'));
    await page.fill('#f-manager-name', 'Sam Lee');
    await page.fill('#f-hook', 'your team is moving checkout onto the new ledger');
    await page.click('#route-intro');
    await page.waitForSelector('#who-connections');
    await expect(page.getAttribute('#route-intro', 'aria-pressed')).resolves.toBe('true');
    await expect(value(page, '#f-company')).resolves.toBe('Acme');
    await expect(value(page, '#f-manager-name')).resolves.toBe('Sam Lee');
    await expect(value(page, '#who-company')).resolves.toBe('Acme');
    await expect(text(page, '#who')).resolves.toBe('Who do I know at Acme?');
    await pickFiles(page, { connections: connectionsCsv, messages: messagesCsv });
    await page.waitForSelector('#who-list li');
    await page.click('#who-pick-0');
    await page.click('#who-use');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#f-proof-0', 'Cut checkout latency by 38% at Globex');
    await page.click('#open-new');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Opened'));
    const [opened] = (await state(page)).opened;
    expect(opened!.toRecipients).toEqual(['ana.souza@mail.example']);
    expect(opened!.htmlBody).toMatch(/^<p>\w+ Ana,<\/p>/);
    // Back to the pitch: nothing typed there was lost.
    await page.click('#route-pitch');
    await expect(value(page, '#f-hook')).resolves.toBe('your team is moving checkout onto the new ledger');
    await expect(page.isChecked('#f-screenedOut')).resolves.toBe(true);
    await page.screenshot({ path: join(shots, 'read-intro-320.png') });
  }, 60_000);

  test('a letter that is not a rejection says so and offers the plain pitch', async () => {
    // Ours, modelled on the interview invitations described at
    // https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview (none of its sentences).
    const invitation =
      'Hi Jordan,\n\nThanks for applying for the Senior Payments Engineer role at Acme. We would like to invite you to a 30-minute call with the hiring team next week. Please pick a time that suits you.\n\nBest,\nDana Kim\nTechnical Recruiter';
    const page = await openRead(reading(invitation, 'Next steps'));
    await expect(text(page, '#letter h2')).resolves.toBe('This message does not read as a rejection');
    await expect(text(page, '#route-pitch')).resolves.toBe('Write to the hiring manager');
    await expect(text(page, '#route-intro')).resolves.toBe('Ask someone who knows them');
    await expect(page.isChecked('#f-screenedOut')).resolves.toBe(false);
    expect(await page.$('#f-screenedOut-from')).toBeNull();
    expect(await page.$('#open-new')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  test('Mailbox 1.6 opens the form without a callback; older Outlook and failures say so, and Copy still works', async () => {
    const fill = async (page: Page) => {
      for (const [selector, v] of ME) await page.fill(selector, v);
    };
    const six = await openRead(reading(LETTER, '', { mailbox: 1.6 }));
    await fill(six);
    await six.click('#open-new');
    await six.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Opened'));
    expect((await calls(six)).map((c) => c[0])).toContain('mailbox.displayNewMessageForm');
    expect((await state(six)).opened).toHaveLength(1);

    const old = await openRead(reading(LETTER, '', { mailbox: 1.5 }));
    await fill(old);
    await old.click('#open-new');
    await expect(text(old, '#status')).resolves.toBe(
      'Outlook could not open a new message: this version of Outlook cannot (it needs Mailbox 1.6). Copy the draft instead.',
    );
    await expect(old.getAttribute('#status', 'role')).resolves.toBe('alert');
    await old.click('#copy');
    await old.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Copied'));
    await expect(old.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^Subject: .+\n\n\w+ Sam,/);

    const failing = await openRead(reading(LETTER, '', { failOpen: true }));
    await fill(failing);
    await failing.click('#open-new');
    await failing.waitForFunction(() => document.querySelector('#status')?.getAttribute('role') === 'alert');
    await expect(text(failing, '#status')).resolves.toBe(
      'Outlook could not open a new message: The operation failed. Copy the draft instead.',
    );
    expect((await state(failing)).opened).toEqual([]);
  }, 60_000);

  test('in a plain browser, read mode says where it works and still drafts', async () => {
    const page = await suite.open('taskpane.html?mode=read', { host: null });
    await page.waitForSelector('#letter h2');
    await expect(text(page, '#letter h2')).resolves.toBe('Could not read this message');
    await expect(text(page, '#letter .status')).resolves.toBe(
      'Open a message you received in Outlook to start from it.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#route-pitch');
    await page.waitForSelector('#output');
    await expect(text(page, '#letter .status')).resolves.toBe(
      'Open a message you received in Outlook to start from it.',
    );
    expect(await page.$('#copy')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 60_000);
});
