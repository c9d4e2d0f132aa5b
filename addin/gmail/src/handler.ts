import type { IncomingMessage, ServerResponse } from 'node:http';
import { fieldsFromProfile, inputFromFields, profileFromFields, safeBuild } from '@sidedoor/core';
import { formCard } from './cards.js';
import type { Config } from './config.js';
import { AddonError, failures, toAddonError } from './errors.js';
import { type AddonKind, isAddonKind, readForm } from './form.js';
import type { AddonEvent, AddonResponse } from './markup.js';
import type { ProfileStore } from './store.js';
import type { Verifier } from './verify.js';

/** Scopes the add-on cannot work without; when one is missing Google is asked for consent. */
export const requiredScopes = [
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  'https://www.googleapis.com/auth/userinfo.email',
];

/** What a request carries once the HTTP layer is done with it. */
type Request = IncomingMessage & { body?: unknown; rawBody?: Buffer };

async function readBody(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit || (req.rawBody !== undefined && req.rawBody.length > limit)) {
    throw new AddonError('too_large', `Request bodies are limited to ${limit} bytes.`);
  }
  // Under functions-framework (Express) the body is already parsed; on a plain server it is read here.
  if (req.body !== undefined && !(Buffer.isBuffer(req.body) || typeof req.body === 'string')) return req.body;
  let text: string;
  if (Buffer.isBuffer(req.body) || typeof req.body === 'string') text = req.body.toString();
  else {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new AddonError('too_large', `Request bodies are limited to ${limit} bytes.`);
      chunks.push(chunk as Buffer);
    }
    text = Buffer.concat(chunks).toString('utf8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AddonError('bad_request', 'The request body is not valid JSON.');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(text);
}

/** What the handler works with. */
export interface HandlerDeps {
  config: Config;
  store: ProfileStore;
  verifier: Verifier;
}

/**
 * The add-on as a plain `(req, res)` function: one endpoint for every action, routed on the
 * clicked action's parameters. Every request is verified before anything else; invalid input
 * comes back as the card with messages next to the fields; failures go through one funnel
 * (400 / 401 / 413 / 500) and never leak a stack trace.
 */
export function createHandler({
  config,
  store,
  verifier,
}: HandlerDeps): (req: Request, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    try {
      if (req.method !== 'POST') throw new AddonError('bad_request', 'Only POST is supported.');
      await verifier.system(req.headers.authorization);
      const body = await readBody(req, config.maxBodyBytes);
      if (typeof body !== 'object' || body === null) throw new AddonError('bad_request', 'Expected a JSON object.');
      send(res, 200, await respond(body, { config, store, verifier }));
    } catch (thrown) {
      const error = toAddonError(thrown);
      send(res, failures[error.code], { error: { code: error.code, message: error.message } });
    }
  };
}

async function respond(event: AddonEvent, { config, store, verifier }: HandlerDeps): Promise<AddonResponse> {
  const granted = event.authorizationEventObject?.authorizedScopes;
  if (granted !== undefined && requiredScopes.some((s) => !granted.includes(s)))
    return { requesting_google_scopes: { all_scopes: true } };
  const caller = await verifier.user(event.authorizationEventObject?.userIdToken);
  const parameters = event.commonEventObject?.parameters ?? {};
  const action = parameters.action ?? 'open';
  const picked = event.commonEventObject?.formInputs?.kind?.stringInputs?.value?.[0] ?? parameters.kind;
  const kind: AddonKind = isAddonKind(picked) ? picked : 'managerPitch';
  const hasRecipients = (event.gmail?.toRecipients?.length ?? 0) > 0;
  const base = { endpointUrl: config.endpointUrl, name: config.name, logoUrl: config.logoUrl, kind };

  if (action === 'open') {
    const values = caller.sub === undefined ? {} : fieldsFromProfile(store.get(caller.sub));
    return { action: { navigations: [{ pushCard: formCard({ ...base, values, setSubject: !hasRecipients }) }] } };
  }

  const values = readForm(kind, event);
  const setSubject = event.commonEventObject?.formInputs?.setSubject?.stringInputs?.value?.[0] === 'true';
  if (action === 'kind') {
    return { renderActions: { action: { navigations: [{ updateCard: formCard({ ...base, values, setSubject }) }] } } };
  }
  const result = safeBuild(kind, inputFromFields(kind, values));
  if (!result.ok) {
    const errors = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = issue.path.filter((p) => typeof p === 'string').join('.') || 'kind';
      if (!errors.has(name)) errors.set(name, issue.message);
    }
    return {
      renderActions: {
        action: {
          navigations: [{ updateCard: formCard({ ...base, values, errors, setSubject }) }],
          notification: {
            text: `Check ${errors.size === 1 ? 'the highlighted field' : `the ${errors.size} highlighted fields`}.`,
          },
        },
      },
    };
  }
  if (caller.sub !== undefined) store.put(caller.sub, profileFromFields(values));
  const { draft } = result;
  if (action === 'preview') {
    return {
      renderActions: {
        action: { navigations: [{ updateCard: formCard({ ...base, values, setSubject, preview: draft }) }] },
      },
    };
  }
  if (action !== 'insert') throw new AddonError('bad_request', `Unknown action "${action}".`);
  const to = draft.to.flatMap((r) => (r.email === undefined ? [] : [{ email: r.email }]));
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
}
