import type { IncomingMessage, Server, ServerResponse } from 'node:http';
/** A request handler serving the files of `dir`. */
export declare function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
/** Starts servers on 127.0.0.1 (and ::1 when there is IPv6) at `port`, nothing else; resolves with their addresses. */
export declare function listenOnLoopback(
  makeServer: () => Server,
  port: number,
): Promise<{ address: string; family: string; port: number }[]>;
/** Launch options for Debian's Chromium, headless. */
export declare const chromiumOptions: { executablePath: string; args: string[] };
