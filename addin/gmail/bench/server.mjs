// A bench-only server: the built add-on (dist/lib.js) on its own server, as production runs it,
// with Google's certificate fetch answered by a local key (as if cached), so load tests need no
// network. Prints "ready" once it listens.
const { loadConfig, startServer, Verifier } = await import('../dist/lib.js');
const config = loadConfig(process.env);
const verifier = new Verifier(config);
verifier.client.getFederatedSignonCertsAsync = () =>
  Promise.resolve({ certs: { bench: process.env.BENCH_PUBLIC_KEY }, format: 'PEM' });
const running = await startServer(config, { verifier });
process.stdout.write('ready\n');
process.on('SIGINT', () => void running.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
