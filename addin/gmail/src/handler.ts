import type { IncomingMessage, ServerResponse } from 'node:http';
import { fieldsFromProfile, inputFromFields, profileFromFields, safeBuild } from '@sidedoor/core';
import { readJson, sendJson } from './body.js';
import { formCard, type FormCardOptions } from './cards.js';
import type { Config } from './config.js';
import { AddonError, failures, toAddonError } from './errors.js';
import { parseEvent } from './event.js';
import { type AddonKind, type FormValues, isAddonKind, readForm } from './form.js';
import type { AddonEvent, AddonResponse } from './markup.js';
import { type Log, type Profile, type ProfileStore, stderrLog } from './store.js';
import type { Caller, Verifier } from './verify.js';

/** Scopes the add-on cannot work without; when one is missing Google is asked for consent. */
export const requiredScopes = [
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  'https://www.googleapis.com/auth/userinfo.email',
];

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
}

/** What a route gets: the checked event, who is calling, and the card's common options. */
export interface RouteContext {
  event: AddonEvent;
  caller: Caller;
  kind: AddonKind;
  hasRecipients: boolean;
  card: Pick<FormCardOptions, 'endpointUrl' | 'name' | 'logoUrl' | 'kind'>;
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

const open: Route = async (context) => {
  const { sub } = context.caller;
  let values: FormValues = {};
  let notice: string | undefined;
  if (sub !== undefined) {
    const { store, storeWaitMs, log } = context.deps;
    const outcome = await bounded(store.get(sub), storeWaitMs, log, 'loading details');
    if (outcome.ok === true) values = fieldsFromProfile(outcome.value);
    else if (outcome.ok === false) notice = NOT_LOADED;
  }
  const card = formCard({ ...context.card, values, setSubject: !context.hasRecipients, ...withNotice(notice) });
  return { action: { navigations: [{ pushCard: card }], ...notification(notice) } };
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
export const routes: Readonly<Record<string, Route>> = { open, kind: switchKind, preview, insert };

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
  const full: Required<HandlerDeps> = { log: stderrLog, storeWaitMs: 150, ...deps };
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

async function respond(event: AddonEvent, deps: Required<HandlerDeps>): Promise<AddonResponse> {
  const granted = event.authorizationEventObject?.authorizedScopes;
  if (granted !== undefined && requiredScopes.some((s) => !granted.includes(s)))
    return { requesting_google_scopes: { all_scopes: true } };
  const parameters = event.commonEventObject?.parameters ?? {};
  const action = parameters.action ?? 'open';
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
    card: { endpointUrl: config.endpointUrl, name: config.name, logoUrl: config.logoUrl, kind },
    deps,
  });
}
