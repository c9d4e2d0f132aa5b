// A local stand-in for the Gmail API's users.messages.get, on node:http: it checks the bearer
// token and the per-message token the way the add-on must send them, and answers with the JSON
// shapes of Gmail's REST reference (https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages,
// `Message` and `MessagePart`; errors as Google's `{"error": {code, message, errors, status}}`),
// bodies base64url-encoded as Gmail sends them.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessagePart } from '../src/message';
import type { TestLetter } from './fixtures/letters';

/** A message the stand-in holds, with the token that opens it, or a failure to answer with. */
export interface HeldMessage {
  payload: MessagePart;
  accessToken: string;
  /** Answer this status instead of the message (500, 503…). */
  fail?: number;
  /** Answer after this many ms. */
  delayMs?: number;
  /** Answer 200 with this body instead of the message (what Gmail never should send). */
  raw?: string;
}

/** One request the stand-in saw (no body: GETs only). */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

const STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** The running stand-in. */
export interface GmailStandIn {
  /** The API root to give the add-on (`GMAIL_API_URL`). */
  url: string;
  messages: Map<string, HeldMessage>;
  seen: SeenRequest[];
  /** The only user OAuth token it accepts. */
  userToken: string;
  close: () => Promise<void>;
}

/** Starts the stand-in on a loopback port. */
export async function startGmail(userToken = 'ya29.user'): Promise<GmailStandIn> {
  const messages = new Map<string, HeldMessage>();
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, headers: req.headers });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    const error = (code: number, message: string, reason: string) =>
      send(code, { error: { code, message, errors: [{ message, domain: 'global', reason }], status: STATUS[code] } });
    const match = /^\/gmail\/v1\/users\/me\/messages\/([\w-]+)$/.exec(url.pathname);
    if (req.method !== 'GET' || match === null) return error(404, 'Not Found', 'notFound');
    if (req.headers.authorization !== `Bearer ${userToken}`)
      return error(401, 'Request had invalid authentication credentials.', 'authError');
    const held = messages.get(match[1]!);
    if (held === undefined) return error(404, 'Requested entity was not found.', 'notFound');
    if (req.headers['x-goog-gmail-access-token'] !== held.accessToken)
      return error(403, 'Request had insufficient authentication scopes.', 'insufficientPermissions');
    const answer = () => {
      if (held.fail !== undefined) return error(held.fail, 'Backend Error', 'backendError');
      if (held.raw !== undefined) {
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
        return res.end(held.raw);
      }
      if (url.searchParams.get('format') !== 'full') return error(400, 'format must be full here', 'invalidArgument');
      send(200, {
        id: match[1],
        threadId: `t${match[1]}`,
        labelIds: ['INBOX', 'CATEGORY_UPDATES'],
        snippet: 'A short part of the message text',
        sizeEstimate: JSON.stringify(held.payload).length,
        historyId: '48213',
        internalDate: '1764547200000',
        payload: held.payload,
      });
    };
    if (held.delayMs === undefined) answer();
    else setTimeout(answer, held.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    messages,
    seen,
    userToken,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const headers = (list: Record<string, string>) => Object.entries(list).map(([name, value]) => ({ name, value }));

/** A text part as Gmail returns it: the body decoded from its transfer encoding, then base64url. */
export function textPart(partId: string, mimeType: string, content: string, charset = 'UTF-8'): MessagePart {
  const bytes =
    charset.toLowerCase() === 'windows-1252' ? Buffer.from(content, 'latin1') : Buffer.from(content, 'utf8');
  return {
    partId,
    mimeType,
    filename: '',
    headers: headers({
      'Content-Type': `${mimeType}; charset="${charset}"`,
      'Content-Transfer-Encoding': 'quoted-printable',
    }),
    body: { size: bytes.length, data: bytes.toString('base64url') },
  };
}

/** An attachment part: Gmail returns only its id and size, never its bytes. */
export function attachmentPart(partId: string, filename: string, mimeType: string, size: number): MessagePart {
  return {
    partId,
    mimeType,
    filename,
    headers: headers({
      'Content-Type': `${mimeType}; name="${filename}"`,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Transfer-Encoding': 'base64',
    }),
    body: { attachmentId: `ANGjdJ8${partId.replaceAll('.', '')}x`, size },
  };
}

/** A multipart container. */
export function multipart(partId: string, subtype: string, parts: MessagePart[]): MessagePart {
  return {
    partId,
    mimeType: `multipart/${subtype}`,
    filename: '',
    headers: headers({ 'Content-Type': `multipart/${subtype}; boundary="000000000000b${partId}"` }),
    body: { size: 0 },
    parts,
  };
}

/**
 * A whole message's payload from one of our letters: its top-level headers, and text/plain and
 * text/html as multipart/alternative (or the one part it has), inside multipart/mixed with any
 * attachments.
 */
export function payloadOf(letter: TestLetter, attachments: MessagePart[] = []): MessagePart {
  const top = headers({
    'Delivered-To': 'lena@example.com',
    From: letter.from,
    To: 'lena@example.com',
    Subject: letter.subject,
    Date: 'Mon, 1 Dec 2026 09:12:44 +0000',
    'Message-ID': '<CAF3x9d1-example@mail.example>',
    'MIME-Version': '1.0',
  });
  const textParts = [
    ...(letter.text === undefined ? [] : [letter.text]).map((t) => ['text/plain', t] as const),
    ...(letter.html === undefined ? [] : [letter.html]).map((h) => ['text/html', h] as const),
  ];
  let body: MessagePart;
  if (attachments.length === 0 && textParts.length === 1) {
    body = textPart('', textParts[0]![0], textParts[0]![1]);
  } else {
    const prefix = attachments.length === 0 ? '' : '0.';
    const alternative =
      textParts.length === 1
        ? textPart(attachments.length === 0 ? '0' : '0', textParts[0]![0], textParts[0]![1])
        : multipart(
            attachments.length === 0 ? '' : '0',
            'alternative',
            textParts.map(([type, content], i) => textPart(`${prefix}${i}`, type, content)),
          );
    body = attachments.length === 0 ? alternative : multipart('', 'mixed', [alternative, ...attachments]);
  }
  return { ...body, headers: [...top, ...(body.headers ?? [])] };
}
