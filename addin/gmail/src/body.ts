import type { IncomingMessage, ServerResponse } from 'node:http';
import { AddonError } from './errors.js';

/** How long a refused request's unread body is drained before the connection is closed. */
const LINGER_MS = 500;

/**
 * Refuses, before reading anything, a body whose declared length is over the limit or that is
 * compressed (a small gzip body can inflate without bound).
 *
 * @throws {AddonError} `too_large` or `bad_request`.
 */
export function checkDeclaredBody(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new AddonError('too_large', `Request bodies are limited to ${limit} bytes.`);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new AddonError('bad_request', 'Compressed request bodies are not accepted.');
}

/**
 * Reads the request's JSON body from its stream, keeping at most `limit` bytes: past the limit
 * it stops reading at once, so a large body never sits in memory.
 *
 * @throws {AddonError} `too_large` past the limit, `bad_request` for malformed JSON, `internal`
 *   when something else already consumed the stream.
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  checkDeclaredBody(req, limit);
  if (req.readableEnded) throw new Error('The request body was consumed before the handler read it.');
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error?: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error === undefined) resolve(Buffer.concat(chunks, size).toString('utf8'));
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        chunks.length = 0;
        done(new AddonError('too_large', `Request bodies are limited to ${limit} bytes.`));
      } else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(error);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AddonError('bad_request', 'The request body is not valid JSON.');
  }
}

/**
 * Sends a JSON answer. When the request's body was not read to its end (refused before or while
 * reading), the answer says `Connection: close`, and the connection is closed the way that lets
 * the client read it: the answer goes out followed by a FIN, what is left of the body is read
 * and dropped for a moment, then the socket is destroyed. (Node's own close for
 * `Connection: close` destroys the socket as soon as the answer is written; with the body still
 * arriving the client then often gets a reset instead of the answer.)
 */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  if (!req.complete) {
    res.setHeader('connection', 'close');
    const socket = req.socket;
    // Without `destroySoon`, Node's server ends the socket (FIN) instead of destroying it.
    Object.defineProperty(socket, 'destroySoon', { value: undefined, configurable: true });
    req.removeAllListeners('data');
    req.on('data', () => {});
    req.resume();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  }
  res.end(text);
}
