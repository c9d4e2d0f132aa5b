import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server } from 'node:http';

let servers: WeakSet<Server> | 'all' | undefined;

/**
 * Keeps functions-framework from parsing request bodies, so the handler reads them itself,
 * bounded (see `readJson`).
 *
 * The framework runs Express with body-parser for every content type and a 1 GB limit before the
 * function is called, and offers no option against it. body-parser parses only requests whose
 * `Content-Type` it matches, so that header is taken off each request as it arrives: Node
 * publishes `http.server.request.start` before the server's `request` event, that is before
 * Express sees the request. The add-on reads JSON whatever the content type, so nothing is lost.
 *
 * Without an argument this applies to every server in the process (the framework's entry, where
 * the framework's is the only one); with one, to that server only (tests).
 */
export function keepBodiesFromFramework(server?: Server): void {
  if (servers === undefined) {
    servers = server === undefined ? 'all' : new WeakSet();
    subscribe('http.server.request.start', (message) => {
      const { request, server: from } = message as { request: IncomingMessage; server: Server };
      if (servers === 'all' || servers?.has(from)) delete request.headers['content-type'];
    });
  }
  if (server === undefined) servers = 'all';
  else if (servers !== 'all') servers.add(server);
}
