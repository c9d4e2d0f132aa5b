/**
 * Reads the message open in Gmail, for the contextual trigger: one `users.messages.get` call
 * (format `full`) with the user's OAuth token as the bearer and the event's per-message token in
 * `X-Goog-Gmail-Access-Token`, then the letter's text from its MIME parts. Nothing read here is
 * kept: the text lives for the request only.
 */

/** Why a message could not be read, each with what the user is told. */
export type ReadFailure = 'unauthorized' | 'forbidden' | 'not_found' | 'unavailable' | 'too_large' | 'unreadable';

/** The open message could not be read; `reason` says why, without any of the message. */
export class MessageReadError extends Error {
  override name = 'MessageReadError' as const;
  constructor(
    readonly reason: ReadFailure,
    /** Gmail's HTTP status, when it answered. */
    readonly status?: number,
  ) {
    super(`reading the open message failed: ${reason}${status === undefined ? '' : ` (${status})`}`);
  }
}

/** One part of a message as the Gmail API returns it (`users.messages` `MessagePart`). */
export interface MessagePart {
  partId?: string;
  mimeType?: string;
  filename?: string;
  headers?: { name: string; value: string }[];
  body?: { size?: number; data?: string; attachmentId?: string };
  parts?: MessagePart[];
}

/** The letter's words: its subject and its text (the plain part, or the HTML part turned into text). */
export interface Letter {
  subject: string | undefined;
  text: string;
}

/** Where and how to read. */
export interface ReadOptions {
  /** The Gmail API's root, e.g. `https://gmail.googleapis.com/` (tests point it at a stand-in). */
  baseUrl: string;
  messageId: string;
  /** `authorizationEventObject.userOAuthToken`. */
  userOAuthToken: string;
  /** `gmail.accessToken`: the token for this one message. */
  accessToken: string;
  /** Gives up after this long (ms). */
  timeoutMs: number;
  /** Largest answer read (bytes); a bigger one is refused without reading the rest. */
  maxBytes: number;
}

/** Gmail's message ids: letters, digits, `-` and `_` only (anything else never reaches the URL). */
export const MESSAGE_ID = /^[\w-]{1,256}$/;

/**
 * Fetches the open message and returns its letter.
 *
 * @throws {MessageReadError} when Gmail refuses (401, 403, 404), fails (5xx, network, timeout),
 *   answers with more than `maxBytes`, or sends something that is not a message.
 */
export async function readOpenMessage(options: ReadOptions): Promise<Letter> {
  const url = new URL(`gmail/v1/users/me/messages/${options.messageId}`, options.baseUrl);
  url.searchParams.set('format', 'full');
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        authorization: `Bearer ${options.userOAuthToken}`,
        'x-goog-gmail-access-token': options.accessToken,
        accept: 'application/json',
      },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch {
    throw new MessageReadError('unavailable');
  }
  if (!response.ok) {
    await response.body?.cancel();
    const { status } = response;
    if (status === 401) throw new MessageReadError('unauthorized', status);
    if (status === 403) throw new MessageReadError('forbidden', status);
    if (status === 404) throw new MessageReadError('not_found', status);
    throw new MessageReadError('unavailable', status);
  }
  const body = await boundedText(response, options.maxBytes);
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    throw new MessageReadError('unreadable', response.status);
  }
  const payload =
    typeof message === 'object' && message !== null ? (message as { payload?: unknown }).payload : undefined;
  if (typeof payload !== 'object' || payload === null) throw new MessageReadError('unreadable', response.status);
  return letterOf(payload);
}

async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new MessageReadError('too_large', response.status);
  }
  const chunks: Uint8Array[] = [];
  if (response.body === null) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new MessageReadError('too_large', response.status);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof MessageReadError) throw error;
    throw new MessageReadError('unavailable', response.status);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A header's value, from parts whatever their shape (Gmail's answer is read, never trusted). */
function header(part: MessagePart, name: string): string | undefined {
  if (!Array.isArray(part.headers)) return undefined;
  for (const h of part.headers as unknown[]) {
    if (typeof h !== 'object' || h === null) continue;
    const { name: key, value } = h as { name?: unknown; value?: unknown };
    if (typeof key === 'string' && key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}

const isPart = (value: unknown): value is MessagePart => typeof value === 'object' && value !== null;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The `charset` of a part's Content-Type (quoted or not), UTF-8 when none is given. */
function charsetOf(part: MessagePart): string {
  const type = header(part, 'content-type') ?? '';
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(type);
  return match?.[1] ?? 'utf-8';
}

/** A part's text: its base64url body decoded in its charset (an unknown charset reads as UTF-8). */
function decodePart(part: MessagePart): string {
  const bytes = Buffer.from(text(part.body?.data), 'base64url');
  let label = charsetOf(part);
  try {
    new TextDecoder(label);
  } catch {
    label = 'utf-8';
  }
  return new TextDecoder(label).decode(bytes);
}

const isAttachment = (part: MessagePart) =>
  text(part.filename) !== '' ||
  part.body?.attachmentId !== undefined ||
  /^\s*attachment/i.test(header(part, 'content-disposition') ?? '');

/**
 * The first inline part of `type` in reading order (depth first, as a mail client shows it),
 * skipping attachments. Bounded by the parts Gmail returned.
 */
function findPart(root: MessagePart, type: string): MessagePart | undefined {
  const stack: MessagePart[] = [root];
  while (stack.length > 0) {
    const part = stack.pop()!;
    if (Array.isArray(part.parts)) {
      const children = part.parts as unknown[];
      for (let i = children.length - 1; i >= 0; i--) if (isPart(children[i])) stack.push(children[i] as MessagePart);
      continue;
    }
    const body: unknown = part.body;
    if (!isPart(body)) continue;
    if (text(part.mimeType).toLowerCase() === type && !isAttachment(part) && typeof part.body?.data === 'string')
      return part;
  }
  return undefined;
}

let htmlToText: ((html: string) => string) | undefined;

/** HTML as the words a reader sees: links, images and styles dropped, paragraphs kept. */
async function textOfHtml(html: string): Promise<string> {
  if (htmlToText === undefined) {
    // Loaded on the first HTML-only letter: the compose path never pays for it.
    const { convert } = await import('html-to-text');
    htmlToText = (value) =>
      convert(value, {
        wordwrap: false,
        selectors: [
          { selector: 'a', options: { ignoreHref: true } },
          { selector: 'img', format: 'skip' },
          { selector: 'style', format: 'skip' },
          { selector: 'script', format: 'skip' },
        ],
      });
  }
  return htmlToText(html);
}

/**
 * The letter in a Gmail API payload: its subject, and the text/plain part, or the text/html part
 * turned into text when the letter has no plain part.
 */
export async function letterOf(payload: MessagePart): Promise<Letter> {
  const subject = header(payload, 'subject');
  const plain = findPart(payload, 'text/plain');
  if (plain !== undefined) return { subject, text: decodePart(plain) };
  const html = findPart(payload, 'text/html');
  return { subject, text: html === undefined ? '' : await textOfHtml(decodePart(html)) };
}
