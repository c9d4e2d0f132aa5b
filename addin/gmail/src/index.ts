// The function for functions-framework (`--target=sidedoor`), e.g. Cloud Run with `--function`:
// the same handler as the add-on's own server (main.ts), with the framework's body parsing kept
// off so bodies stay bounded.
import * as functions from '@google-cloud/functions-framework';
import { ConfigError, loadConfig } from './config.js';
import { keepBodiesFromFramework } from './framework.js';
import { createHandler } from './handler.js';
import { openStore, stderrLog } from './store.js';
import { Verifier } from './verify.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`sidedoor add-on cannot start:\n  ${error.problems.join('\n  ')}\n`);
  process.exit(1);
}
keepBodiesFromFramework();
const store = await openStore(config, { log: stderrLog });
const handler = createHandler({ config, store, verifier: new Verifier(config) });
functions.http('sidedoor', (req, res) => void handler(req, res));
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void store.close().finally(() => process.exit(0)));
