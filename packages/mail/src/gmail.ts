import type { Draft } from '@sidedoor/core';
import type { OAuth2Client } from 'google-auth-library';
import { type MimeOptions, toMime } from './mime.js';
import { type RetryOptions, withRetry } from './retry.js';

/** Where and how to reach the Gmail API. */
export interface GmailOptions {
  /** An authorised client with the `gmail.compose` scope. */
  auth: OAuth2Client;
  /** Base URL of the API, for tests or proxies. @default 'https://gmail.googleapis.com/' */
  rootUrl?: string;
  /** Retries on 429 and 5xx. */
  retry?: RetryOptions;
}

/** The Gmail API scope drafts need. */
export const GMAIL_COMPOSE_SCOPE = 'https://www.googleapis.com/auth/gmail.compose';

// The Gmail client is loaded on first use: `.eml` work never pays for it.
async function client(options: GmailOptions) {
  const { gmail } = await import('@googleapis/gmail');
  return gmail({ version: 'v1', auth: options.auth });
}

function callOptions(options: GmailOptions) {
  // Node's own fetch rather than a dynamically imported one; the per-call rootUrl keeps a path
  // prefix, the client-level one drops it.
  return { fetchImplementation: fetch, ...(options.rootUrl === undefined ? {} : { rootUrl: options.rootUrl }) };
}

/**
 * Creates a Gmail draft from a sidedoor draft (`users.drafts.create` with the RFC 5322 message as
 * base64url `raw`) and returns the new draft's id. Retries on 429 and 5xx.
 *
 * @throws {InputError} as `toMime` does; the API's error after the last retry.
 * @example
 * const id = await createGmailDraft(draft, { auth, from: { email: 'alex@example.com' } })
 */
export async function createGmailDraft(
  draft: Draft,
  options: GmailOptions & MimeOptions & { threadId?: string },
): Promise<string> {
  const raw = (await toMime(draft, options)).toString('base64url');
  const api = await client(options);
  const response = await withRetry(
    () =>
      api.users.drafts.create(
        {
          userId: 'me',
          requestBody: { message: { raw, ...(options.threadId === undefined ? {} : { threadId: options.threadId }) } },
        },
        callOptions(options),
      ),
    options.retry,
  );
  const id = response.data.id;
  if (typeof id !== 'string' || id === '') throw new Error('Gmail created a draft but returned no id.');
  return id;
}

/**
 * Finds the draft whose message has this Message-ID (Gmail search `rfc822msgid:`), so an
 * interrupted batch can tell whether a draft was created before it stopped.
 */
export async function findGmailDraft(messageId: string, options: GmailOptions): Promise<string | undefined> {
  const api = await client(options);
  const response = await withRetry(
    () => api.users.drafts.list({ userId: 'me', q: `rfc822msgid:${messageId}`, maxResults: 1 }, callOptions(options)),
    options.retry,
  );
  return response.data.drafts?.[0]?.id ?? undefined;
}
