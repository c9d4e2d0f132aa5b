import type { IncomingMessage, ServerResponse } from 'node:http';
/** A request handler serving the files of `dir`. */
export declare function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
/** Launch options for Debian's Chromium, headless. */
export declare const chromiumOptions: { executablePath: string; args: string[] };
