import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { createHandler, type HandlerDeps } from './handler.js';
import { openStore, type ProfileStore, stderrLog } from './store.js';
import { Verifier } from './verify.js';

/** A running add-on server. */
export interface RunningServer {
  server: Server;
  store: ProfileStore;
  /** Where it listens, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  /** Stops accepting requests, lets the open ones finish, then closes the store (SQLite's -wal and -shm go). */
  close(): Promise<void>;
}

/**
 * Serves the handler on plain `node:http`, the way production runs it: no framework, so nothing
 * reads a body before the handler does. Requests must arrive within Google's 30 s.
 */
export async function startServer(
  config: Config,
  deps: Partial<Omit<HandlerDeps, 'config'>> = {},
): Promise<RunningServer> {
  const log = deps.log ?? stderrLog;
  const store = deps.store ?? (await openStore(config, { log }));
  const handler = createHandler({ verifier: new Verifier(config), ...deps, log, config, store });
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => void handler(req, res));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  let closing: Promise<void> | undefined;
  return {
    server,
    store,
    url: `http://${host}:${port}/`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => store.close())),
  };
}
