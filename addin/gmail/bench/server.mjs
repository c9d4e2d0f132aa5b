// A bench-only server: the built add-on's handler under functions-framework, with Google's
// certificate fetch answered by a local key (as if cached), so load tests need no network.
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';

const { createHandler, loadConfig, SqliteProfileStore, Verifier } = await import('../dist/index.js');
const config = loadConfig(process.env);
const verifier = new Verifier(config);
verifier.client.getFederatedSignonCertsAsync = () =>
  Promise.resolve({ certs: { bench: process.env.BENCH_PUBLIC_KEY }, format: 'PEM' });
const handler = createHandler({ config, store: new SqliteProfileStore(config.profileDb), verifier });
functions.http('bench', (req, res) => void handler(req, res));
const server = getTestServer('bench');
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGINT', () => process.exit(0));
