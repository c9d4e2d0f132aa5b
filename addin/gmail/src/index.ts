// The deployed function: `sidedoor` for functions-framework and Cloud Run.
import * as functions from '@google-cloud/functions-framework';
import { loadConfig } from './config.js';
import { createHandler } from './handler.js';
import { SqliteProfileStore } from './store.js';
import { Verifier } from './verify.js';

export { createHandler } from './handler.js';
export { buildDeployment } from './deployment.js';
export { loadConfig, ConfigError, variables } from './config.js';
export { SqliteProfileStore } from './store.js';
export { Verifier } from './verify.js';

const config = loadConfig(process.env);
const handler = createHandler({
  config,
  store: new SqliteProfileStore(config.profileDb),
  verifier: new Verifier(config),
});
functions.http('sidedoor', (req, res) => void handler(req, res));
