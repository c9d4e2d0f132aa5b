import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake Gmail API received. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** A stored draft: its id, the raw message decoded, and its Message-ID. */
export interface StoredDraft {
  id: string;
  raw: Buffer;
  messageId: string | undefined;
}

/**
 * A loopback server standing in for the Gmail API's drafts endpoints. `failures` queues status
 * codes to answer create calls with before succeeding; `onCreate` can hold a response back.
 */
export class FakeGmail {
  readonly requests: Recorded[] = [];
  readonly drafts: StoredDraft[] = [];
  failures: number[] = [];
  onCreate: ((draft: StoredDraft, res: ServerResponse) => boolean) | undefined;
  private server: Server | undefined;

  /** Starts on a free port of 127.0.0.1 and returns the rootUrl to give the client. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'POST' && url.pathname === '/gmail/v1/users/me/drafts') {
      const failure = this.failures.shift();
      if (failure !== undefined) {
        json(
          failure,
          { error: { code: failure, message: 'Try again', status: 'UNAVAILABLE' } },
          failure === 429 ? { 'retry-after': '0' } : {},
        );
        return;
      }
      const raw = Buffer.from((body as { message: { raw: string } }).message.raw, 'base64url');
      const messageId = /^Message-ID: (<[^>]+>)/im.exec(raw.toString('latin1'))?.[1];
      const draft = { id: `r-${this.drafts.length + 1}`, raw, messageId };
      this.drafts.push(draft);
      if (this.onCreate?.(draft, res)) return;
      json(200, { id: draft.id, message: { id: `m-${this.drafts.length}` } });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/gmail/v1/users/me/drafts') {
      const wanted = /^rfc822msgid:(.+)$/.exec(url.searchParams.get('q') ?? '')?.[1];
      const found = this.drafts.filter((d) => d.messageId === wanted);
      json(200, found.length === 0 ? { resultSizeEstimate: 0 } : { drafts: found.map((d) => ({ id: d.id })) });
      return;
    }
    json(404, { error: { code: 404, message: 'Not found' } });
  }
}
