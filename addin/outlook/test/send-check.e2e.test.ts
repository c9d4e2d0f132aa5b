// Check before Send in Chromium: the built commands.html and commands.js, as Outlook's event
// runtime loads them, with the fake host; the test fires OnMessageSend as Outlook would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, calls, dist, type FakeOffice, outlookHtml, state, type TestPage } from './browser';

const suite = browserSuite();

const BAD_PITCH =
  'Hi Sam,\n\nI just wanted to reach out about the Payments Engineer role at Acme. I think I would be a great fit for your team and would love to chat sometime.\n\nBest,\nAlex';
const GOOD_PITCH =
  "Hi Sam,\n\nI saw that your team is rebuilding checkout ahead of the launch. I'm writing about the Payments Engineer role at Acme.\n\nAt Globex I cut checkout latency by 40% in one quarter by moving card tokenisation to the edge.\n\nI'd bring the same playbook to your checkout. Would you be open to a 15-minute call on Tuesday or Wednesday?\n\nBest,\nAlex Rivera";
const ORDINARY =
  "Hi Bob,\n\nCan you send me the Q3 numbers before tomorrow's meeting? I want to check the totals.\n\nThanks,\nAlex";

interface Completion {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/** Loads the event runtime's page and fires OnMessageSend; resolves with what the handler completed. */
async function send(office: FakeOffice): Promise<{ page: TestPage; completion: Completion }> {
  const page = await suite.open('commands.html', office);
  await page.waitForFunction(() => 'onMessageSendHandler' in (window as unknown as { __handlers: object }).__handlers);
  const completion = await page.evaluate(
    () =>
      new Promise<Completion>((resolve) => {
        const w = window as unknown as { __handlers: Record<string, (event: unknown) => void> };
        w.__handlers.onMessageSendHandler!({ completed: resolve });
      }),
  );
  return { page, completion };
}

const compose = (body: string, extra: Partial<FakeOffice> = {}): FakeOffice => ({
  host: 'Outlook',
  bodyType: 'html',
  body,
  subject: 'Payments Engineer role',
  to: [{ displayName: 'Sam Lee', emailAddress: 'sam.lee@acme.example' }],
  ...extra,
});

describe('Check before Send (OnMessageSend)', () => {
  test('a bad pitch sidedoor drafted is stopped, naming the top finding, with Send Anyway and the check pane', async () => {
    const { page, completion } = await send(compose(BAD_PITCH, { custom: { sidedoorKind: 'managerPitch' } }));
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toMatch(
      /^sidedoor: this reads as a manager pitch\. Expected a manager pitch to name a concrete result/,
    );
    expect(completion.errorMessage).toContain('Add one result you achieved');
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion.sendModeOverride).toBe('promptUser');
    expect(completion.commandId).toBe('sidedoorCheck');
    expect(completion.cancelLabel).toBe('See the findings');
    expect(JSON.parse(completion.contextData!)).toEqual({ from: 'send', kind: 'managerPitch' });
    // Read only: the message is never changed by the check.
    const names = (await calls(page)).map((c) => c[0]);
    expect(names.filter((n) => /set|add|save/i.test(String(n)))).toEqual([]);
    expect((await state(page)).body).toBe(BAD_PITCH);
    expect(page.errors).toEqual([]);
  }, 60_000);

  test('before Mailbox 1.14 the alert has only the message (the manifest gives Send Anyway)', async () => {
    const { completion } = await send(compose(BAD_PITCH, { custom: { sidedoorKind: 'managerPitch' }, mailbox: 1.13 }));
    expect(completion.allowEvent).toBe(false);
    expect(Object.keys(completion).sort()).toEqual(['allowEvent', 'errorMessage']);
  }, 60_000);

  test('a ready pitch is sent', async () => {
    const { completion } = await send(compose(GOOD_PITCH, { custom: { sidedoorKind: 'managerPitch' } }));
    expect(completion).toEqual({ allowEvent: true });
  }, 60_000);

  test("the check reads the body as plain text: a ready pitch in Outlook's HTML is sent", async () => {
    const { page, completion } = await send(
      compose(outlookHtml(GOOD_PITCH), { custom: { sidedoorKind: 'managerPitch' } }),
    );
    // Its markup, checked as words, would stop it (a wall of text, too long, no ask).
    expect(completion).toEqual({ allowEvent: true });
    expect((await calls(page)).filter((c) => c[0] === 'body.getAsync')).toEqual([['body.getAsync', 'text']]);
  }, 60_000);

  test('ordinary mail is sent untouched', async () => {
    for (const body of [ORDINARY, 'Lunch at noon?', '']) {
      const { page, completion } = await send(compose(body, { subject: 'Q3 numbers' }));
      expect(completion).toEqual({ allowEvent: true });
      expect((await state(page)).body).toBe(body);
    }
  }, 60_000);

  test('with the setting off, even a bad pitch is sent, without reading the message', async () => {
    const { page, completion } = await send(
      compose(BAD_PITCH, { custom: { sidedoorKind: 'managerPitch' }, settings: { 'sidedoor.sendCheck': false } }),
    );
    expect(completion).toEqual({ allowEvent: true });
    expect((await calls(page)).map((c) => c[0])).toEqual([]);
  }, 60_000);

  test('the event runtime bundle imports only the core and the send check, and touches no DOM', () => {
    const meta = JSON.parse(readFileSync(join(dist, 'commands.meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const inputs = Object.keys(meta.inputs);
    const ours = inputs.filter((f) => !f.includes('node_modules/'));
    // The core, and the workspace's stand-ins for two of syllable's dependencies (pnpm-workspace.yaml).
    const addin = ours.filter((f) => !/(?:^|\/)packages\/(?:core\/src|fold-diacritics|syllable-singulars)\//.test(f));
    expect(addin.map((f) => f.replace(/^.*\bsrc\//, '')).sort()).toEqual(['commands.ts', 'host.ts', 'send-check.ts']);
    // Libraries: the core's dependencies and theirs, nothing else.
    const core = join(__dirname, '..', '..', '..', 'packages', 'core');
    const depsOf = (dir: string) =>
      Object.keys(
        (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {},
      );
    const allowed = new Set(depsOf(core));
    for (const dep of [...allowed]) for (const sub of depsOf(join(core, 'node_modules', dep))) allowed.add(sub);
    const libraries = new Set(
      inputs
        .filter((f) => f.includes('node_modules/'))
        .map((f) =>
          f
            .split('node_modules/')
            .at(-1)!
            .split('/')
            .slice(0, f.split('node_modules/').at(-1)!.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    expect([...libraries].filter((l) => !allowed.has(l))).toEqual([]);
    const pane = Object.keys(meta.inputs).filter((f) => /(?:pane|draft-view|check-view|dom|report-view)\.ts$/.test(f));
    expect(pane).toEqual([]);
    const js = readFileSync(join(dist, 'commands.js'), 'utf8');
    expect(js).not.toMatch(/\bdocument\.|\bwindow\./);
    expect(js).not.toMatch(/^import |\bimport\(/m);
  });
});
