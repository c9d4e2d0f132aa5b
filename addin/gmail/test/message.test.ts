import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { managerPitch } from '@sidedoor/core';
import fc from 'fast-check';
import { escapeCardText } from '../src/cards';
import { buildDeployment } from '../src/deployment';
import { messageScope, requiredScopes } from '../src/handler';
import { letterOf } from '../src/message';
import type { Profile, ProfileStore } from '../src/store';
import { atsNotice, htmlOnlyNote, interviewInvitation, positionFilled } from './fixtures/letters';
import { attachmentPart, type GmailStandIn, multipart, payloadOf, startGmail, textPart } from './gmail-standin';
import {
  allScopes,
  config,
  event,
  hosts,
  type Json,
  MemoryStore,
  pitchInputs,
  post,
  publicPem,
  serve,
  userToken,
} from './helpers';
import { errorsOf, validateCard, validateDeployment, validateResponse } from './schemas';

/** A store that records every call: the trigger must make none, and nothing of a letter may reach it. */
class SpyStore implements ProfileStore {
  readonly calls: string[] = [];
  readonly inner = new MemoryStore();
  get(sub: string) {
    this.calls.push(`get ${sub}`);
    return this.inner.get(sub);
  }
  put(sub: string, profile: Profile) {
    this.calls.push(`put ${sub} ${JSON.stringify(profile)}`);
    return this.inner.put(sub, profile);
  }
  close() {
    return Promise.resolve();
  }
}

const readScopes = [...allScopes, messageScope];

/** The event Google sends when the user opens a message with the add-on open. */
function opened(
  options: {
    messageId?: unknown;
    accessToken?: unknown;
    userOAuthToken?: unknown;
    scopes?: string[];
    sub?: string;
    parameters?: Record<string, string>;
    inputs?: Record<string, string>;
  } = {},
): Json {
  const has = (name: string) => Object.hasOwn(options, name);
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
      ...(options.inputs === undefined
        ? {}
        : {
            formInputs: Object.fromEntries(
              Object.entries(options.inputs).map(([k, v]) => [k, { stringInputs: { value: [v] } }]),
            ),
          }),
    },
    authorizationEventObject: {
      ...(has('userOAuthToken') ? { userOAuthToken: options.userOAuthToken } : { userOAuthToken: 'ya29.user' }),
      systemIdToken: 'unused-here',
      ...(options.sub === undefined ? {} : { userIdToken: userToken(options.sub) }),
      authorizedScopes: options.scopes ?? readScopes,
    },
    gmail: {
      ...(has('messageId') ? { messageId: options.messageId } : { messageId: '19ad0c5e1f2b3a47' }),
      threadId: '19ad0c5e1f2b3a47',
      ...(has('accessToken') ? { accessToken: options.accessToken } : { accessToken: 'message-token-1' }),
    },
  };
}

function cardOf(json: Json): Json {
  if (!validateResponse(json)) throw new Error(`response envelope invalid:\n${errorsOf(validateResponse)}`);
  const navigations = (json.action?.navigations ?? json.renderActions?.action?.navigations) as Json[];
  expect(navigations).toHaveLength(1);
  const card = (navigations[0]!.pushCard ?? navigations[0]!.updateCard) as Json;
  if (!validateCard(card)) throw new Error(`card invalid (proto schema):\n${errorsOf(validateCard)}`);
  return card;
}

const widgets = (card: Json): Json[] => (card.sections as Json[]).flatMap((s) => s.widgets as Json[]);
const facts = (card: Json) =>
  Object.fromEntries(
    widgets(card)
      .filter((w) => w.decoratedText !== undefined)
      .map((w) => [w.decoratedText.topLabel, [w.decoratedText.text, w.decoratedText.bottomLabel]]),
  );
const buttons = (card: Json): Json[] => widgets(card).flatMap((w) => (w.buttonList?.buttons ?? []) as Json[]);
const params = (button: Json) =>
  Object.fromEntries((button.onClick.action.parameters as Json[]).map((p) => [p.key, p.value]));
const input = (card: Json, name: string): Json | undefined =>
  widgets(card).find((w) => (w.textInput ?? w.selectionInput)?.name === name);

describe.each(hosts)('the opened-message trigger (%s)', (host) => {
  let gmail: GmailStandIn;
  let server: Awaited<ReturnType<typeof serve>>;
  const store = new SpyStore();
  beforeAll(async () => {
    gmail = await startGmail();
    server = await serve(store, { gmailApiUrl: gmail.url }, { host, gmailTimeoutMs: 400 });
  });
  afterAll(async () => {
    await server.close();
    await gmail.close();
  });
  beforeEach(() => {
    gmail.messages.clear();
    gmail.seen.length = 0;
    store.calls.length = 0;
    server.logged.length = 0;
  });
  const hold = (id: string, payload: Json, extra: Json = {}) =>
    gmail.messages.set(id, { payload, accessToken: `token-for-${id}`, ...extra });
  const open = (id: string, extra: Parameters<typeof opened>[0] = {}) =>
    post(server.url, opened({ messageId: id, accessToken: `token-for-${id}`, ...extra }));

  test('a rejection shows what the letter says, each with its words, and the pitch one tap away', async () => {
    hold('m1', payloadOf(atsNotice, [attachmentPart('1', 'Zoe-Martin-CV.pdf', 'application/pdf', 48213)]));
    const { status, json } = await open('m1', { sub: 'u-1' });
    expect(status).toBe(200);
    const card = cardOf(json);
    expect(card.header.title).toBe('HR said no? Reach the hiring manager');
    expect(facts(card)).toEqual({
      Company: ['Fabrikam', 'From the letter: “application to Fabrikam”'],
      Role: ['Platform Reliability Engineer', 'From the letter: “applying for the Platform Reliability Engineer”'],
      'Sent by': ['Ines Duarte · recruiting or HR', 'From the letter: “Ines Duarte”'],
    });
    const [pitch, intro] = buttons(card);
    expect(pitch!.text).toBe('Draft the pitch');
    expect(params(pitch!)).toEqual({
      action: 'pitch',
      kind: 'managerPitch',
      context: 'read',
      company: 'Fabrikam',
      role: 'Platform Reliability Engineer',
    });
    expect(intro!.text).toBe('Ask for an intro');
    expect(params(intro!)).toMatchObject({ action: 'pitch', kind: 'introRequest' });
    // One read, the way Google documents it: the user's token as the bearer, the message's own token beside it.
    expect(gmail.seen).toHaveLength(1);
    expect(gmail.seen[0]).toMatchObject({
      method: 'GET',
      path: '/gmail/v1/users/me/messages/m1?format=full',
      headers: { authorization: 'Bearer ya29.user', 'x-goog-gmail-access-token': 'token-for-m1' },
    });
    // Nothing of the message is kept or logged.
    expect(store.calls).toEqual([]);
    expect(server.logged).toEqual([]);
  });

  test('an HTML-only letter is read as the words a reader sees', async () => {
    hold('m2', payloadOf(htmlOnlyNote));
    const card = cardOf((await open('m2')).json);
    expect(facts(card)).toMatchObject({
      Company: ['Litware', 'From the letter: “position at Litware”'],
      Role: ['Data Platform Manager', expect.any(String)],
      'Sent by': ['Omar Haddad · recruiting or HR', 'From the letter: “Omar Haddad”'],
    });
  });

  test('a letter that names no company or role says so, and never guesses', async () => {
    hold('m3', payloadOf(positionFilled));
    const card = cardOf((await open('m3')).json);
    expect(facts(card)).toEqual({
      Company: ['<i>Not named in the letter</i>', undefined],
      Role: ['<i>Not named in the letter</i>', undefined],
      'Sent by': ['Recruiting or HR', 'From the letter: “Recruiting”'],
    });
    expect(params(buttons(card)[0]!)).toEqual({ action: 'pitch', kind: 'managerPitch', context: 'read' });
  });

  test('any other message gets one neutral line and nothing to click', async () => {
    hold('m4', payloadOf(interviewInvitation));
    const card = cardOf((await open('m4')).json);
    expect(card.header.title).toBe('sidedoor');
    expect(widgets(card)).toEqual([
      {
        textParagraph: {
          text: 'This message does not read as a rejection. When HR turns you down, open that letter here and sidedoor will help you reach the hiring manager.',
        },
      },
    ]);
    expect(store.calls).toEqual([]);
  });

  test('the read scope is asked for on this path only, never in the compose window', async () => {
    hold('m5', payloadOf(atsNotice));
    const refused = await open('m5', { scopes: allScopes });
    expect(refused.json).toEqual({ requesting_google_scopes: { all_scopes: true } });
    expect(gmail.seen).toEqual([]);
    // Granted alone (granular consent), it is enough here.
    cardOf((await open('m5', { scopes: [messageScope] })).json);
    // The compose window works without it.
    const compose = await post(server.url, event({ scopes: allScopes }));
    expect(cardOf(compose.json).name).toBe('sidedoor-managerPitch');
    expect(requiredScopes).not.toContain(messageScope);
  });

  test('a compose event for a reply draft (it has recipients) opens the form, not the letter', async () => {
    const reply = {
      ...event({ to: ['hr@fabrikam.example'] }),
      gmail: { toRecipients: ['hr@fabrikam.example'], messageId: 'm9' },
    };
    expect(cardOf((await post(server.url, reply)).json).name).toBe('sidedoor-managerPitch');
    expect(gmail.seen).toEqual([]);
  });

  test.each([
    ['a message id that is not a string', { messageId: 42 }, '`gmail.messageId` must be a string.'],
    [
      'a message id that is no Gmail id',
      { messageId: '../drafts' },
      '`gmail.messageId` must be a Gmail message id (letters, digits, - and _).',
    ],
    ['no message token', { accessToken: undefined }, '`gmail.accessToken` must be a non-empty string.'],
    ['a message token that is not a string', { accessToken: ['t'] }, '`gmail.accessToken` must be a string.'],
    [
      'no user token',
      { userOAuthToken: undefined },
      '`authorizationEventObject.userOAuthToken` must be a non-empty string.',
    ],
    [
      'a user token that is not a string',
      { userOAuthToken: 7 },
      '`authorizationEventObject.userOAuthToken` must be a string.',
    ],
  ])('a malformed trigger event (%s) → 400 naming the field, Gmail never asked', async (_case, fields, message) => {
    const body = opened(fields);
    // "undefined" means the field is absent, as JSON has it.
    const { status, json } = await post(server.url, JSON.parse(JSON.stringify(body)));
    expect({ status, json }).toEqual({ status: 400, json: { error: { code: 'bad_request', message } } });
    expect(gmail.seen).toEqual([]);
  });

  test.each([
    [
      'a user token Gmail refuses (401)',
      { userOAuthToken: 'ya29.expired' },
      {},
      'unauthorized (401)',
      'Gmail did not accept',
    ],
    [
      'the wrong message token (403)',
      { accessToken: 'token-for-another' },
      {},
      'forbidden (403)',
      'may not read this message',
    ],
    [
      'a message Gmail does not have (404)',
      { messageId: 'gone' },
      {},
      'not_found (404)',
      'could not find this message',
    ],
    ['a Gmail failure (500)', {}, { fail: 500 }, 'unavailable (500)', 'did not answer in time'],
    ['a Gmail outage (503)', {}, { fail: 503 }, 'unavailable (503)', 'did not answer in time'],
    ['no answer in time', {}, { delayMs: 1500 }, 'unavailable', 'did not answer in time'],
    [
      'an answer that is not JSON',
      {},
      { raw: '<html>Bad gateway</html>' },
      'unreadable (200)',
      'could not read as a message',
    ],
    ['JSON that is no message', {}, { raw: '{"id":"m6"}' }, 'unreadable (200)', 'could not read as a message'],
  ])(
    '%s → a card saying so, not a crash; the log names the reason only',
    async (_case, fields, held, logged, shown) => {
      hold('m6', payloadOf(atsNotice), held);
      const { status, json } = await open('m6', fields);
      expect(status).toBe(200);
      const card = cardOf(json);
      expect(card.name).toBe('sidedoor-unread');
      expect(widgets(card)[0]!.textParagraph.text).toContain(shown);
      expect(server.logged).toEqual([`reading the open message failed: ${logged}`]);
      expect(store.calls).toEqual([]);
    },
  );

  test('Gmail itself unreachable → the same card', async () => {
    const down = await serve(new MemoryStore(), { gmailApiUrl: 'http://127.0.0.1:9/' }, { host });
    try {
      const card = cardOf((await post(down.url, opened())).json);
      expect(card.name).toBe('sidedoor-unread');
      expect(down.logged).toEqual(['reading the open message failed: unavailable']);
    } finally {
      await down.close();
    }
  });

  test('"Draft the pitch" opens the pitch form with the letter\'s company and role and the screened-out switch on', async () => {
    await store.inner.put('u-7', {
      name: 'Zoë Martin',
      email: 'zoe@example.com',
      proof: ['Cut paging alerts by 70% at Contoso'],
    });
    const { json } = await post(
      server.url,
      opened({
        sub: 'u-7',
        parameters: {
          action: 'pitch',
          kind: 'managerPitch',
          context: 'read',
          company: 'Fabrikam',
          role: 'Platform Reliability Engineer',
        },
      }),
    );
    expect(json.renderActions.action.navigations[0]).toHaveProperty('pushCard');
    const card = cardOf(json);
    expect(input(card, 'company')!.textInput.value).toBe('Fabrikam');
    expect(input(card, 'role')!.textInput.value).toBe('Platform Reliability Engineer');
    expect(input(card, 'sender__name')!.textInput.value).toBe('Zoë Martin');
    expect(input(card, 'screenedOut')!.selectionInput).toMatchObject({
      type: 'SWITCH',
      items: [{ text: 'I applied and was screened out', value: 'true', selected: true }],
    });
    // From a message being read there is no draft to insert into: Preview only, and how to send it.
    expect(buttons(card).map((b) => [b.text, params(b)])).toEqual([
      ['Preview', { action: 'preview', kind: 'managerPitch', context: 'read' }],
    ]);
    expect(input(card, 'setSubject')).toBeUndefined();
    expect(JSON.stringify(card)).toContain('copy it into a new message to the manager');
    expect(store.calls).toEqual(['get u-7']);
  });

  test('"Ask for an intro" opens the warm-intro form with the company filled in', async () => {
    const { json } = await post(
      server.url,
      opened({ parameters: { action: 'pitch', kind: 'introRequest', context: 'read', company: 'Litware' } }),
    );
    const card = cardOf(json);
    expect(card.name).toBe('sidedoor-introRequest');
    expect(input(card, 'company')!.textInput.value).toBe('Litware');
    expect(input(card, 'role')!.textInput.value).toBeUndefined();
    expect(input(card, 'screenedOut')).toBeUndefined();
  });

  test("Preview in the read view shows the core draft, screened-out included; only the user's own details are saved", async () => {
    const inputs = { ...pitchInputs, company: 'Fabrikam', role: 'Platform Reliability Engineer', screenedOut: 'true' };
    const { json } = await post(
      server.url,
      opened({
        sub: 'u-8',
        scopes: [messageScope],
        parameters: { action: 'preview', kind: 'managerPitch', context: 'read' },
        inputs,
      }),
    );
    const card = cardOf(json);
    const draft = managerPitch({
      sender: { name: 'Alex Rivera', email: 'alex@example.com' },
      manager: { name: 'Sam Lee', email: 'sam.lee@acme.example' },
      company: 'Fabrikam',
      role: 'Platform Reliability Engineer',
      hook: pitchInputs.hook!,
      proof: [pitchInputs.proof__0!],
      offer: pitchInputs.offer!,
      screenedOut: true,
    });
    const preview = (card.sections as Json[]).find((s) => s.header === 'Preview')!;
    expect(preview.widgets[0].decoratedText.text).toBe(draft.subject);
    expect(preview.widgets[1].textParagraph.text).toBe(escapeCardText(draft.text).replaceAll('\n', '<br>'));
    expect(draft.text).toMatch(/\(I've applied[^)]*\)/);
    expect(buttons(card).map((b) => b.text)).toEqual(['Preview']);
    expect(store.calls).toEqual([
      'put u-8 {"name":"Alex Rivera","email":"alex@example.com","proof":["Cut checkout latency by 40% at Globex"]}',
    ]);
  });

  test('Insert is refused in the read view', async () => {
    const { status, json } = await post(
      server.url,
      opened({ parameters: { action: 'insert', context: 'read' }, inputs: pitchInputs }),
    );
    expect({ status, json }).toEqual({
      status: 400,
      json: { error: { code: 'bad_request', message: 'Insert works in the compose window only.' } },
    });
  });

  test('an answer over the size limit is refused unread', async () => {
    const small = await serve(new MemoryStore(), { gmailApiUrl: gmail.url }, { host, maxMessageBytes: 2048 });
    try {
      hold('m10', payloadOf({ ...atsNotice, text: `${atsNotice.text!}\n${'More words. '.repeat(400)}` }));
      const card = cardOf((await post(small.url, opened({ messageId: 'm10', accessToken: 'token-for-m10' }))).json);
      expect(widgets(card)[0]!.textParagraph.text).toBe('This message is too long for sidedoor to read.');
      expect(small.logged).toEqual(['reading the open message failed: too_large (200)']);
    } finally {
      await small.close();
    }
  });
});

describe('the letter in a Gmail payload', () => {
  test('the plain part is preferred, wherever it is nested; attachments are skipped', async () => {
    const payload = multipart('', 'mixed', [
      attachmentPart('0', 'notes.txt', 'text/plain', 120),
      multipart('1', 'alternative', [
        textPart('1.0', 'text/plain', 'The plain words.'),
        textPart('1.1', 'text/html', '<p>The HTML words.</p>'),
      ]),
    ]);
    payload.headers = [{ name: 'Subject', value: 'Your application' }];
    expect(await letterOf(payload)).toEqual({ subject: 'Your application', text: 'The plain words.' });
  });

  test('an HTML-only letter loses its tags, links, images and styles, and keeps its paragraphs', async () => {
    const letter = await letterOf(textPart('', 'text/html', htmlOnlyNote.html!));
    expect(letter.text).toBe(
      [
        'Dear Lena,',
        '',
        'Thanks again for talking with us about the Data Platform Manager position at Litware. It was a hard decision, but we have decided not to move forward with your candidacy; another finalist’s background was a closer fit.',
        '',
        'I enjoyed our conversation and hope our paths cross again. Our other openings are listed on our site.',
        '',
        'Best,',
        'Omar Haddad',
        'Senior Recruiter, Litware',
      ].join('\n'),
    );
  });

  test('each part is decoded in its own charset; an unknown one reads as UTF-8', async () => {
    expect((await letterOf(textPart('', 'text/plain', 'Zoë, merci', 'windows-1252'))).text).toBe('Zoë, merci');
    const unknown = textPart('', 'text/plain', 'Zoë');
    unknown.headers = [{ name: 'Content-Type', value: 'text/plain; charset=x-made-up' }];
    expect((await letterOf(unknown)).text).toBe('Zoë');
  });

  test('any shape Gmail might send is read without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 3 }), async (parts, headers) => {
        const letter = await letterOf({ mimeType: 'multipart/mixed', parts, headers } as never);
        expect(typeof letter.text).toBe('string');
        expect(letter.subject === undefined || typeof letter.subject === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('in any tree of parts, the one plain part is what is read, whatever HTML and attachments surround it', async () => {
    type Tree = { leaf: 'plain' | 'html' | 'attachment' } | { node: Tree[] };
    const tree = fc.letrec<{ tree: Tree }>((t) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom<Tree>({ leaf: 'html' }, { leaf: 'attachment' }),
        fc.record({ node: fc.array(t('tree'), { maxLength: 4 }) }),
      ),
    })).tree;
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), fc.string({ minLength: 1, maxLength: 40 }), async (shape, at, words) => {
        // Put exactly one plain part at a position chosen in the tree.
        let leaves = 0;
        let placed = false;
        const build = (node: Tree, id: string): Json => {
          if ('node' in node) {
            const parts = node.node.map((child, i) => build(child, `${id}.${i}`));
            if (!placed && leaves >= at % 5) {
              placed = true;
              parts.push(textPart(`${id}.p`, 'text/plain', words));
            }
            return multipart(id, 'mixed', parts);
          }
          leaves++;
          return node.leaf === 'html'
            ? textPart(id, 'text/html', '<p>Other words.</p>')
            : attachmentPart(id, 'note.txt', 'text/plain', 10);
        };
        const root = build({ node: [shape] }, '0');
        if (!placed) (root.parts as Json[]).push(textPart('0.p', 'text/plain', words));
        expect((await letterOf(root)).text).toBe(words);
      }),
      { numRuns: 200 },
    );
  });

  test('a message with no text at all reads as empty', async () => {
    expect(await letterOf(multipart('', 'mixed', [attachmentPart('0', 'cv.pdf', 'application/pdf', 9)]))).toEqual({
      subject: undefined,
      text: '',
    });
  });
});

describe('deployment.json with the trigger', () => {
  test('declares the opened-message trigger at the one endpoint and the read scope, and passes the strict schema', () => {
    const deployment = buildDeployment(config);
    if (!validateDeployment(deployment)) throw new Error(errorsOf(validateDeployment));
    expect(deployment.addOns.gmail.contextualTriggers).toEqual([
      { unconditional: {}, onTriggerFunction: config.endpointUrl },
    ]);
    expect(deployment.oauthScopes).toEqual([...requiredScopes, messageScope]);
    // A trigger without its endpoint, or with a condition Gmail does not have, is refused.
    const gmailWith = (contextualTriggers: unknown) => ({
      ...deployment,
      addOns: { ...deployment.addOns, gmail: { ...deployment.addOns.gmail, contextualTriggers } },
    });
    expect(validateDeployment(gmailWith([{ unconditional: {}, onTriggerFunction: 7 }]))).toBe(false);
    expect(validateDeployment(gmailWith([{ subject: 'rejected', onTriggerFunction: config.endpointUrl }]))).toBe(false);
  });
});

describe('the built add-on (what deploys)', () => {
  const outdir = join(__dirname, '..', 'node_modules', '.cache', `sidedoor-dist-${process.pid}`);
  let gmail: GmailStandIn;
  let child: ChildProcess | undefined;
  let url: string;
  let stderr = '';
  beforeAll(async () => {
    execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs'), '--outdir', outdir], {
      stdio: 'ignore',
    });
    gmail = await startGmail();
    child = spawn(process.execPath, [join(__dirname, 'fixtures', 'dist-server.mjs')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DIST_LIB: join(outdir, 'lib.js'),
        TEST_PUBLIC_KEY: publicPem(),
        ENDPOINT_URL: config.endpointUrl,
        SERVICE_ACCOUNT_EMAIL: config.serviceAccountEmail,
        OAUTH_CLIENT_ID: config.oauthClientId,
        GMAIL_API_URL: gmail.url,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        const ready = /^ready (\S+)/m.exec(chunk.toString());
        if (ready) resolve(ready[1]!);
      });
      child!.once('exit', (code) => reject(new Error(`the built server exited (${code}): ${stderr}`)));
    });
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGTERM');
    await gmail?.close();
    rmSync(outdir, { recursive: true, force: true });
  });

  test('reads an HTML-only letter (its HTML converter is a runtime import) and a plain one', async () => {
    gmail.messages.set('h1', { payload: payloadOf(htmlOnlyNote), accessToken: 'token-h1' });
    gmail.messages.set('p1', { payload: payloadOf(atsNotice), accessToken: 'token-p1' });
    const html = cardOf((await post(url, opened({ messageId: 'h1', accessToken: 'token-h1' }))).json);
    expect(facts(html).Company).toEqual(['Litware', 'From the letter: “position at Litware”']);
    const plain = cardOf((await post(url, opened({ messageId: 'p1', accessToken: 'token-p1' }))).json);
    expect(facts(plain).Role![0]).toBe('Platform Reliability Engineer');
    expect(stderr).toBe('');
  });
});
