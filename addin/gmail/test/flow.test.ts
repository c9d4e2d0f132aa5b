import { managerPitch } from '@sidedoor/core';
import { buildDeployment } from '../src/deployment';
import { escapeCardText, formCard } from '../src/cards';
import { config, event, hosts, type Json, MemoryStore, pitchInputs, post, serve, systemToken } from './helpers';
import { protoSchema } from './proto-schema';
import { errorsOf, validateCard, validateDeployment, validateResponse } from './schemas';

/** The core's draft for `pitchInputs`: what the add-on must show and insert. */
const corePitch = () =>
  managerPitch({
    sender: { name: 'Alex Rivera', email: 'alex@example.com' },
    manager: { name: 'Sam Lee', email: 'sam.lee@acme.example' },
    company: 'Acme',
    role: 'Senior Payments Engineer',
    hook: pitchInputs.hook!,
    proof: [pitchInputs.proof__0!],
    offer: pitchInputs.offer!,
  });

function cardsOf(json: Json): Json[] {
  const navigations = (json.action?.navigations ?? json.renderActions?.action?.navigations ?? []) as Json[];
  return navigations.map((n) => (n.pushCard ?? n.updateCard) as Json);
}

function expectValid(json: Json): void {
  if (!validateResponse(json)) throw new Error(`response envelope invalid:\n${errorsOf(validateResponse)}`);
  for (const card of cardsOf(json)) {
    if (!validateCard(card)) throw new Error(`card invalid (proto schema):\n${errorsOf(validateCard)}`);
    const widgets = (card.sections as Json[]).reduce((n, s) => n + (s.widgets as unknown[]).length, 0);
    expect(widgets).toBeLessThanOrEqual(100);
  }
}

const widget = (card: Json, name: string): Json | undefined =>
  (card.sections as Json[])
    .flatMap((s) => s.widgets as Json[])
    .find((w) => (w.textInput ?? w.selectionInput)?.name === name);

describe.each(hosts)('the compose flow (%s)', (host) => {
  let server: Awaited<ReturnType<typeof serve>>;
  const store = new MemoryStore();
  beforeAll(async () => {
    server = await serve(store, {}, { host });
  });
  afterAll(() => server.close());

  test.each(['managerPitch', 'introRequest', 'followUp'])(
    'opening and switching to %s give valid cards with every field',
    async (kind) => {
      const opened = await post(server.url, event({ sub: 'u-open' }));
      expect(opened.status).toBe(200);
      expectValid(opened.json);
      const switched = await post(server.url, event({ parameters: { action: 'kind' }, inputs: { kind } }));
      expectValid(switched.json);
      const card = cardsOf(switched.json)[0]!;
      expect(widget(card, 'kind')!.selectionInput.items.find((i: Json) => i.selected).value).toBe(kind);
      expect(widget(card, 'sender__name')).toMatchObject({
        textInput: { label: 'Your name', hintText: 'How you sign your mail.' },
      });
    },
  );

  test('invalid input comes back as the card with messages next to the fields', async () => {
    const { status, json } = await post(
      server.url,
      event({ parameters: { action: 'preview' }, inputs: { ...pitchInputs, manager__email: 'nope', proof__0: '' } }),
    );
    expect(status).toBe(200);
    expectValid(json);
    expect(json.renderActions.action.notification.text).toBe('Check the 2 highlighted fields.');
    const widgets = (cardsOf(json)[0]!.sections as Json[]).flatMap((s) => s.widgets as Json[]);
    const at = widgets.findIndex((w) => w.textInput?.name === 'manager__email');
    expect(widgets[at + 1]!.textParagraph.text).toBe(
      '<font color="#b3261e">Expected manager&#39;s email to be an email address like name@example.com, found &quot;nope&quot;.</font>'
        .replace('&#39;', "'")
        .replaceAll('&quot;', '"'),
    );
    expect(JSON.stringify(widgets)).toContain('at least one proof point, found none');
  });

  const introInputs = {
    ...pitchInputs,
    contact__name: 'Dana Kim',
    contact__email: 'dana@example.com',
    relationship: 'worked together at Globex',
    connection: 'worked with Sam at Initech',
    help: 'introduce',
  };
  const followInputs = { ...pitchInputs, update: 'I sketched how your checkout could drop one of its 3 redirects' };
  test.each([
    ['managerPitch', pitchInputs],
    ['introRequest', introInputs],
    ['followUp', followInputs],
  ])('every %s card — preview, invalid, insert — passes the schemas', async (kind, inputs) => {
    for (const action of ['preview', 'insert']) {
      const valid = await post(server.url, event({ parameters: { action, kind }, inputs: { ...inputs, kind } }));
      expect(valid.status).toBe(200);
      expectValid(valid.json);
      const invalid = await post(
        server.url,
        event({ parameters: { action, kind }, inputs: { kind, tone: 'warm', sender__email: 'nope' } }),
      );
      expectValid(invalid.json);
      expect(invalid.json.renderActions.action.notification.text).toMatch(/^Check the \d+ highlighted fields\.$/);
    }
  });

  test('preview shows the draft and its findings', async () => {
    const { json } = await post(server.url, event({ parameters: { action: 'preview' }, inputs: pitchInputs }));
    expectValid(json);
    const preview = (cardsOf(json)[0]!.sections as Json[]).find((s) => s.header === 'Preview')!;
    // Subject, text and verdict are the core's, for the same input.
    const draft = corePitch();
    expect(preview.widgets[0].decoratedText).toMatchObject({ topLabel: 'Subject', text: draft.subject });
    expect(preview.widgets[1].textParagraph.text).toBe(escapeCardText(draft.text).replaceAll('\n', '<br>'));
    expect(preview.widgets[1].textParagraph.text).toMatch(/^(?:Hi|Hello) Sam,<br><br>/);
    expect(draft.report.ready).toBe(true);
    expect(preview.widgets[2].textParagraph.text).toMatch(/^<b>Ready to send\.<\/b>/);
  });

  test('insert answers with the core draft: body at the cursor, subject and recipient on an empty draft', async () => {
    const { json } = await post(server.url, event({ parameters: { action: 'insert' }, inputs: pitchInputs }));
    expectValid(json);
    const draft = corePitch();
    expect(json.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup).toEqual({
      updateBody: { insertContents: [{ content: draft.html, contentType: 'MUTABLE_HTML' }], type: 'IN_PLACE_INSERT' },
      updateSubject: { subject: draft.subject },
      updateToRecipients: { toRecipients: [{ email: 'sam.lee@acme.example' }] },
    });
  });

  test('insert leaves the subject and recipients of a draft that has them alone', async () => {
    const { json } = await post(
      server.url,
      event({ parameters: { action: 'insert' }, inputs: pitchInputs, to: ['someone@example.com'] }),
    );
    expectValid(json);
    const markup = json.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup as Json;
    expect(Object.keys(markup)).toEqual(['updateBody']);
  });

  test('insert without "set the subject" leaves the subject alone', async () => {
    const { json } = await post(
      server.url,
      event({ parameters: { action: 'insert' }, inputs: { ...pitchInputs, setSubject: '' } }),
    );
    expect(Object.keys(json.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup as Json)).toEqual([
      'updateBody',
      'updateToRecipients',
    ]);
  });

  test("the user's details are remembered and prefilled", async () => {
    await post(
      server.url,
      event({
        sub: 'u-42',
        parameters: { action: 'preview' },
        inputs: { ...pitchInputs, sender__phone: '+1 415 555 0134' },
      }),
    );
    expect(await store.get('u-42')).toEqual({
      name: 'Alex Rivera',
      email: 'alex@example.com',
      phone: '+1 415 555 0134',
      proof: ['Cut checkout latency by 40% at Globex'],
    });
    const { json } = await post(server.url, event({ sub: 'u-42' }));
    const card = cardsOf(json)[0]!;
    expect(widget(card, 'sender__name')!.textInput.value).toBe('Alex Rivera');
    expect(widget(card, 'proof__0')!.textInput.value).toBe('Cut checkout latency by 40% at Globex');
    expect(widget(card, 'manager__name')!.textInput.value).toBeUndefined();
  });

  test('a missing scope asks Google for consent', async () => {
    const { json } = await post(
      server.url,
      event({ scopes: ['https://www.googleapis.com/auth/gmail.addons.current.action.compose'] }),
    );
    expect(json).toEqual({ requesting_google_scopes: { all_scopes: true } });
    expectValid(json);
  });

  test("malformed JSON → the add-on's own JSON 400, after the token check", async () => {
    const malformed = (authorization: string | null) => post(server.url, '{"commonEventObject":', authorization);
    expect(await malformed(null)).toEqual({
      status: 401,
      json: { error: { code: 'unauthenticated', message: 'Missing or malformed Authorization header.' } },
    });
    expect(await malformed(`Bearer ${systemToken()}`)).toEqual({
      status: 400,
      json: { error: { code: 'bad_request', message: 'The request body is not valid JSON.' } },
    });
  });

  test('an unknown action is refused before anything is saved', async () => {
    const unknown = await post(
      server.url,
      event({ sub: 'u-unknown', parameters: { action: 'explode' }, inputs: pitchInputs }),
    );
    expect(unknown).toEqual({
      status: 400,
      json: { error: { code: 'bad_request', message: 'Unknown action "explode".' } },
    });
    expect(store.map.has('u-unknown')).toBe(false);
    // Names of Object.prototype are no actions either.
    const inherited = await post(server.url, event({ parameters: { action: 'constructor' } }));
    expect(inherited.json).toEqual({ error: { code: 'bad_request', message: 'Unknown action "constructor".' } });
  });

  test.each([
    [
      'authorizedScopes not a list',
      { authorizationEventObject: { authorizedScopes: 'all' } },
      'authorizationEventObject.authorizedScopes',
    ],
    [
      'a parameter not a string',
      { commonEventObject: { parameters: { action: 7 } } },
      'commonEventObject.parameters.action',
    ],
    [
      'form inputs not lists',
      { commonEventObject: { formInputs: { company: { stringInputs: { value: 'Acme' } } } } },
      'commonEventObject.formInputs.company.stringInputs.value',
    ],
    ['recipients not a list', { gmail: { toRecipients: 'sam@example.com' } }, 'gmail.toRecipients'],
    [
      'a form input not an object',
      { commonEventObject: { formInputs: { company: 'Acme' } } },
      'commonEventObject.formInputs.company',
    ],
    ['an array', [], 'body'],
  ])('a malformed event (%s) → 400 naming the field', async (_case, body, field) => {
    const { status, json } = await post(server.url, body);
    expect(status).toBe(400);
    expect(json.error.code).toBe('bad_request');
    expect(json.error.message).toContain(`\`${field}\``);
  });

  test('bodies over the limit → 413', async () => {
    const big = event({ inputs: { ...pitchInputs, hook: 'x'.repeat(70 * 1024) } });
    const { status } = await post(server.url, big);
    expect(status).toBe(413);
  });
});

describe('card text', () => {
  test("a finding's fix quoting the user's words is escaped like every other text", () => {
    const draft = corePitch();
    const finding = {
      rule: 'personalization/name',
      severity: 'warning',
      message: 'Expected the greeting to name <b>Sam</b>, found "Hi there".',
      fix: 'Greet them by name: "Hi <b>Sam</b>,".',
    };
    const preview = { ...draft, report: { ...draft.report, findings: [finding] } } as typeof draft;
    const card = formCard({ ...config, kind: 'managerPitch', values: {}, setSubject: true, preview });
    const shown = (card.sections.at(-1)!.widgets as Json[]).find((w) => w.decoratedText?.bottomLabel)!;
    expect(shown.decoratedText).toEqual({
      topLabel: 'warning · personalization/name',
      text: 'Expected the greeting to name &lt;b&gt;Sam&lt;/b&gt;, found "Hi there".',
      bottomLabel: 'Greet them by name: "Hi &lt;b&gt;Sam&lt;/b&gt;,".',
      wrapText: true,
    });
  });
});

describe('the validators', () => {
  test('reject what Google rejects', () => {
    const card = {
      name: 'x',
      header: { title: 'x' },
      sections: [{ widgets: [{ textParagraph: { text: 'a' }, divider: {} }] }],
    };
    expect(validateCard(card)).toBe(false);
    expect(
      validateCard({ ...card, sections: [{ widgets: [{ textParagraph: { text: 'a' } }] }], interaction: 'OPEN' }),
    ).toBe(false);
    expect(
      validateResponse({
        renderActions: {
          hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateBody: { type: 'REPLACE_ALL' } } } },
        },
      }),
    ).toBe(false);
    expect(validateDeployment({ oauthScopes: [], addOns: { gmail: { composeTrigger: { selectActions: [] } } } })).toBe(
      false,
    );
    const deployment = buildDeployment(config);
    const withHttpOptions = (httpOptions: Json) => ({ ...deployment, addOns: { ...deployment.addOns, httpOptions } });
    // The one added field takes Google's enum names and nothing else; other unknown members stay refused.
    expect(validateDeployment(withHttpOptions({ granularOauthPermissionSupport: 'OPT_OUT' }))).toBe(true);
    expect(validateDeployment(withHttpOptions({ granularOauthPermissionSupport: 'YES' }))).toBe(false);
    expect(validateDeployment(withHttpOptions({ granularOauthPermissionSupport: true }))).toBe(false);
    expect(validateDeployment(withHttpOptions({ authorizationHeader: 'SYSTEM_ID_TOKEN', granular: 'OPT_IN' }))).toBe(
      false,
    );
    expect(validateDeployment(withHttpOptions({ authorizationHeader: 'EVERYONE' }))).toBe(false);
  });

  test('are generated from the protos in google-proto-files', () => {
    const card = protoSchema('google.apps.card.v1.Card');
    expect(card.$ref).toBe('#/definitions/google.apps.card.v1.Card');
    expect(Object.keys(card.definitions)).toEqual(
      expect.arrayContaining(['google.apps.card.v1.Widget', 'google.apps.card.v1.DecoratedText', 'google.type.Color']),
    );
    // Both JSON names of a field are accepted; two members of a oneof never are.
    const widget = { textParagraph: { text: 'a' } };
    const cardOf = (w: Json) => ({ sections: [{ widgets: [w] }] });
    expect(validateCard(cardOf(widget))).toBe(true);
    expect(validateCard(cardOf({ text_paragraph: { text: 'a' } }))).toBe(true);
    expect(validateCard(cardOf({ ...widget, text_paragraph: { text: 'a' } }))).toBe(false);
    expect(validateCard(cardOf({ textParagraph: { text: 7 } }))).toBe(false);
    // `(google.api.field_behavior) = REQUIRED` members are required.
    const create = protoSchema('google.cloud.gsuiteaddons.v1.CreateDeploymentRequest');
    expect(create.definitions['google.cloud.gsuiteaddons.v1.CreateDeploymentRequest']).toHaveProperty('required', [
      'parent',
      'deploymentId',
      'deployment',
    ]);
    expect(() => protoSchema('google.apps.card.v1.Nothing')).toThrow(/google\.apps\.card\.v1\.Nothing is in none of/);
  });
});

describe('deployment.json', () => {
  test('passes the strict Deployment schema as a whole, with every function at the one endpoint', () => {
    const deployment = buildDeployment(config);
    if (!validateDeployment(deployment)) throw new Error(errorsOf(validateDeployment));
    expect(deployment.addOns.gmail.composeTrigger).toEqual({
      actions: [{ runFunction: config.endpointUrl, label: 'Draft manager pitch', logoUrl: config.logoUrl }],
      draftAccess: 'METADATA',
    });
    expect(deployment.addOns.httpOptions).toEqual({
      authorizationHeader: 'SYSTEM_ID_TOKEN',
      granularOauthPermissionSupport: 'OPT_IN',
    });
  });
});
