import type { IncomingMessage, ServerResponse } from 'node:http';
import { fieldsFromProfile, inputFromFields, profileFromFields, readRejection, safeBuild } from '@sidedoor/core';
import { readJson, sendJson } from './body.js';
import { formCard, type FormCardOptions } from './cards.js';
import type { Config } from './config.js';
import { AddonError, failures, toAddonError } from './errors.js';
import { parseEvent } from './event.js';
import { type AddonKind, type FormValues, isAddonKind, readForm } from './form.js';
import { quietCard, rejectionCard, unreadCard } from './letter-cards.js';
import type { AddonEvent, AddonResponse } from './markup.js';
import { MessageReadError, readOpenMessage } from './message.js';
import { type Log, type Profile, type ProfileStore, stderrLog } from './store.js';
import type { Caller, Verifier } from './verify.js';

/** Scopes the compose window cannot work without; when one is missing Google is asked for consent. */
export const requiredScopes = [
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  'https://www.googleapis.com/auth/userinfo.email',
];

/**
 * The scope the opened-message trigger reads the letter with ("View your email messages when the
 * add-on is running"). It is asked for only there: someone who only drafts in the compose window
 * never has to grant it.
 */
export const messageScope = 'https://www.googleapis.com/auth/gmail.addons.current.message.readonly';

/** What the handler works with. */
export interface HandlerDeps {
  config: Config;
  store: ProfileStore;
  verifier: Verifier;
  /** Where failures that do not reach the user are reported; one line each, on stderr by default. */
  log?: Log;
  /**
   * How long a request waits for the store before answering without it (ms, default 150): a
   * slower save goes on in the background, a slower read leaves the form empty.
   */
  storeWaitMs?: number;
  /** How long the trigger waits for the Gmail API (ms, default 10,000; Google allows 30 s in all). */
  gmailTimeoutMs?: number;
  /** Largest Gmail API answer read (bytes, default 4 MiB; attachments are not part of it). */
  maxMessageBytes?: number;
}

/** What a route gets: the checked event, who is calling, and the card's common options. */
export interface RouteContext {
  event: AddonEvent;
  caller: Caller;
  kind: AddonKind;
  hasRecipients: boolean;
  /** Where the card is: the compose window, or a message being read (the contextual trigger). */
  view: 'compose' | 'read';
  card: Pick<FormCardOptions, 'endpointUrl' | 'name' | 'logoUrl' | 'kind' | 'view'>;
  deps: Required<HandlerDeps>;
}

/** One action of the card (the clicked action's `parameters.action`), answered from its context. */
export type Route = (context: RouteContext) => Promise<AddonResponse>;

const NOT_SAVED = 'Your details could not be saved this time; the draft is not affected.';
const NOT_LOADED = 'Your saved details could not be loaded this time.';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | { ok: 'late' };

/** Settles a store call within `ms`, never throwing; a late failure is logged when it comes. */
async function bounded<T>(work: Promise<T>, ms: number, log: Log, what: string): Promise<Outcome<T>> {
  const settled = work.then(
    (value): Outcome<T> => ({ ok: true, value }),
    (error: unknown): Outcome<T> => ({ ok: false, error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: 'late' }), ms);
  });
  const outcome = await Promise.race([settled, late]);
  clearTimeout(timer);
  if (outcome.ok === false) log(`${what} failed: ${describe(outcome.error)}`);
  if (outcome.ok === 'late')
    void settled.then((o) => {
      if (o.ok === false) log(`${what} failed late: ${describe(o.error)}`);
    });
  return outcome;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Saves the caller's details within the wait; the answer is a notice when saving failed. */
async function save(context: RouteContext, profile: Profile): Promise<string | undefined> {
  const { sub } = context.caller;
  if (sub === undefined) return undefined;
  const { store, storeWaitMs, log } = context.deps;
  const outcome = await bounded(store.put(sub, profile), storeWaitMs, log, 'saving details');
  return outcome.ok === false ? NOT_SAVED : undefined;
}

/** The caller's saved details as form values, within the wait; a notice when they could not be read. */
async function savedValues(context: RouteContext): Promise<{ values: FormValues; notice?: string }> {
  const { sub } = context.caller;
  if (sub === undefined) return { values: {} };
  const { store, storeWaitMs, log } = context.deps;
  const outcome = await bounded(store.get(sub), storeWaitMs, log, 'loading details');
  if (outcome.ok === true) return { values: fieldsFromProfile(outcome.value) };
  return outcome.ok === false ? { values: {}, notice: NOT_LOADED } : { values: {} };
}

const open: Route = async (context) => {
  const { values, notice } = await savedValues(context);
  const card = formCard({ ...context.card, values, setSubject: !context.hasRecipients, ...withNotice(notice) });
  return { action: { navigations: [{ pushCard: card }], ...notification(notice) } };
};

function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '')
    throw new AddonError('bad_request', `\`${field}\` must be a non-empty string.`);
  return value;
}

/**
 * The contextual trigger on an opened message: reads it from the Gmail API with the event's
 * tokens, asks the core whether it is a rejection, and shows what was read with the pitch one tap
 * away — or one neutral line. The message is neither stored nor logged; a message Gmail will not
 * give is a card saying so.
 */
const message: Route = async (context) => {
  const { gmail, authorizationEventObject: auth } = context.event;
  const messageId = required(gmail?.messageId, 'gmail.messageId');
  const accessToken = required(gmail?.accessToken, 'gmail.accessToken');
  const userOAuthToken = required(auth?.userOAuthToken, 'authorizationEventObject.userOAuthToken');
  const { config, gmailTimeoutMs, maxMessageBytes, log } = context.deps;
  const options = { endpointUrl: config.endpointUrl, name: config.name, logoUrl: config.logoUrl };
  let letter;
  try {
    letter = await readOpenMessage({
      baseUrl: config.gmailApiUrl,
      messageId,
      userOAuthToken,
      accessToken,
      timeoutMs: gmailTimeoutMs,
      maxBytes: maxMessageBytes,
    });
  } catch (error) {
    if (!(error instanceof MessageReadError)) throw error;
    // The reason and Gmail's status only: never the message, its id or a token.
    log(error.message);
    return { action: { navigations: [{ pushCard: unreadCard(options, error.reason) }] } };
  }
  const text = letter.subject === undefined ? letter.text : `${letter.subject}\n\n${letter.text}`;
  const rejection = readRejection(text);
  const card = rejection.isRejection ? rejectionCard(options, rejection) : quietCard(options);
  return { action: { navigations: [{ pushCard: card }] } };
};

/**
 * "Draft the pitch" / "Ask for an intro" on the rejection card: the form for that kind, pushed,
 * with the user's saved details and the letter's company and role (and, for the pitch, the
 * screened-out application) filled in.
 */
const pitch: Route = async (context) => {
  const { values, notice } = await savedValues(context);
  const parameters = context.event.commonEventObject?.parameters ?? {};
  for (const name of ['company', 'role'] as const) {
    const value = parameters[name];
    if (value !== undefined && value.trim() !== '') values[name] = value;
  }
  if (context.kind === 'managerPitch') values.screenedOut = 'true';
  const card = formCard({ ...context.card, values, setSubject: false, ...withNotice(notice) });
  return { renderActions: { action: { navigations: [{ pushCard: card }], ...notification(notice) } } };
};

const switchKind: Route = (context) => {
  const { values, setSubject } = formOf(context);
  const card = formCard({ ...context.card, values, setSubject });
  return Promise.resolve({ renderActions: { action: { navigations: [{ updateCard: card }] } } });
};

const preview: Route = async (context) => {
  const built = build(context);
  if ('invalid' in built) return built.invalid;
  const notice = await save(context, profileFromFields(built.values));
  const card = formCard({
    ...context.card,
    values: built.values,
    setSubject: built.setSubject,
    preview: built.draft,
    ...withNotice(notice),
  });
  return { renderActions: { action: { navigations: [{ updateCard: card }], ...notification(notice) } } };
};

const insert: Route = async (context) => {
  if (context.view === 'read') throw new AddonError('bad_request', 'Insert works in the compose window only.');
  const built = build(context);
  if ('invalid' in built) return built.invalid;
  // A draft update carries no notification: a failed save here is only logged.
  await save(context, profileFromFields(built.values));
  const { draft, setSubject } = built;
  const to = draft.to.flatMap((r) => (r.email === undefined ? [] : [{ email: r.email }]));
  const { hasRecipients } = context;
  return {
    renderActions: {
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateBody: {
              insertContents: [{ content: draft.html, contentType: 'MUTABLE_HTML' }],
              type: 'IN_PLACE_INSERT',
            },
            // Subject and recipients replace what the draft has: only set them on a draft that has none.
            ...(setSubject && !hasRecipients && draft.subject !== undefined
              ? { updateSubject: { subject: draft.subject } }
              : {}),
            ...(!hasRecipients && to.length > 0 ? { updateToRecipients: { toRecipients: to } } : {}),
          },
        },
      },
    },
  };
};

/**
 * The card's actions by name. A new trigger or button adds a route here (its `runFunction` or
 * button action carries `parameters.action`); anything else is refused before any work is done.
 */
export const routes: Readonly<Record<string, Route>> = { open, kind: switchKind, preview, insert, message, pitch };

const withNotice = (notice: string | undefined) => (notice === undefined ? {} : { notice });
const notification = (notice: string | undefined) => (notice === undefined ? {} : { notification: { text: notice } });

function formOf(context: RouteContext): { values: FormValues; setSubject: boolean } {
  const inputs = context.event.commonEventObject?.formInputs;
  return {
    values: readForm(context.kind, context.event),
    setSubject: inputs?.setSubject?.stringInputs?.value?.[0] === 'true',
  };
}

function build(context: RouteContext) {
  const { values, setSubject } = formOf(context);
  const result = safeBuild(context.kind, inputFromFields(context.kind, values));
  if (result.ok) return { values, setSubject, draft: result.draft };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = issue.path.filter((p) => typeof p === 'string').join('.') || 'kind';
    if (!errors.has(name)) errors.set(name, issue.message);
  }
  const invalid: AddonResponse = {
    renderActions: {
      action: {
        navigations: [{ updateCard: formCard({ ...context.card, values, errors, setSubject }) }],
        notification: {
          text: `Check ${errors.size === 1 ? 'the highlighted field' : `the ${errors.size} highlighted fields`}.`,
        },
      },
    },
  };
  return { invalid };
}

/**
 * The add-on as a plain `(req, res)` function: one endpoint for every action, routed on the
 * clicked action's parameters. The system token is verified before the body is read; the body
 * is read by the handler itself, at most `maxBodyBytes` of it; the event is checked before it is
 * used and the action before any work. Invalid input comes back as the card with messages next
 * to the fields; saving details never fails a draft; failures go through one funnel
 * (400 / 401 / 413 / 500) and never leak a stack trace.
 */
export function createHandler(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const full: Required<HandlerDeps> = {
    log: stderrLog,
    storeWaitMs: 150,
    gmailTimeoutMs: 10_000,
    maxMessageBytes: 4 * 1024 * 1024,
    ...deps,
  };
  const { config, verifier, log } = full;
  return async (req, res) => {
    try {
      if (req.method !== 'POST') throw new AddonError('bad_request', 'Only POST is supported.');
      await verifier.system(req.headers.authorization);
      const event = parseEvent(await readJson(req, config.maxBodyBytes));
      sendJson(req, res, 200, await respond(event, full));
    } catch (thrown) {
      const error = toAddonError(thrown);
      if (error.code === 'internal') log(`request failed: ${describe(thrown)}`);
      sendJson(req, res, failures[error.code], { error: { code: error.code, message: error.message } });
    }
  };
}

/**
 * Whether a trigger event (no clicked action) comes from an opened message rather than the
 * compose window: it names the open message and carries no draft recipients (the compose action
 * is given `draftAccess: METADATA`, so a reply draft always has them; a new draft names no message).
 */
function isOpenedMessage(event: AddonEvent): boolean {
  const gmail = event.gmail;
  if (gmail?.messageId === undefined) return false;
  return [gmail.toRecipients, gmail.ccRecipients, gmail.bccRecipients].every(
    (list) => list === undefined || list.length === 0,
  );
}

async function respond(event: AddonEvent, deps: Required<HandlerDeps>): Promise<AddonResponse> {
  const parameters = event.commonEventObject?.parameters ?? {};
  const action = parameters.action ?? (isOpenedMessage(event) ? 'message' : 'open');
  const view = action === 'message' || parameters.context === 'read' ? 'read' : 'compose';
  // Granular consent: each view asks only for what it needs.
  const needed = view === 'read' ? [messageScope] : requiredScopes;
  const granted = event.authorizationEventObject?.authorizedScopes;
  if (granted !== undefined && needed.some((s) => !granted.includes(s)))
    return { requesting_google_scopes: { all_scopes: true } };
  const route = Object.hasOwn(routes, action) ? routes[action] : undefined;
  if (route === undefined) throw new AddonError('bad_request', `Unknown action "${action}".`);
  const caller = await deps.verifier.user(event.authorizationEventObject?.userIdToken);
  const picked = event.commonEventObject?.formInputs?.kind?.stringInputs?.value?.[0] ?? parameters.kind;
  const kind: AddonKind = isAddonKind(picked) ? picked : 'managerPitch';
  const { config } = deps;
  return route({
    event,
    caller,
    kind,
    hasRecipients: (event.gmail?.toRecipients?.length ?? 0) > 0,
    view,
    card: { endpointUrl: config.endpointUrl, name: config.name, logoUrl: config.logoUrl, kind, view },
    deps,
  });
}
